import { useRef, useState, type FormEvent } from 'react';
import type { BallotField } from '../../../domain/ballot';
import { parseDate } from '../../../domain/dates';
import type { ElectionView, InputOf, OutputOf } from '../../../service/contract';
import { ErrorNotice } from '../../components/ErrorNotice';
import { DateField, SelectField, TextField } from '../../components/fields';
import { useWords, type ServiceError } from '../../i18n/messages';
import { districtChoices, partyChoices } from '../../lib/choices';
import { findingsOfError } from '../../lib/findings';
import { formKeys } from '../../lib/form-keys';
import { ballotEnter } from '../../queries/ballot';
import { serviceError } from '../../queries/client';
import { useElectionData } from '../../queries/elections';

type QueuedNomination = OutputOf<'ballot.queue'>['rows'][number];
type SecondEntryOutcome = OutputOf<'ballot.enter'>;

interface Props {
  election: ElectionView;
  queued: QueuedNomination;
  onDone: (outcome: SecondEntryOutcome) => void;
  onCancel: () => void;
}

type Entry = InputOf<'ballot.enter'>['entry'];

/** The typed fields as the service takes them: dates as ISO, ids and positions as numbers. */
function entryOf(fields: readonly BallotField[], typed: Partial<Record<BallotField, string>>): Entry {
  const entry: Entry = {};
  for (const f of fields) {
    const text = typed[f] ?? '';
    if (f === 'birthDate') entry.birthDate = parseDate(text) ?? text.trim();
    else if (f === 'districtId' || f === 'partyId') entry[f] = text === '' ? null : Number(text);
    else if (f === 'listPosition') entry.listPosition = text.trim() === '' ? null : Number(text.trim());
    else entry[f] = text;
  }
  return entry;
}

/**
 * The second entry of one nomination, typed from its papers: empty fields, nothing of the first entry. Enter goes
 * on to the next field, Ctrl+S saves; the outcome names the fields that differ, never a value.
 */
export function SecondEntryForm({ election, queued, onDone, onCancel }: Props) {
  const words = useWords();
  const { t, fieldLabel } = words;
  const { parties, districts } = useElectionData(election.id);
  const [typed, setTyped] = useState<Partial<Record<BallotField, string>>>({});
  const [refusal, setRefusal] = useState<ServiceError | null>(null);
  const enter = ballotEnter.useMutation(election.id);
  const refusalBox = useRef<HTMLDivElement>(null);
  const findings = refusal ? findingsOfError(refusal) : [];

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    if (enter.isPending) return;
    const entry = entryOf(queued.printed, typed);
    setRefusal(null);
    try {
      onDone(await enter.mutateAsync({ nominationId: queued.nominationId, fields: queued.fields, entry }));
    } catch (error) {
      setRefusal(serviceError(error as Error));
      requestAnimationFrame(() => refusalBox.current?.focus());
    }
  }

  const props = (field: BallotField) => ({
    id: `be-${field}`,
    label: fieldLabel(field),
    findings: findings.filter((f) => f.field === field),
    value: typed[field] ?? '',
    onChange: (value: string) => {
      setTyped((d) => ({ ...d, [field]: value }));
      setRefusal(null);
    },
    required: field !== 'patronymic',
    optional: field === 'patronymic',
  });
  const title = t('ballot.entryTitle', { number: queued.nominationId });
  return (
    <form className="panel ballot-entry" onSubmit={(e) => void submit(e)} onKeyDown={formKeys} noValidate aria-labelledby="be-title">
      <h2 id="be-title">{title}</h2>
      <p className="section-hint">{t('ballot.entryHint', { kind: t(`kind.${queued.kind}`) })}</p>
      <div className="field-grid">
        {queued.printed.map((f) =>
          f === 'birthDate' ? (
            <DateField key={f} {...props(f)} />
          ) : f === 'districtId' ? (
            <SelectField key={f} {...props(f)} empty={t('form.choose')} choices={districtChoices(districts, words)} />
          ) : f === 'partyId' ? (
            <SelectField key={f} {...props(f)} empty={t('form.choose')} choices={partyChoices(parties, words, 'id')} />
          ) : (
            <TextField key={f} {...props(f)} inputMode={f === 'iin' || f === 'listPosition' ? 'numeric' : undefined} />
          ),
        )}
      </div>
      {refusal && findings.length === 0 && (
        <div ref={refusalBox} tabIndex={-1}>
          <ErrorNotice error={refusal} />
        </div>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={enter.isPending}>
          {t('ballot.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('ballot.cancel')}
        </button>
      </div>
    </form>
  );
}
