import { useState, type FormEvent } from 'react';
import { formatDate } from '../../../domain/dates';
import type { Finding } from '../../../domain/finding';
import type { ElectionView, PresetView } from '../../../service/contract';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectField, TextField } from '../../components/fields';
import { useWords, type ServiceError } from '../../i18n/messages';
import { byField, findingsOfError } from '../../lib/findings';
import { REFERENCE_REGIONS } from '../../lib/reference';
import { serviceError } from '../../queries/client';
import { electionCreate } from '../../queries/elections';
import { ConfirmCreateDialog } from './ConfirmCreateDialog';
import { checkNewElection, electionInput, EMPTY_ELECTION_DRAFT, sameElections, type NewElectionDraft } from './new-election';
import { formKeys } from '../../lib/form-keys';

interface Props {
  presets: readonly PresetView[];
  /** The elections on file: those this one would repeat are named before it is created. */
  elections: readonly ElectionView[];
  onCreated: (e: ElectionView) => void;
}

export function NewElectionForm({ presets, elections, onCreated }: Props) {
  const { t, lang, fieldLabel } = useWords();
  const [draft, setDraft] = useState<NewElectionDraft>(EMPTY_ELECTION_DRAFT);
  const [tried, setTried] = useState(false);
  const creation = electionCreate.useMutation();
  const busy = creation.isPending;
  const [refusal, setRefusal] = useState<ServiceError | null>(null);
  // The form's answer is asked once more before anything is created.
  const [confirming, setConfirming] = useState(false);
  const preset = presets.find((p) => p.id === draft.preset);
  const local = checkNewElection(draft, preset);
  const serverFindings: Finding[] = refusal ? findingsOfError(refusal) : [];
  const fields = byField([...(tried ? local : []), ...serverFindings]);
  const set = (field: keyof NewElectionDraft) => (value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setRefusal(null);
  };

  async function create(): Promise<void> {
    if (!preset || local.length > 0 || busy) return;
    let created: ElectionView;
    try {
      created = await creation.mutateAsync(electionInput(draft, preset));
    } catch (error) {
      setConfirming(false);
      setRefusal(serviceError(error as Error));
      return;
    }
    setConfirming(false);
    setDraft(EMPTY_ELECTION_DRAFT);
    setTried(false);
    onCreated(created);
  }

  const onSubmit = (e: FormEvent): void => {
    e.preventDefault();
    setTried(true);
    if (preset && local.length === 0) setConfirming(true);
  };
  const input = preset ? electionInput(draft, preset) : null;

  return (
    <form className="panel" aria-labelledby="new-election-title" onSubmit={onSubmit} onKeyDown={formKeys} noValidate>
      <h2 id="new-election-title">{t('create.title')}</h2>
      <div className="field-grid">
        <SelectField
          id="ne-preset"
          label={t('create.preset')}
          required
          value={draft.preset}
          onChange={set('preset')}
          empty={t('form.choose')}
          choices={presets.map((p) => ({ value: p.id, label: p.name[lang] }))}
          findings={fields.get('preset')}
          hint={preset ? t('create.electionDay', { date: formatDate(preset.electionDay) }) : undefined}
        />
        {preset?.needs.region && (
          <SelectField
            id="ne-region"
            label={fieldLabel('regionCode')}
            required
            value={draft.regionCode}
            onChange={set('regionCode')}
            empty={t('form.choose')}
            choices={REFERENCE_REGIONS.map((r) => ({ value: r.code, label: r.name[lang] }))}
            findings={fields.get('regionCode')}
          />
        )}
        {preset?.needs.councilName && (
          <TextField
            id="ne-council"
            label={fieldLabel('councilName')}
            required
            value={draft.councilName}
            onChange={set('councilName')}
            maxLength={300}
            findings={fields.get('councilName')}
          />
        )}
        {preset?.needs.listMandates && (
          <TextField
            id="ne-list-mandates"
            label={fieldLabel('listMandates')}
            required
            inputMode="numeric"
            value={draft.listMandates}
            onChange={set('listMandates')}
            findings={fields.get('listMandates')}
          />
        )}
        {preset?.needs.districtCount && (
          <TextField
            id="ne-district-count"
            label={fieldLabel('districtCount')}
            required
            inputMode="numeric"
            value={draft.districtCount}
            onChange={set('districtCount')}
            findings={fields.get('districtCount')}
          />
        )}
      </div>
      {refusal && serverFindings.length === 0 && <ErrorNotice error={refusal} />}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('create.creating') : t('create.submit')}
        </button>
      </div>
      {confirming && preset && input && (
        <ConfirmCreateDialog
          preset={preset}
          input={input}
          same={sameElections(input, elections).flatMap((i) => elections[i] ?? [])}
          busy={busy}
          onConfirm={() => void create()}
          onClose={() => setConfirming(false)}
        />
      )}
    </form>
  );
}
