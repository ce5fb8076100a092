import { useEffect, useId, useRef, type ChangeEvent } from 'react';
import type { PartyView } from '../../../service/contract';
import { inElectron } from '../../api/client';
import type { ChosenFile } from '../../api/import';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useWords, type ServiceError } from '../../i18n/messages';
import { serviceError } from '../../queries/client';
import { importFile } from '../../queries/imports';

interface Props {
  electionId: number;
  parties: readonly PartyView[];
  chosen: ChosenFile | null;
  onChosen: (file: ChosenFile) => void;
  partyId: string;
  onParty: (partyId: string) => void;
  /** The service's word that the file is a party's list and the party is not chosen: said here, at the selector. */
  partyRefusal: ServiceError | null;
}

const WORKBOOK_TYPES = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The workbook to import and the party whose list it is. In the browser mode the file is sent to the host as soon
 * as it is picked, through a button in the desk's language (the browser's own file input speaks the browser's);
 * in Electron main's open dialog picks it, its title and button in the desk's language too. The party is for a file
 * without a party column.
 */
export function FilePanel({ electionId, parties, chosen, onChosen, partyId, onParty, partyRefusal }: Props) {
  const { t, lang, errorText } = useWords();
  const ids = useId();
  const picker = useRef<HTMLInputElement>(null);
  const partySelect = useRef<HTMLSelectElement>(null);
  const choose = importFile.useMutation(electionId);
  const busy = choose.isPending;
  const error = serviceError(choose.error);
  const take = { onSuccess: (file: ChosenFile | null) => file && onChosen(file) };

  // Asked for the party, the clerk is taken to the selector that answers it.
  const askedForParty = partyRefusal !== null;
  useEffect(() => {
    if (askedForParty) partySelect.current?.focus();
  }, [askedForParty]);

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

  const statusId = `${ids}-status`;
  const partyDescribedBy = [`${ids}-party-hint`, askedForParty ? `${ids}-party-error` : null].filter((x) => x !== null).join(' ');

  return (
    <section className="panel" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('importScreen.file.title')}</h2>
      <div className="import-controls">
        {inElectron() ? (
          <button type="button" disabled={busy} aria-describedby={statusId} onClick={() => choose.mutate({ lang }, take)}>
            {t('importScreen.file.open')}
          </button>
        ) : (
          <div className="field">
            <label htmlFor={`${ids}-file`}>{t('importScreen.file.choose')}</label>
            <input
              ref={picker}
              id={`${ids}-file`}
              className="visually-hidden"
              type="file"
              tabIndex={-1}
              accept={WORKBOOK_TYPES}
              disabled={busy}
              onChange={onPick}
            />
            <button type="button" className="file-button" disabled={busy} aria-describedby={statusId} onClick={() => picker.current?.click()}>
              {t('importScreen.file.open')}
            </button>
          </div>
        )}
        <div className={`field${askedForParty ? ' field-error' : ''}`}>
          <label htmlFor={`${ids}-party`}>{t('importScreen.file.party')}</label>
          <select
            ref={partySelect}
            id={`${ids}-party`}
            value={partyId}
            onChange={(e) => onParty(e.target.value)}
            aria-describedby={partyDescribedBy}
            aria-invalid={askedForParty ? true : undefined}
          >
            <option value="">{t('importScreen.file.partyFromFile')}</option>
            {parties.map((p) => (
              <option key={p.id} value={p.id}>{p.name[lang]}</option>
            ))}
          </select>
          <p id={`${ids}-party-hint`} className="field-hint">{t('importScreen.file.partyHint')}</p>
          {partyRefusal && (
            <p id={`${ids}-party-error`} className="finding finding-error" role="alert">
              {errorText(partyRefusal)}
            </p>
          )}
        </div>
      </div>
      <p id={statusId} className="import-status" role="status" aria-live="polite">
        {busy ? t('importScreen.file.reading') : chosen ? t('importScreen.file.chosen', { file: chosen.file }) : t('importScreen.file.none')}
      </p>
      {error && <ErrorNotice error={error} />}
    </section>
  );
}
