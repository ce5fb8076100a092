import { useState } from 'react';
import { DOCUMENTS, type DocumentCode } from '../../../domain/types';
import type { ElectionView, ListView } from '../../../service/contract';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectField } from '../../components/fields';
import { useWords } from '../../i18n/messages';
import { serviceError } from '../../queries/client';
import { listMarkDocuments } from '../../queries/lists';
import { said, type Said } from '../../i18n/said';

interface Props {
  election: ElectionView;
  list: ListView;
  /** The candidates ticked in the table. */
  selected: ReadonlySet<number>;
  /** What the marking did, for the editor to say at the top. */
  onMarked: (notice: Said) => void;
}

/**
 * One document marked received for the ticked candidates, or for the whole list, in one step: a list of 23 no longer
 * asks for 160 selects. Candidates of whom the rules do not require the document are left as they are.
 */
export function BulkDocuments({ election, list, selected, onMarked }: Props) {
  const { t } = useWords();
  const asked = new Set<DocumentCode>([...election.profile.documents['party-list'], 'disability-certificate']);
  const documents = DOCUMENTS.filter((d) => asked.has(d));
  const [document, setDocument] = useState<DocumentCode>(documents[0] ?? 'application');
  const mark = listMarkDocuments.useMutation(election.id);
  const error = serviceError(mark.error);
  const chosen = list.members.filter((m) => selected.has(m.nominationId)).map((m) => m.nominationId);

  const run = async (nominationIds: number[] | undefined): Promise<void> => {
    let done;
    try {
      done = await mark.mutateAsync({
        electionId: election.id,
        partyId: list.partyId,
        documents: [document],
        state: 'received',
        ...(nominationIds ? { nominationIds } : {}),
      });
    } catch {
      return; // the refusal is the mutation's error, shown below
    }
    // Said in the language of the moment: the document's name too.
    const name = said(`document.${document}`);
    onMarked(
      done.notRequired > 0
        ? said('lists.documents.doneSkipped', { document: name, changed: done.changed, skipped: done.notRequired })
        : said('lists.documents.done', { document: name, changed: done.changed }),
    );
  };

  return (
    <fieldset className="panel bulk-documents">
      <legend>{t('lists.documents.title')}</legend>
      <p className="section-hint">{t('lists.documents.hint')}</p>
      <SelectField id="bulk-document" label={t('lists.documents.document')} value={document}
        choices={documents.map((d) => ({ value: d, label: t(`document.${d}`) }))} onChange={(v) => setDocument(v as DocumentCode)} />
      <div className="actions">
        <button type="button" disabled={mark.isPending || chosen.length === 0} onClick={() => void run(chosen)}>
          {t('lists.documents.markSelected', { selected: chosen.length })}
        </button>
        <button type="button" disabled={mark.isPending} onClick={() => void run(undefined)}>
          {t('lists.documents.markAll')}
        </button>
      </div>
      {error && <ErrorNotice error={error} />}
    </fieldset>
  );
}
