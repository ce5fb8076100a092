import { useState, type KeyboardEvent, type SyntheticEvent } from 'react';
import { formatDate, parseDate } from '../../domain/dates';
import type { Finding } from '../../domain/finding';
import type { ResolutionRef } from '../../service/contract';
import { useWords, type ServiceError } from '../i18n/messages';
import { byField, findingsOfError } from '../lib/findings';
import { ErrorNotice } from './ErrorNotice';
import { DateField, TextAreaField, TextField } from './fields';
import { Modal } from './Modal';

interface Props {
  id: string;
  title: string;
  subject: string;
  /** The number and date in force, which the dialog opens with. */
  current: ResolutionRef;
  busy: boolean;
  refusal: ServiceError | null;
  onConfirm: (corrected: ResolutionRef & { reason: string }) => void;
  onClose: () => void;
}

/** What the dialog says before asking the service: a number, a real date, a change, and why. */
export function correctionProblems(current: ResolutionRef, number: string, date: string, reason: string): Finding[] {
  const out: Finding[] = [];
  const required = (field: string): Finding => ({ rule: 'format.required', severity: 'error', field, messageKey: 'finding.required' });
  if (number.trim() === '') out.push(required('resolutionNumber'));
  const iso = parseDate(date);
  if (date.trim() === '') out.push(required('resolutionDate'));
  else if (iso === null) out.push({ rule: 'format.date', severity: 'error', field: 'resolutionDate', messageKey: 'finding.dateInvalid' });
  if (reason.trim() === '') out.push(required('reason'));
  if (out.length === 0 && number.trim() === current.resolutionNumber && iso === current.resolutionDate)
    out.push({ rule: 'format.unchanged', severity: 'error', field: 'resolutionNumber', messageKey: 'finding.correctionUnchanged' });
  return out;
}

/**
 * A correction of a resolution's number or date, typed wrong when the decision was recorded. The decision stays as
 * it was recorded; the correction is a record of its own, with its reason. Enter moves to the next field; the
 * confirm button records it.
 */
export function CorrectionDialog({ id, title, subject, current, busy, refusal, onConfirm, onClose }: Props) {
  const { t, fieldLabel } = useWords();
  const [number, setNumber] = useState(current.resolutionNumber);
  const [date, setDate] = useState(formatDate(current.resolutionDate));
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const local = correctionProblems(current, number, date, reason);
  const refused = refusal ? findingsOfError(refusal) : [];
  const shown = byField([...(tried ? local : []), ...refused]);
  const fields = ['resolutionNumber', 'resolutionDate', 'reason'];

  const submit = (e: SyntheticEvent): void => {
    e.preventDefault();
    e.stopPropagation();
    setTried(true);
    if (busy) return;
    const wrong = local[0];
    if (wrong) {
      document.getElementById(`${id}-${wrong.field ?? ''}`)?.focus();
      return;
    }
    onConfirm({ resolutionNumber: number.trim(), resolutionDate: parseDate(date) ?? date.trim(), reason: reason.trim() });
  };
  // Enter in a one-line field goes on to the next field, as everywhere on the desk.
  const next = (e: KeyboardEvent<HTMLFormElement>): void => {
    if (e.key !== 'Enter' || !(e.target instanceof HTMLInputElement)) return;
    e.preventDefault();
    const at = fields.findIndex((f) => e.target instanceof HTMLElement && e.target.id === `${id}-${f}`);
    document.getElementById(`${id}-${fields[at + 1] ?? 'reason'}`)?.focus();
  };

  return (
    <Modal labelledBy={`${id}-title`} initialFocus={`${id}-resolutionNumber`} onClose={onClose} className="decision-dialog">
      <form onSubmit={submit} onKeyDown={next} noValidate>
        <h2 id={`${id}-title`}>{title}</h2>
        <p className="dialog-subject">{subject}</p>
        <p>{t('correct.explain', { number: current.resolutionNumber, date: formatDate(current.resolutionDate) })}</p>
        <div className="field-grid">
          <TextField id={`${id}-resolutionNumber`} label={fieldLabel('resolutionNumber')} required maxLength={50} value={number}
            findings={shown.get('resolutionNumber')} onChange={setNumber} />
          <DateField id={`${id}-resolutionDate`} label={fieldLabel('resolutionDate')} required value={date}
            findings={shown.get('resolutionDate')} onChange={setDate} />
        </div>
        <TextAreaField id={`${id}-reason`} label={t('correct.reason')} required maxLength={1000} value={reason}
          findings={shown.get('reason')} onChange={setReason} />
        {refusal && refused.length === 0 && <ErrorNotice error={refusal} />}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('correct.recording') : t('correct.confirm')}
          </button>
          <button type="button" onClick={onClose}>{t('form.cancel')}</button>
        </div>
      </form>
    </Modal>
  );
}
