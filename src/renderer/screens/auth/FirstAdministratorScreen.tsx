import { useState, type FormEvent } from 'react';
import { MIN_PASSWORD_LENGTH } from '../../../domain/users';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/fields';
import { useWords } from '../../i18n/messages';
import { formKeys } from '../../lib/form-keys';
import { firstAdministrator } from '../../queries/auth';
import { serviceError } from '../../queries/client';
import { PasswordField } from './PasswordField';

/**
 * The first start of a new ledger: its first administrator, who then adds the commission's other users. Asked only
 * while the ledger has no user; the service refuses it afterwards whoever asks.
 */
export function FirstAdministratorScreen() {
  const { t } = useWords();
  const [login, setLogin] = useState('');
  const [fullName, setFullName] = useState('');
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [tried, setTried] = useState(false);
  const mutation = firstAdministrator.useMutation();
  const error = serviceError(mutation.error);
  const short = [...password].length < MIN_PASSWORD_LENGTH;
  const differ = password !== again;

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    setTried(true);
    if (short || differ || login.trim() === '' || fullName.trim() === '') return;
    mutation.mutate({ login, fullName, password });
  };

  return (
    <section className="auth-screen" aria-labelledby="first-admin-title">
      <h1 id="first-admin-title">{t('auth.firstTitle')}</h1>
      <p className="section-hint">{t('auth.firstHint')}</p>
      <form onSubmit={submit} onKeyDown={formKeys} noValidate>
        <TextField id="first-login" label={t('auth.login')} value={login} onChange={setLogin} required autoComplete="username" hint={t('auth.loginRule')} />
        <TextField id="first-name" label={t('auth.fullName')} value={fullName} onChange={setFullName} required autoComplete="name" />
        <PasswordField
          id="first-password"
          label={t('auth.password')}
          value={password}
          onChange={setPassword}
          autoComplete="new-password"
          problem={tried && short ? t('auth.passwordShort', { minimum: MIN_PASSWORD_LENGTH }) : undefined}
        />
        <PasswordField
          id="first-again"
          label={t('auth.passwordAgain')}
          value={again}
          onChange={setAgain}
          autoComplete="new-password"
          problem={tried && differ ? t('auth.passwordsDiffer') : undefined}
        />
        {error && <ErrorNotice error={error} />}
        <div className="actions">
          <button type="submit" className="primary" disabled={mutation.isPending}>
            {t('auth.createFirst')}
          </button>
        </div>
      </form>
    </section>
  );
}
