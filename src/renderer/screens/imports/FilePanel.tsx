import { useId, type ChangeEvent } from 'react';
import type { PartyView } from '../../../service/contract';
import { inElectron } from '../../api/client';
import type { ChosenFile } from '../../api/import';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useWords } from '../../i18n/messages';
import { serviceError } from '../../queries/client';
import { importFile } from '../../queries/imports';

interface Props {
  electionId: number;
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
export function FilePanel({ electionId, parties, chosen, onChosen, partyId, onParty }: Props) {
  const { t, lang } = useWords();
  const ids = useId();
  const choose = importFile.useMutation(electionId);
  const busy = choose.isPending;
  const error = serviceError(choose.error);
  const take = { onSuccess: (file: ChosenFile | null) => file && onChosen(file) };

  const onPick = (e: ChangeEvent<HTMLInputElement>): void => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    choose.mutate(file, {
      ...take,
      // Picking the same file again (corrected, or to import it once more) sends it again.
      onSettled: () => {
        input.value = '';
      },
    });
  };

  return (
    <section className="panel" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('importScreen.file.title')}</h2>
      <div className="import-controls">
        {inElectron() ? (
          <button type="button" disabled={busy} onClick={() => choose.mutate(null, take)}>
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
              onChange={onPick}
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
