import { useRef, useState, type FormEvent } from 'react';
import { SEVERITIES, type Finding } from '../../../domain/finding';
import { fullName } from '../../../domain/names';
import type { Decision } from '../../../domain/types';
import type { CandidateView, ElectionView } from '../../../service/contract';
import { ErrorNotice } from '../../components/ErrorNotice';
import { DateField, FindingList, TextAreaField, TextField } from '../../components/fields';
import { GroundsChecklist } from '../../components/GroundsChecklist';
import { Modal } from '../../components/Modal';
import { useWords, type ServiceError } from '../../i18n/messages';
import { byField, findingsOfError, groundsOf } from '../../lib/findings';
import { nominationDecide, registrationCheck } from '../../queries/candidates';
import { serviceError } from '../../queries/client';
import { checkDecision, decisionInput, emptyDecision, type DecisionDraft } from './decision';
import { formKeys } from '../../lib/form-keys';

interface Props {
  election: ElectionView;
  candidate: CandidateView;
  decision: Decision;
  /** The candidate's findings now: the grounds the commission may cite. */
  findings: readonly Finding[];
  /** The decision is recorded (and the candidate's record in the cache is the one the service returned). */
  onDone: (draft: DecisionDraft) => void;
  onClose: () => void;
  /** Registration is impossible: the clerk may turn to a refusal instead. */
  onRefuseInstead?: () => void;
}

/**
 * The commission's decision on a nomination. A registration is asked of the service first: a candidate with errors at
 * registration cannot be registered, and the dialog says so and why instead of offering a resolution to fill in.
 */
export function DecisionDialog(props: Props) {
  if (props.decision === 'registered') return <RegistrationGate {...props} />;
  return <DecisionForm {...props} />;
}

function RegistrationGate(props: Props) {
  const check = registrationCheck.useQuery(props.election.id, props.candidate.nomination.id);
  // Asked of the ledger on this machine: the dialog opens as soon as the answer is in.
  if (check.isPending) return null;
  const errors = (check.data ?? []).filter((f) => f.severity === 'error');
  return errors.length > 0 ? <RegistrationImpossible {...props} errors={errors} /> : <DecisionForm {...props} />;
}

function RegistrationImpossible({ candidate, errors, onClose, onRefuseInstead }: Props & { errors: readonly Finding[] }) {
  const { t } = useWords();
  const n = candidate.nomination;
  return (
    <Modal labelledBy="dd-title" initialFocus="dd-close" onClose={onClose} className="decision-dialog">
      <h2 id="dd-title">{t('decide.title.registered')}</h2>
      <p className="dialog-subject">{t('decide.subject', { name: fullName(candidate.person), status: t(`status.${n.status}`) })}</p>
      <div className="notice notice-error" role="alert">
        <p>{t('decide.impossible')}</p>
        <FindingList named findings={errors} />
      </div>
      <p className="section-hint">{t('decide.impossibleHint')}</p>
      <div className="actions">
        <button type="button" id="dd-close" className="primary" onClick={onClose}>
          {t('decide.close')}
        </button>
        {onRefuseInstead && (
          <button type="button" onClick={onRefuseInstead}>
            {t('decide.action.refused')}
          </button>
        )}
      </div>
    </Modal>
  );
}

