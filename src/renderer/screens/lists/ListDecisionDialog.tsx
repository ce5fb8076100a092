import { useRef, useState, type FormEvent } from 'react';
import { parseDate } from '../../../domain/dates';
import type { Finding } from '../../../domain/finding';
import { typedDateFinding } from '../../../domain/format-checks';
import { fullName } from '../../../domain/names';
import type { ListView } from '../../../service/contract';
import { ErrorNotice } from '../../components/ErrorNotice';
import { DateField, FindingList, FindingText, TextAreaField, TextField } from '../../components/fields';
import { GroundsChecklist } from '../../components/GroundsChecklist';
import { Modal } from '../../components/Modal';
import { useWords, type ServiceError } from '../../i18n/messages';
import { byField, findingsOfError, groundsOf } from '../../lib/findings';
import { serviceError } from '../../queries/client';
import { listDecide, listRegistrationCheck } from '../../queries/lists';
import { formKeys } from '../../lib/form-keys';
import { BallotCount } from './BallotCount';
import { BLOCKERS_ID, RegistrationBlockers } from './RegistrationBlockers';

export type ListDecision = 'registered' | 'refused';

interface Props {
  list: ListView;
  decision: ListDecision;
  /** The decision is recorded (and the list in the cache is the one the service returned). */
  onDone: (resolution: { number: string; date: string }) => void;
  onClose: () => void;
  /** Opens a candidate whose errors block the registration. */
  onOpenCandidate: (nominationId: number) => void;
}

/**
 * The commission's decision on a list as a whole: resolution number and date, the grounds, and the service's answer.
 * A registration shows first what blocks it, per candidate, so that the clerk is not told only after submitting.
 */
export function ListDecisionDialog({ list, decision, onDone, onClose, onOpenCandidate }: Props) {
  const { t, lang, fieldLabel } = useWords();
  const [number, setNumber] = useState('');
  const [date, setDate] = useState('');
  const [rules, setRules] = useState<string[]>(() =>
    decision === 'refused' ? [...new Set(list.findings.filter((f) => f.severity === 'error').map((f) => f.rule))] : [],
  );
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const decide = listDecide.useMutation(list.electionId);
  const check = listRegistrationCheck.useQuery(list.electionId, list.partyId, decision === 'registered');
  const blocked = decision === 'registered' && check.data !== undefined && (check.data.list.length > 0 || check.data.members.length > 0);
  const busy = decide.isPending;
  const [refusal, setRefusal] = useState<ServiceError | null>(null);
  const refusalBox = useRef<HTMLDivElement>(null);

  const iso = parseDate(date);
  const local: Finding[] = [];
  if (number.trim() === '') local.push({ rule: 'format.required', severity: 'error', field: 'resolutionNumber', messageKey: 'finding.required' });
  if (date.trim() === '') local.push({ rule: 'format.required', severity: 'error', field: 'resolutionDate', messageKey: 'finding.required' });
  else {
    const wrong = typedDateFinding('resolutionDate', date);
    if (wrong) local.push(wrong);
  }
  if (decision === 'refused' && rules.length === 0 && text.trim() === '')
    local.push({ rule: 'format.grounds', severity: 'error', field: 'grounds', messageKey: 'decide.groundsRequired' });
  const refused = refusal ? findingsOfError(refusal) : [];
  const shown = byField([...(tried ? local : []), ...refused.filter((f) => ['resolutionNumber', 'resolutionDate', 'grounds'].includes(f.field ?? ''))]);
  const listRefusal = refused.filter((f) => !['resolutionNumber', 'resolutionDate', 'grounds'].includes(f.field ?? '') && f.severity !== 'info');
  const grounds = groundsOf(list.findings);

  const changed = (): void => setRefusal(null);
  const toggle = (rule: string, on: boolean): void => {
    setRules((r) => (on ? [...r, rule] : r.filter((x) => x !== rule)));
    changed();
  };

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    e.stopPropagation();
    setTried(true);
    if (busy) return;
    const wrong = local[0];
    if (wrong) {
      document.getElementById(wrong.field === 'grounds' ? 'ld-groundsText' : `ld-${wrong.field ?? ''}`)?.focus();
      return;
    }
    if (blocked) {
      document.getElementById(BLOCKERS_ID)?.focus();
      return;
    }
    setRefusal(null);
    try {
      await decide.mutateAsync({
        electionId: list.electionId,
        partyId: list.partyId,
        version: list.version,
        decision,
        resolutionNumber: number.trim(),
        resolutionDate: iso ?? date.trim(),
        grounds: { rules, text: text.trim() },
      });
    } catch (error) {
      setRefusal(serviceError(error as Error));
      requestAnimationFrame(() => refusalBox.current?.focus());
      return;
    }
    onDone({ number: number.trim(), date: iso ?? date.trim() });
  }

  return (
    <Modal labelledBy="ld-title" initialFocus="ld-resolutionNumber" onClose={onClose} className="decision-dialog">
      <form onSubmit={(e) => void submit(e)} onKeyDown={formKeys} noValidate>
        <h2 id="ld-title">{t(`lists.decide.title.${decision}`)}</h2>
        <p className="dialog-subject">
          {t('lists.decide.subject', { party: list.short[lang], length: list.members.length })}
        </p>
        {decision === 'registered' && <BallotCount members={list.members} />}
        {decision === 'registered' && <RegistrationBlockers list={list} check={check.data} onOpen={onOpenCandidate} />}
        <div className="field-grid">
          <TextField id="ld-resolutionNumber" label={fieldLabel('resolutionNumber')} required findings={shown.get('resolutionNumber')}
            maxLength={50} value={number} onChange={(v) => { setNumber(v); changed(); }} />
          <DateField id="ld-resolutionDate" label={fieldLabel('resolutionDate')} required findings={shown.get('resolutionDate')}
            value={date} onChange={(v) => { setDate(v); changed(); }} />
        </div>
        <fieldset className="grounds">
          <legend>{fieldLabel('grounds')}</legend>
          <FindingList id="ld-grounds-findings" findings={shown.get('grounds') ?? []} />
          <GroundsChecklist idPrefix="ld-ground" grounds={grounds} checked={rules} onToggle={toggle} emptyText={t('lists.decide.noFindings')} />
          <TextAreaField id="ld-groundsText" label={t('decide.groundsText')} optional maxLength={2000} value={text}
            onChange={(v) => { setText(v); changed(); }} />
        </fieldset>
        <div ref={refusalBox} tabIndex={-1} className="dialog-refusal">
          {refusal && listRefusal.length > 0 && (
            <div className="notice notice-error" role="alert">
              <p>{t(`lists.decide.refused.${decision}`)}</p>
              <ul className="finding-list">
                {listRefusal.map((f, i) => {
                  const member = list.members.find((m) => m.nominationId === f.params?.memberNominationId);
                  return (
                    <li key={`${f.rule}-${i}`} className={`finding finding-${f.severity}`}>
                      <span className="finding-severity">{t(`severity.${f.severity}`)}: </span>
                      {member ? `${fullName(member)} — ` : ''}
                      <FindingText finding={f} />
                    </li>
                  );
                })}
              </ul>
            </div>
          )}
          {refusal && refused.length === 0 && <ErrorNotice error={refusal} />}
        </div>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('decide.recording') : t(`lists.decide.confirm.${decision}`)}
          </button>
          <button type="button" onClick={onClose}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
