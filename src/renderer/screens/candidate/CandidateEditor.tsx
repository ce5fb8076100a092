import { useMemo, useRef, useState, type FocusEvent, type FormEvent, type KeyboardEvent } from 'react';
import { hasErrors, type Finding } from '../../../domain/finding';
import { fullName } from '../../../domain/names';
import type { CandidateView, ElectionView, PersonView } from '../../../service/contract';
import { call } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useWords, type ServiceError } from '../../i18n/messages';
import { todayIso } from '../../../domain/dates';
import { byField, findingsOfError } from '../../lib/findings';
import type { ElectionData } from '../../lib/useElectionData';
import { fieldId, type Binding } from './binding';
import { BiographySection } from './BiographySection';
import {
  draftOf, emptyDraft, formFindings, nominationOf, PERSON_FIELDS, personOf, personOfView, samePerson, withPerson,
  type CandidateDraft, type DraftField,
} from './draft';
import { ExistingPersonOffer } from './ExistingPersonOffer';
import { FindingsSummary } from './FindingsSummary';
import { NominationSection } from './NominationSection';
import { PersonSection } from './PersonSection';
import { useIinMatches } from './useIinMatches';

interface Props {
  election: ElectionView;
  data: ElectionData;
  /** The candidate as stored, or null for a new one. */
  stored: CandidateView | null;
  onSaved: (saved: CandidateView) => void;
  onBack: () => void;
  onReload: () => void;
}

const isPersonField = (field: string): boolean => (PERSON_FIELDS as readonly string[]).includes(field);

export function CandidateEditor({ election, data, stored, onSaved, onBack, onReload }: Props) {
  const { t, fieldLabel } = useWords();
  const today = todayIso();
  const initial = useMemo(() => (stored ? draftOf(stored) : emptyDraft(today)), [stored, today]);
  const [draft, setDraft] = useState<CandidateDraft>(initial);
  const [existing, setExisting] = useState<PersonView | null>(null);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  // A stored candidate shows all its findings at once; a new one as the clerk reaches each field.
  const [tried, setTried] = useState(stored !== null);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<ServiceError | null>(null);
  const [serverFindings, setServerFindings] = useState<Finding[]>([]);
  const summary = useRef<HTMLElement>(null);
  const saving = useRef(false);

  const findings = formFindings(draft, today, existing !== null);
  const shown = byField([...findings.filter((f) => tried || touched.has(f.field ?? '')), ...serverFindings]);
  const matches = useIinMatches(personOf(draft).iin, stored === null && existing === null);

  const update: Binding['update'] = (field, value) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setTouched((s) => new Set(s).add(field));
    setServerFindings((list) => list.filter((f) => f.field !== field));
  };
  const binding: Binding = {
    draft,
    update,
    props: (field: DraftField) => ({
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
    if (saving.current) return;
    setTried(true);
    if (hasErrors(findings)) {
      summary.current?.focus();
      return;
    }
    saving.current = true;
    setBusy(true);
    setRefusal(null);
    const nomination = nominationOf(draft);
    const person = personOf(draft);
    const result = stored
      ? await call('nominations.update', {
          id: stored.nomination.id,
          version: stored.nomination.version,
          nomination,
          ...(samePerson(person, personOfView(stored.person))
            ? {}
            : { person: { version: stored.person.version, fields: person } }),
        })
      : await call('nominations.create', {
          electionId: election.id,
          nomination,
          ...(existing ? { personId: existing.id } : { person }),
        });
    saving.current = false;
    setBusy(false);
    if (result.ok) {
      onSaved(result.value);
      return;
    }
    setRefusal(result.error);
    setServerFindings(findingsOfError(result.error));
    summary.current?.focus();
  }

  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);
  const back = (): void => {
    if (!dirty || window.confirm(t('form.discard'))) onBack();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>): void => {
    // e.code, not e.key: with the Kazakh or Russian layout the S key types «ы».
    if ((e.ctrlKey || e.metaKey) && e.code === 'KeyS') {
      e.preventDefault();
      void save();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      back();
    }
  };
  const onBlur = (e: FocusEvent<HTMLFormElement>): void => {
    const field = e.target.id.startsWith('cf-') ? e.target.id.slice(3) : null;
    if (field !== null && !touched.has(field)) setTouched((s) => new Set(s).add(field));
  };
  const onSubmit = (e: FormEvent): void => {
    e.preventDefault();
    void save();
  };

  const title = stored ? t('form.editTitle', { name: fullName(stored.person) }) : t('form.newTitle');
  const generalRefusal = refusal && findingsOfError(refusal).length === 0 ? refusal : null;

  return (
    <form className="screen candidate-form" aria-labelledby="cf-title" onSubmit={onSubmit} onKeyDown={onKeyDown} onBlur={onBlur} noValidate>
      <div className="screen-head">
        <h1 id="cf-title">{title}</h1>
        <button type="button" onClick={back}>
          {t('form.back')}
        </button>
      </div>
      <p className="keys-hint">{t('form.keys')}</p>
      <div className="form-layout">
        <div className="form-sections">
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
                <ExistingPersonOffer matches={matches} onUse={pickExisting} />
              )
            }
          />
          <BiographySection b={binding} parties={data.parties} />
          <NominationSection
            b={binding}
            parties={data.parties}
            districts={data.districts}
            status={stored?.nomination.status ?? null}
          />
        </div>
        <aside className="form-aside" aria-label={t('form.asideLabel')}>
          <FindingsSummary
            ref={summary}
            findings={[...findings, ...serverFindings]}
            detailed={tried || touched.size > 0 || serverFindings.length > 0}
            fieldId={fieldId}
          />
          {generalRefusal && (
            <ErrorNotice error={generalRefusal} {...(generalRefusal.code === 'stale' ? { onRetry: onReload, retryLabel: t('form.reopen') } : {})} />
          )}
          <div className="actions">
            <button type="submit" className="primary" disabled={busy}>
              {busy ? t('form.saving') : t('form.save')}
            </button>
            <button type="button" onClick={back}>
              {t('form.cancel')}
            </button>
          </div>
          <p className="required-note">{t('form.requiredNote')}</p>
        </aside>
      </div>
    </form>
  );
}
