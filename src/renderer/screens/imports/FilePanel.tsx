import { useId, useState, type ChangeEvent } from 'react';
import type { PartyView } from '../../../service/contract';
import { inElectron } from '../../api/client';
import { openImportFile, uploadImportFile, type ChosenFile } from '../../api/import';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useWords, type ServiceError } from '../../i18n/messages';

interface Props {
  parties: readonly PartyView[];
  chosen: ChosenFile | null;
  onChosen: (file: ChosenFile) => void;
  partyId: string;
  onParty: (partyId: string) => void;
}

/**
 * The workbook to import and the party whose list it is. In the browser mode the file is sent to the host as soon
 * as it is picked; in Electron main's open dialog picks it. The party is for a file without a party column.
 */
export function FilePanel({ parties, chosen, onChosen, partyId, onParty }: Props) {
  const { t, lang } = useWords();
  const ids = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ServiceError | null>(null);

  const take = (result: Awaited<ReturnType<typeof openImportFile>>): void => {
    setBusy(false);
    if (!result.ok) setError(result.error);
    else if (result.value !== null) onChosen(result.value);
  };

  const onPick = async (e: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setError(null);
    take(await uploadImportFile(file));
    // Picking the same file again (corrected, or to import it once more) sends it again.
    input.value = '';
  };

  const onOpen = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    take(await openImportFile());
  };

  return (
    <section className="panel" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('importScreen.file.title')}</h2>
      <div className="import-controls">
        {inElectron() ? (
          <button type="button" disabled={busy} onClick={() => void onOpen()}>
            {t('importScreen.file.open')}
          </button>
        ) : (
          <div className="field">
            <label htmlFor={`${ids}-file`}>{t('importScreen.file.choose')}</label>
            <input
              id={`${ids}-file`}
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              disabled={busy}
              onChange={(e) => void onPick(e)}
            />
          </div>
        )}
        <div className="field">
          <label htmlFor={`${ids}-party`}>{t('importScreen.file.party')}</label>
          <select id={`${ids}-party`} value={partyId} onChange={(e) => onParty(e.target.value)} aria-describedby={`${ids}-party-hint`}>
            <option value="">{t('importScreen.file.partyFromFile')}</option>
            {parties.map((p) => (
              <option key={p.id} value={p.id}>{p.name[lang]}</option>
            ))}
          </select>
          <p id={`${ids}-party-hint`} className="field-hint">{t('importScreen.file.partyHint')}</p>
        </div>
      </div>
      <p className="import-status" role="status" aria-live="polite">
        {busy ? t('importScreen.file.reading') : chosen ? t('importScreen.file.chosen', { file: chosen.file }) : t('importScreen.file.none')}
      </p>
      {error && <ErrorNotice error={error} />}
    </section>
  );
}
