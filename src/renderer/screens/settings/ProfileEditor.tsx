import { useState, type FormEvent } from 'react';
import type { Finding } from '../../../domain/finding';
import type { ElectionView } from '../../../service/contract';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useWords, type ServiceError } from '../../i18n/messages';
import { said, type Said } from '../../i18n/said';
import { findingsOfError } from '../../lib/findings';
import { serviceError } from '../../queries/client';
import { profileUpdate } from '../../queries/settings';
import { isEditable, profileChanges, SETTING_KEYS, settingOfField, settingsDraft, type SettingsDraft } from './profile-settings';
import { SettingControl } from './SettingControl';
import { formKeys } from '../../lib/form-keys';

/** A finding of a setting goes beside the control that holds it: the setting's own, or one part of it. */
function byDraftField(findings: readonly Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>();
  for (const f of findings) {
    const field = f.field && /^depositRates\.\w+$/.test(f.field) ? f.field : (settingOfField(f.field) ?? '');
    map.set(field, [...(map.get(field) ?? []), f]);
  }
  return map;
}

/** The settings the law leaves open ([L], [U]), changed by the commission and journaled by the service. */
interface Props {
  election: ElectionView;
  /** What the last save said: the editor starts afresh from the saved profile, and says it was saved. */
  notice: Said | null;
  /** The profile is saved (and the election in the cache is the one the service returned). */
  onSaved: () => void;
}

export function ProfileEditor({ election, notice, onSaved }: Props) {
  const { t, say } = useWords();
  const [draft, setDraft] = useState<SettingsDraft>(() => settingsDraft(election.profile));
  const [tried, setTried] = useState(false);
  const update = profileUpdate.useMutation(election.id);
  const busy = update.isPending;
  const [refusal, setRefusal] = useState<ServiceError | null>(null);
  const [saying, setSaying] = useState(notice);
  const editable = SETTING_KEYS.filter((k) => isEditable(election.certainty[k]));
  const { changes, problems } = profileChanges(election.profile, election.certainty, draft);
  const refused = refusal ? findingsOfError(refusal) : [];
  const findings = byDraftField([...(tried ? problems : []), ...refused]);
  const placed = refused.filter((f) => editable.some((k) => k === settingOfField(f.field)));
  const general = refusal && placed.length === 0 ? refusal : null;

  const change = (next: SettingsDraft): void => {
    setDraft(next);
    setRefusal(null);
    setSaying(null);
  };

  async function save(e: FormEvent): Promise<void> {
    e.preventDefault();
    setTried(true);
    if (busy || problems.length > 0) return;
    if (Object.keys(changes).length === 0) {
      setSaying(said('settings.nothingChanged'));
      return;
    }
    try {
      await update.mutateAsync(changes);
    } catch (error) {
      setRefusal(serviceError(error as Error));
      return;
    }
    onSaved();
  }

  if (editable.length === 0) return <p className="section-hint">{t('settings.nothingEditable')}</p>;
  return (
    <form className="panel" aria-labelledby="profile-edit-title" onSubmit={(e) => void save(e)} onKeyDown={formKeys} noValidate>
      <h2 id="profile-edit-title">{t('settings.editTitle')}</h2>
      <p className="section-hint">{t('settings.editHint')}</p>
      <div className="settings-grid">
        {editable.map((key) => (
          <SettingControl key={key} setting={key} draft={draft} onDraft={change} findings={findings} electionDay={election.electionDay} />
        ))}
      </div>
      {general && <ErrorNotice error={general} />}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('form.saving') : t('settings.save')}
        </button>
      </div>
      <p role="status" className="notice notice-ok" hidden={saying === null}>
        {say(saying)}
      </p>
    </form>
  );
}
