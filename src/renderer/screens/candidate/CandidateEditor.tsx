import { useEffect, useMemo, useRef, useState, type FocusEvent, type FormEvent, type KeyboardEvent } from 'react';
import { todayAt } from '../../../domain/dates';
import { hasErrors, type Finding } from '../../../domain/finding';
import { fullName } from '../../../domain/names';
import { requiredDocuments, waivedWrongly } from '../../../domain/rules';
import type { Decision } from '../../../domain/types';
import { formatDate } from '../../../domain/dates';
import type { CandidateView, DecisionView, ElectionView, PersonView } from '../../../service/contract';
import { CorrectionDialog } from '../../components/CorrectionDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { VoidDialog } from '../../components/VoidDialog';
import { formatMoment } from '../../lib/dates';
import { useWords, type ServiceError } from '../../i18n/messages';
import { said, type Said } from '../../i18n/said';
import { findingsOfError } from '../../lib/findings';
import { formKeys } from '../../lib/form-keys';
import { useCan, useUser } from '../../lib/user';
import { useDebounced } from '../../lib/useDebounced';
import {
  candidateCheck, decisionCorrect, nominationCreate, nominationUpdate, nominationVoid, personsWithIin, personUndistinguish, type CheckInput,
} from '../../queries/candidates';
import { serviceError } from '../../queries/client';
import type { ElectionData } from '../../queries/elections';
import { fieldId, type Binding } from './binding';
import { afterEdit, mergeFindings, serviceFindings, type OwnFindings } from './candidate-findings';
import { BiographySection } from './BiographySection';
import { CandidateHistory } from './CandidateHistory';
import type { DecisionDraft } from './decision';
import { DecisionDialog } from './DecisionDialog';
import { BallotNote } from './BallotNote';
import { DecisionPanel } from './DecisionPanel';
import { DeclarationsSection } from './DeclarationsSection';
import { DocumentsSection } from './DocumentsSection';
import {
  candidateContext, draftOf, emptyDraft, factsFindings, factsOf, formFindings, isPersonField, nominatingParty,
  nominationOf, personOf, personOfView, samePerson, withPerson, type CandidateDraft,
} from './draft';
import { ExistingPersonOffer } from './ExistingPersonOffer';
import { NamesakeNotice, type Distinguished } from './NamesakeNotice';
import { FindingsSummary } from './FindingsSummary';
import { NominationSection } from './NominationSection';
import { PersonSection } from './PersonSection';

interface Props {
  election: ElectionView;
  data: ElectionData;
  /** The candidate as stored, or null for a new one. */
  stored: CandidateView | null;
  /** For a new candidate: what the form starts with (a party list's add: the kind and the party). */
  preset?: Partial<CandidateDraft>;
  /** What just happened to the stored candidate (a decision recorded), said at the top of the form. */
  notice?: Said | null;
  onSaved: (saved: CandidateView) => void;
  onDecided: (decision: Decision, draft: DecisionDraft) => void;
  onBack: () => void;
  onReload: () => void;
}

