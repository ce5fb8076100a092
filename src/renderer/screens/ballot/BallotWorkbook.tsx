import { useState } from 'react';
import type { BallotField } from '../../../domain/ballot';
import type { ElectionView } from '../../../service/contract';
import type { ChosenFile } from '../../api/import';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useWords } from '../../i18n/messages';
import { said, type Said } from '../../i18n/said';
import { ballotWorkbookCommit, ballotWorkbookPreview } from '../../queries/ballot';
import { serviceError } from '../../queries/client';
import { useElectionData } from '../../queries/elections';
// Through screens/: a path beginning «../imports» reads to the lint as the imports layer.
import { FilePanel } from '../../screens/imports/FilePanel';

const OUTCOMES = ['verified', 'differs', 'unmatched', 'yours', 'done', 'invalid'] as const;

/**
 * A second workbook, typed by this clerk from the same papers as the first: each row a second entry of the candidate
 * with its IIN. The preview names the rows and fields that differ, never what the first entry says.
 */
export function BallotWorkbook({ election, onSaid }: { election: ElectionView; onSaid: (s: Said) => void }) {
  const { t, fieldLabel, number } = useWords();
  const { parties } = useElectionData(election.id);
  const [chosen, setChosen] = useState<ChosenFile | null>(null);
  const [partyId, setPartyId] = useState('');
  const party = partyId === '' ? null : Number(partyId);
  const preview = ballotWorkbookPreview.useQuery(election.id, chosen?.fileId ?? null, party);
  const commit = ballotWorkbookCommit.useMutation(election.id);
  const error = serviceError(preview.error) ?? serviceError(commit.error);
  const p = preview.data;
  const listed = p?.rows.filter((r) => r.outcome !== 'verified') ?? [];
  const toEnter = p ? p.counts.verified + p.counts.differs : 0;
  const fields = (fs: readonly BallotField[]): string => fs.map((f) => `«${fieldLabel(f)}»`).join(', ');

  const save = (): void => {
    if (!p || !chosen) return;
    commit.mutate(
      { electionId: election.id, fileId: chosen.fileId, digest: p.digest, ...(party !== null ? { partyId: party } : {}) },
      {
        onSuccess: (done) => {
          setChosen(null);
          onSaid(said('ballot.workbook.saved', { file: done.file, verified: done.counts.verified, differs: done.counts.differs }));
        },
      },
    );
  };

  return (
    <section className="panel" aria-labelledby="ballot-workbook">
      <h2 id="ballot-workbook">{t('ballot.workbook.title')}</h2>
      <p className="section-hint">{t('ballot.workbook.hint')}</p>
      <FilePanel electionId={election.id} parties={parties} chosen={chosen} onChosen={setChosen} partyId={partyId} onParty={setPartyId} partyRefusal={null} />
      {error && <ErrorNotice error={error} />}
      {p && (
        <>
          <ul className="ballot-counts" aria-label={t('ballot.workbook.countsLabel', { file: p.file })}>
            {OUTCOMES.filter((o) => p.counts[o] > 0).map((o) => (
              <li key={o}>{t(`ballot.workbook.count.${o}`, { n: number(p.counts[o]) })}</li>
            ))}
          </ul>
          {listed.length > 0 && (
            <table className="data-table">
              <caption>{t('ballot.workbook.rowsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('ballot.workbook.column.row')}</th>
                  <th scope="col">{t('ballot.workbook.column.iin')}</th>
                  <th scope="col">{t('ballot.workbook.column.outcome')}</th>
                </tr>
              </thead>
              <tbody>
                {listed.map((r) => (
                  <tr key={r.row}>
                    <td>{r.row}</td>
                    <td>{r.iin || '—'}</td>
                    <td>{t(`ballot.workbook.outcome.${r.outcome}`, { fields: fields(r.fields) })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className="actions">
            <button type="button" className="primary" disabled={toEnter === 0 || commit.isPending} onClick={save}>
              {t('ballot.workbook.save', { n: number(toEnter) })}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
