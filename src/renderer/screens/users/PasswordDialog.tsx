import { useState, type FormEvent } from 'react';
import { MIN_PASSWORD_LENGTH } from '../../../domain/users';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Modal } from '../../components/Modal';
import type { ServiceError } from '../../i18n/messages';
import { useWords } from '../../i18n/messages';
import { formKeys } from '../../lib/form-keys';
import { PasswordField } from '../auth/PasswordField';

/**
 * A new password, typed twice: a user's own change (with the present password) or an administrator's reset of
 * someone else's. `submit` answers the service's refusal, if any.
 */
export function PasswordDialog(p: {
  title: string;
  own: boolean;
  busy: boolean;
  error: ServiceError | null;
  onSubmit: (input: { current: string; password: string }) => void;
  onClose: () => void;
}) {
  const { t } = useWords();
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [tried, setTried] = useState(false);
  const short = [...password].length < MIN_PASSWORD_LENGTH;
  const differ = password !== again;
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    setTried(true);
    if (!short && !differ) p.onSubmit({ current, password });
  };
  return (
    <Modal labelledBy="password-dialog-title" onClose={p.onClose}>
      <h2 id="password-dialog-title">{p.title}</h2>
      <form onSubmit={submit} onKeyDown={formKeys} noValidate>
        {p.own && (
          <PasswordField id="password-current" label={t('auth.currentPassword')} value={current} onChange={setCurrent} autoComplete="current-password" />
        )}
        <PasswordField
          id="password-new"
          label={t('auth.newPassword')}
          value={password}
          onChange={setPassword}
          autoComplete="new-password"
          problem={tried && short ? t('auth.passwordShort', { minimum: MIN_PASSWORD_LENGTH }) : undefined}
        />
        <PasswordField
          id="password-again"
          label={t('auth.passwordAgain')}
          value={again}
          onChange={setAgain}
          autoComplete="new-password"
          problem={tried && differ ? t('auth.passwordsDiffer') : undefined}
        />
        {p.error && <ErrorNotice error={p.error} />}
        <div className="actions">
          <button type="submit" className="primary" disabled={p.busy}>
            {t('auth.savePassword')}
          </button>
          <button type="button" onClick={p.onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