export function CandidateEditor({ election, data, stored, preset, notice, onSaved, onDecided, onBack, onReload }: Props) {
  const { t, fieldLabel, say } = useWords();
  const can = useCan();
  const user = useUser();
  // The commission's date, not the date where this browser's clock is set.
  const today = todayAt(new Date(), election.utcOffsetHours);
  const initial = useMemo(() => (stored ? draftOf(stored) : { ...emptyDraft(today), ...preset }), [stored, today, preset]);
  const [draft, setDraft] = useState<CandidateDraft>(initial);
  const [existing, setExisting] = useState<PersonView | null>(null);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  // A stored candidate shows all its findings at once; a new one as the clerk reaches each field.
  const [tried, setTried] = useState(stored !== null);
  const [refusal, setRefusal] = useState<ServiceError | null>(null);
  const [refusalFindings, setRefusalFindings] = useState<Finding[]>([]);
  const [deciding, setDeciding] = useState<Decision | null>(null);
  const [voiding, setVoiding] = useState(false);
  const [correcting, setCorrecting] = useState<DecisionView | null>(null);
  const [takingBack, setTakingBack] = useState<Distinguished | null>(null);
  const undistinguish = personUndistinguish.useMutation(election.id);
  // What this form just did (nothing to save, a correction recorded), said in the language of the moment.
  const [told, setTold] = useState<Said | null>(null);
  const voidNomination = nominationVoid.useMutation(election.id);
  const correctDecision = decisionCorrect.useMutation(election.id);
  const voided = stored?.nomination.voided ?? null;
  const summary = useRef<HTMLElement>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const saving = useRef(false);
  const createNomination = nominationCreate.useMutation(election.id);
  const updateNomination = nominationUpdate.useMutation(election.id);
  const busy = createNomination.isPending || updateNomination.isPending;

  // The form opens at its first field; after a decision or a correction, at what it did.
  useEffect(() => {
    if (notice || told) noticeRef.current?.focus();
    else document.getElementById(fieldId('surname'))?.focus();
  }, [notice, told]);

  const facts = factsOf(draft);
  const ctx = candidateContext(election, nominatingParty(facts.nomination, data.parties), data.regions);
  // What the service refuses to store: format errors, and a required document marked «not required».
  const blocking = [...formFindings(draft, today, existing !== null), ...waivedWrongly(facts, ctx)];
  const local = factsFindings(facts, ctx, today, existing !== null);
  const own: OwnFindings = (f) =>
    factsFindings(f, candidateContext(election, nominatingParty(f.nomination, data.parties), data.regions), today, existing !== null);

  // The service adds what only it knows (the person's other nominations); the form's own rules follow each keystroke.
  const checkInput: CheckInput | null = hasErrors(blocking)
    ? null
    : {
        electionId: election.id,
        ...(stored ? { nominationId: stored.nomination.id, personId: stored.person.id } : {}),
        ...(existing ? { personId: existing.id } : {}),
        person: existing ? personOfView(existing) : facts.person,
        nomination: facts.nomination,
      };
  // Asked once the clerk stops typing for a moment.
  const settled = useDebounced(checkInput === null ? null : JSON.stringify(checkInput), 400);
  const asked = useMemo(() => (settled === null ? null : (JSON.parse(settled) as CheckInput)), [settled]);
  const answer = candidateCheck.useQuery(asked);
  const fromService = serviceFindings(answer.data, stored, own);

  const { all, byField: shown } = mergeFindings({ local, service: fromService, refusal: refusalFindings, tried, touched });
  const required = requiredDocuments(facts, ctx);
  const settledIin = useDebounced(facts.person.iin, 250);
  const matches = personsWithIin.useMatches(settledIin, stored === null && existing === null);

  const touch = (field: string): void => {
    setTouched((s) => new Set(s).add(field));
    setRefusalFindings((list) => afterEdit(list, field));
  };
  const update: Binding['update'] = (field, value) => {
    setDraft((d) => ({ ...d, [field]: value }));
    touch(field);
  };
  const updatePart: Binding['updatePart'] = (field, change) => {
    setDraft(change);
    touch(field);
  };
  const binding: Binding = {
    draft,
    update,
    updatePart,
    props: (field: string) => ({
      id: fieldId(field),
      label: fieldLabel(field),
      findings: shown.get(field),
      disabled: existing !== null && isPersonField(field),
    }),
  };

  const pickExisting = (p: PersonView): void => {
    setExisting(p);
    setDraft((d) => withPerson(d, p));
  };
  const enterAnother = (): void => {
    setExisting(null);
    setDraft((d) => withPerson(d, personOf(emptyDraft(today))));
    document.getElementById(fieldId('surname'))?.focus();
  };

  async function save(): Promise<void> {
    if (saving.current || voided) return;
    setTried(true);
    if (hasErrors(blocking)) {
      summary.current?.focus();
      return;
    }
    saving.current = true;
    setRefusal(null);
    const nomination = nominationOf(draft);
    const person = personOf(draft);
    try {
      const view = stored
        ? await updateNomination.mutateAsync({
            id: stored.nomination.id,
            version: stored.nomination.version,
            nomination,
            ...(samePerson(person, personOfView(stored.person))
              ? {}
              : { person: { version: stored.person.version, fields: person } }),
          })
        : await createNomination.mutateAsync({
            electionId: election.id,
            nomination,
            ...(existing ? { personId: existing.id } : { person }),
          });
      // The service writes nothing for a save that changes nothing, and the form says so rather than "saved".
      if (stored && view.nomination.version === stored.nomination.version && view.person.version === stored.person.version)
        setTold(said('form.unchanged'));
      else onSaved(view);
    } catch (error) {
      const refused = serviceError(error as Error) ?? { code: 'internal', messageKey: 'error.internal' };
      setRefusal(refused);
      setRefusalFindings(findingsOfError(refused));
      summary.current?.focus();
    } finally {
      saving.current = false;
    }
  }

  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);
  const back = (): void => {
    if (!dirty || window.confirm(t('form.discard'))) onBack();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>): void => {
    if (e.key === 'Escape') {
      e.preventDefault();
      back();
    } else formKeys(e);
  };
  const onBlur = (e: FocusEvent<HTMLFormElement>): void => {
    const field = e.target.id.startsWith('cf-') ? e.target.id.slice(3) : null;
    if (field !== null && !touched.has(field)) setTouched((s) => new Set(s).add(field));
  };
  const onSubmit = (e: FormEvent): void => {
    e.preventDefault();
    if (can('clerk')) void save();
  };

  const title = stored ? t('form.editTitle', { name: fullName(stored.person) }) : t('form.newTitle');
  // An observer reads the candidate; the fields are shown as they are, and nothing offers to change them.
  const readOnly = !can('clerk');
  const generalRefusal = refusal && findingsOfError(refusal).length === 0 ? refusal : null;

  return (
    <>
      <form className="screen candidate-form" aria-labelledby="cf-title" onSubmit={onSubmit} onKeyDown={onKeyDown} onBlur={onBlur} noValidate>
        <div className="screen-head">
          <h1 id="cf-title">{title}</h1>
          <button type="button" onClick={back}>
            {t('form.back')}
          </button>
        </div>
        {voided && (
          <p className="notice notice-voided" role="status">
            {t('void.state', { at: formatMoment(voided.at), by: voided.by, reason: voided.reason })}
          </p>
        )}
        {(told ?? notice) && (
          <p className="notice notice-ok" role="status" tabIndex={-1} ref={noticeRef}>
            {say(told ?? notice ?? null)}
          </p>
        )}
        {readOnly ? (
          <p className="notice" role="note">
            {t('form.readOnly', { role: t(`role.${user.role}`) })}
          </p>
        ) : (
          <p className="keys-hint">{t('form.keys')}</p>
        )}
        <div className="form-layout">
          <div className="form-sections">
            {/* An entry made in error is kept as it was entered: shown, not edited; an observer reads, not edits. */}
            <fieldset className="plain" disabled={voided !== null || readOnly}>
            <PersonSection
              b={binding}
              afterIin={
                existing ? (
                  <div className="offer" role="status">
                    <p>{t('form.usingExisting', { name: fullName(existing) })}</p>
                    <button type="button" onClick={enterAnother}>
                      {t('form.enterAnother')}
                    </button>
                  </div>
                ) : (
                  <>
                    <ExistingPersonOffer matches={matches} onUse={pickExisting} />
                    <NamesakeNotice electionId={election.id} personId={stored?.person.id ?? null} findings={all} onTakeBack={setTakingBack} />
                  </>
                )
              }
            />
            <DeclarationsSection b={binding} />
            <BiographySection b={binding} regions={data.regions} parties={data.parties} />
            <NominationSection
              b={binding}
              parties={data.parties}
              districts={data.districts}
              status={stored?.nomination.status ?? null}
            />
            <DocumentsSection b={binding} required={required} profile={election.profile} />
            </fieldset>
            {stored && (
              <CandidateHistory electionId={election.id} nominationId={stored.nomination.id} findings={all}
                {...(voided || !can('secretary') ? {} : { onCorrect: setCorrecting })} />
            )}
          </div>
          <aside className="form-aside" aria-label={t('form.asideLabel')}>
            {!voided && <FindingsSummary
              ref={summary}
              findings={all}
              blocked={hasErrors(blocking)}
              detailed={tried || touched.size > 0 || refusalFindings.length > 0}
              fieldId={fieldId}
            />}
            {generalRefusal && (
              <ErrorNotice error={generalRefusal} {...(generalRefusal.code === 'stale' ? { onRetry: onReload, retryLabel: t('form.reopen') } : {})} />
            )}
            {!readOnly && (
              <div className="actions">
                <button type="submit" className="primary" disabled={busy || voided !== null}>
                  {busy ? t('form.saving') : t('form.save')}
                </button>
                <button type="button" onClick={back}>
                  {t('form.cancel')}
                </button>
              </div>
            )}
            {!readOnly && <p className="required-note">{t('form.requiredNote')}</p>}
            {stored && !voided && (
              <DecisionPanel
                status={stored.nomination.status}
                dirty={dirty}
                onDecide={can('secretary') ? setDeciding : undefined}
                onVoid={can('clerk') ? () => setVoiding(true) : undefined}
              />
            )}
            {stored && !voided && <BallotNote electionId={election.id} nominationId={stored.nomination.id} />}
          </aside>
        </div>
      </form>
      {stored && voiding && (
        <VoidDialog
          id="vd"
          title={t('void.title')}
          subject={t('void.subject', { name: fullName(stored.person), iin: stored.person.iin })}
          explain={t('void.explain')}
          busy={voidNomination.isPending}
          refusal={serviceError(voidNomination.error)}
          onClose={() => {
            voidNomination.reset();
            setVoiding(false);
          }}
          onConfirm={(reason) =>
            voidNomination.mutate(
              { id: stored.nomination.id, version: stored.nomination.version, reason },
              { onSuccess: () => setVoiding(false) },
            )
          }
        />
      )}
      {stored && takingBack && (
        <VoidDialog
          id="tb"
          title={t('form.takeBackTitle')}
          subject={t('form.takeBackSubject', { name: fullName(stored.person), iin: stored.person.iin, other: fullName(takingBack), otherIin: takingBack.iin })}
          explain={t('form.takeBackExplain')}
          words={{ hint: t('form.takeBackHint'), confirm: t('form.takeBackConfirm'), busy: t('form.takingBack') }}
          busy={undistinguish.isPending}
          refusal={serviceError(undistinguish.error)}
          onClose={() => {
            undistinguish.reset();
            setTakingBack(null);
          }}
          onConfirm={(reason) =>
            undistinguish.mutate({ personId: stored.person.id, otherId: takingBack.personId, reason }, { onSuccess: () => setTakingBack(null) })
          }
        />
      )}
      {stored && correcting && (
        <CorrectionDialog
          id="cd"
          title={t('correct.title')}
          subject={t('correct.subject', { decision: t(`decision.${correcting.decision}`), name: fullName(stored.person) })}
          current={correcting}
          busy={correctDecision.isPending}
          refusal={serviceError(correctDecision.error)}
          onClose={() => {
            correctDecision.reset();
            setCorrecting(null);
          }}
          onConfirm={(c) =>
            correctDecision.mutate(
              { id: stored.nomination.id, decisionId: correcting.id, corrections: correcting.corrections.length, ...c },
              {
                onSuccess: () => {
                  setCorrecting(null);
                  setTold(said('correct.done', { number: c.resolutionNumber, date: formatDate(c.resolutionDate) }));
                },
              },
            )
          }
        />
      )}
      {stored && deciding && (
        <DecisionDialog
          election={election}
          candidate={stored}
          decision={deciding}
          findings={all}
          onClose={() => setDeciding(null)}
          onRefuseInstead={() => setDeciding('refused')}
          onDone={(d) => {
            setDeciding(null);
            onDecided(deciding, d);
          }}
        />
      )}
    </>
  );
}