/** The resolution: number and date, the grounds, and the service's answer. */
function DecisionForm({ election, candidate, decision, findings, onDone, onClose }: Props) {
  const { t, fieldLabel } = useWords();
  const [draft, setDraft] = useState<DecisionDraft>(() => emptyDecision(decision, findings));
  const [tried, setTried] = useState(false);
  const decide = nominationDecide.useMutation(election.id);
  const busy = decide.isPending;
  const [refusal, setRefusal] = useState<ServiceError | null>(null);
  const refusalBox = useRef<HTMLDivElement>(null);
  const n = candidate.nomination;

  const local = checkDecision(draft, decision, n.kind, election.profile, election.electionDay);
  const refused = refusal ? findingsOfError(refusal) : [];
  // A missing number or date is said once the clerk tries; what the law says about the date, at once.
  const shown = byField([...local.filter((f) => tried || !f.rule.startsWith('format.')), ...refused]);
  const grounds = groundsOf(findings);

  const set = <K extends keyof DecisionDraft>(field: K, value: DecisionDraft[K]): void => {
    setDraft((d) => ({ ...d, [field]: value }));
    setRefusal(null);
  };
  const toggle = (rule: string, on: boolean): void =>
    set('rules', on ? [...draft.rules, rule] : draft.rules.filter((r) => r !== rule));

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    e.stopPropagation();
    setTried(true);
    if (busy) return;
    const wrong = local.find((f) => f.severity === 'error');
    if (wrong) {
      document.getElementById(wrong.field === 'grounds' ? 'dd-groundsText' : `dd-${wrong.field ?? ''}`)?.focus();
      return;
    }
    setRefusal(null);
    try {
      await decide.mutateAsync(decisionInput(draft, n, decision));
    } catch (error) {
      setRefusal(serviceError(error as Error));
      // Focus the refusal so that it is read out; the dialog stays open for the clerk to decide otherwise.
      requestAnimationFrame(() => refusalBox.current?.focus());
      return;
    }
    onDone(draft);
  }

  const fieldProps = (field: 'resolutionNumber' | 'resolutionDate') => ({
    id: `dd-${field}`,
    label: fieldLabel(field),
    findings: shown.get(field),
    required: true,
  });
  // Findings that name no field of the dialog are the candidate's: the errors are why the service refused, the
  // warnings stand beside them; the notes (the deposit due) are no reason.
  const candidateRefusal = SEVERITIES.filter((s) => s !== 'info').flatMap((s) =>
    refused.filter((f) => f.severity === s && !['resolutionNumber', 'resolutionDate', 'grounds'].includes(f.field ?? '')),
  );

  return (
    <Modal labelledBy="dd-title" initialFocus="dd-resolutionNumber" onClose={onClose} className="decision-dialog">
      <form onSubmit={(e) => void submit(e)} onKeyDown={formKeys} noValidate>
        <h2 id="dd-title">{t(`decide.title.${decision}`)}</h2>
        <p className="dialog-subject">{t('decide.subject', { name: fullName(candidate.person), status: t(`status.${n.status}`) })}</p>
        <div className="field-grid">
          <TextField {...fieldProps('resolutionNumber')} maxLength={50} value={draft.resolutionNumber}
            onChange={(v) => set('resolutionNumber', v)} />
          <DateField {...fieldProps('resolutionDate')} value={draft.resolutionDate} onChange={(v) => set('resolutionDate', v)} />
        </div>
        <fieldset className="grounds">
          <legend>{fieldLabel('grounds')}</legend>
          <FindingList id="dd-grounds-findings" findings={shown.get('grounds') ?? []} />
          <GroundsChecklist idPrefix="dd-ground" grounds={grounds} checked={draft.rules} onToggle={toggle} emptyText={t('decide.noFindings')} />
          <TextAreaField id="dd-groundsText" label={t('decide.groundsText')} optional maxLength={2000} value={draft.text}
            onChange={(v) => set('text', v)} />
        </fieldset>
        <div ref={refusalBox} tabIndex={-1} className="dialog-refusal">
          {refusal && refusal.code === 'findings' && (
            <div className="notice notice-error" role="alert">
              <p>{t(`decide.refused.${decision}`)}</p>
              <FindingList named findings={candidateRefusal.length > 0 ? candidateRefusal : refused} />
            </div>
          )}
          {refusal && refusal.code !== 'findings' && refused.length === 0 && <ErrorNotice error={refusal} />}
        </div>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('decide.recording') : t(`decide.confirm.${decision}`)}
          </button>
          <button type="button" onClick={onClose}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
