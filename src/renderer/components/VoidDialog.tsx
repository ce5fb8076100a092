import { useState, type SyntheticEvent } from 'react';
import type { Finding } from '../../domain/finding';
import { useWords, type ServiceError } from '../i18n/messages';
import { byField, findingsOfError } from '../lib/findings';
import { ErrorNotice } from './ErrorNotice';
import { TextAreaField } from './fields';
import { Modal } from './Modal';

interface Props {
  /** The dialog's id prefix and its heading. */
  id: string;
  title: string;
  /** Which record is voided, named as the clerk knows it. */
  subject: string;
  /** What voiding it does, and what it does not. */
  explain: string;
  busy: boolean;
  /** The words of another act that needs a reason (taking back a mark): voiding's own by default. */
  words?: { hint: string; confirm: string; busy: string };
  /** The service's answer to the last try, if it refused. */
  refusal: ServiceError | null;
  onConfirm: (reason: string) => void;
  onClose: () => void;
}

/**
 * Voiding an entry made in error: what it does and what it does not (nothing is deleted, and it is not a decision of
 * the commission), and the reason, which the journal keeps. Opens at the reason; Enter in it starts a new line, the
 * confirm button (or Ctrl+Enter) voids, Escape goes back.
 */
export function VoidDialog({ id, title, subject, explain, busy, words, refusal, onConfirm, onClose }: Props) {
  const { t } = useWords();
  const said = words ?? { hint: t('void.reasonHint'), confirm: t('void.confirm'), busy: t('void.voiding') };
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const local: Finding[] = reason.trim() === '' ? [{ rule: 'format.required', severity: 'error', field: 'reason', messageKey: 'finding.required' }] : [];
  const refused = refusal ? findingsOfError(refusal) : [];
  const shown = byField([...(tried ? local : []), ...refused]);

  const submit = (e: SyntheticEvent): void => {
    e.preventDefault();
    e.stopPropagation();
    setTried(true);
    if (busy) return;
    if (local.length > 0) {
      document.getElementById(`${id}-reason`)?.focus();
      return;
    }
    onConfirm(reason.trim());
  };

  return (
    <Modal labelledBy={`${id}-title`} initialFocus={`${id}-reason`} onClose={onClose} className="decision-dialog">
      <form onSubmit={submit} noValidate
        onKeyDown={(e) => {
          if (e.key === 'Enter' && e.ctrlKey) submit(e);
        }}>
        <h2 id={`${id}-title`}>{title}</h2>
        <p className="dialog-subject">{subject}</p>
        <p>{explain}</p>
        <TextAreaField id={`${id}-reason`} label={t('void.reason')} required maxLength={1000} value={reason}
          hint={said.hint} findings={shown.get('reason')} onChange={setReason} />
        {refusal && refused.length === 0 && <ErrorNotice error={refusal} />}
        <div className="actions">
          <button type="submit" className="danger" disabled={busy}>
            {busy ? said.busy : said.confirm}
          </button>
          <button type="button" onClick={onClose}>{t('form.cancel')}</button>
        </div>
      </form>
    </Modal>
  );
}
