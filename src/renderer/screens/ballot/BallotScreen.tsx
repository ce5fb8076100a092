import { useState } from 'react';
import type { BallotField } from '../../../domain/ballot';
import { formatDate } from '../../../domain/dates';
import { fullName } from '../../../domain/names';
import type { CandidateRow, ElectionView, OutputOf } from '../../../service/contract';
import { useWords } from '../../i18n/messages';
import { said, type Said } from '../../i18n/said';
import { useCan } from '../../lib/user';
import { ballotDifferences, ballotQueue } from '../../queries/ballot';
import { BallotWorkbook } from './BallotWorkbook';
import { ResolveDialog } from './ResolveDialog';
import { SecondEntryForm } from './SecondEntryForm';

type QueuedNomination = OutputOf<'ballot.queue'>['rows'][number];
type SecondEntryOutcome = OutputOf<'ballot.enter'>;

/** What the last step came to: a second entry names the fields that differ (never a value); a resolution, its kind. */
type Outcome = { entry: SecondEntryOutcome } | { said: Said };

/**
 * Four eyes on ballot data (issue 13): the nominations waiting for this user's second entry, each named by its
 * number, kind and receipt so that the clerk types from its papers; and, for a secretary, those whose entries differ.
 */
export function BallotScreen({ election }: { election: ElectionView }) {
  const { t, fieldLabel, say } = useWords();
  const can = useCan();
  const queue = ballotQueue.useQuery(election.id);
  const differences = ballotDifferences.useQuery(election.id, can('secretary'));
  const [entering, setEntering] = useState<QueuedNomination | null>(null);
  const [resolving, setResolving] = useState<CandidateRow | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const fieldsText = (fields: readonly BallotField[]): string => fields.map((f) => `«${fieldLabel(f)}»`).join(', ');
  const outcomeText = (o: Outcome): string =>
    'said' in o
      ? say(o.said)
      : o.entry.state === 'differs'
        ? t('ballot.outcome.differs', { number: o.entry.nominationId, fields: fieldsText(o.entry.differing), count: o.entry.differing.length })
        : t('ballot.outcome.verified', { number: o.entry.nominationId });

  const rows = queue.data?.rows ?? [];
  const yours = queue.data?.yours ?? 0;
  return (
    <section className="screen ballot-screen" aria-labelledby="ballot-title">
      <h1 id="ballot-title" tabIndex={-1}>
        {t('ballot.title')}
      </h1>
      <p className="section-hint">{t('ballot.hint')}</p>
      <p className="notice notice-ok" role="status" hidden={outcome === null}>
        {outcome && outcomeText(outcome)}
      </p>

      {can('secretary') && (
        <section className="panel" aria-labelledby="ballot-differences">
          <h2 id="ballot-differences">{t('ballot.differencesTitle')}</h2>
          {(differences.data?.rows.length ?? 0) === 0 ? (
            <p className="section-hint">{t('ballot.noDifferences')}</p>
          ) : (
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('ballot.column.candidate')}</th>
                  <th scope="col">{t('ballot.column.kind')}</th>
                  <th scope="col">{t('ballot.column.action')}</th>
                </tr>
              </thead>
              <tbody>
                {differences.data?.rows.map((r) => (
                  <tr key={r.nominationId}>
                    <td>{fullName(r)}</td>
                    <td>{t(`kind.${r.kind}`)}</td>
                    <td>
                      <button type="button" onClick={() => setResolving(r)} aria-label={t('ballot.compareLabel', { name: fullName(r) })}>
                        {t('ballot.compare')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}

      <section className="panel" aria-labelledby="ballot-queue">
        <h2 id="ballot-queue">{t('ballot.queueTitle')}</h2>
        {rows.length === 0 ? <p className="section-hint">{t('ballot.queueEmpty')}</p> : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('ballot.column.number')}</th>
                <th scope="col">{t('ballot.column.kind')}</th>
                <th scope="col">{t('ballot.column.received')}</th>
                <th scope="col">{t('ballot.column.fields')}</th>
                <th scope="col">{t('ballot.column.action')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.nominationId}>
                  <td>{t('ballot.nominationNumber', { number: r.nominationId })}</td>
                  <td>{t(`kind.${r.kind}`)}</td>
                  <td>{`${formatDate(r.receivedOn)} ${r.receivedTime}`.trim()}</td>
                  <td>{r.fields.map((f) => fieldLabel(f)).join(', ')}</td>
                  <td>
                    <button type="button" onClick={() => { setOutcome(null); setEntering(r); }}
                      aria-label={t('ballot.enterLabel', { number: r.nominationId })}>
                      {t('ballot.enter')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {yours > 0 && <p className="section-hint">{t('ballot.yours', { count: yours })}</p>}
      </section>

      {entering && (
        <SecondEntryForm
          key={entering.nominationId}
          election={election}
          queued={entering}
          onCancel={() => setEntering(null)}
          onDone={(entry) => {
            setEntering(null);
            setOutcome({ entry });
          }}
        />
      )}
      {resolving && (
        <ResolveDialog
          election={election}
          row={resolving}
          onClose={() => setResolving(null)}
          onDone={(accepted) => {
            setOutcome({ said: said(`ballot.resolved.${accepted}`, { name: fullName(resolving) }) });
            setResolving(null);
          }}
        />
      )}
      <BallotWorkbook election={election} onSaid={(s) => setOutcome({ said: s })} />
    </section>
  );
}
