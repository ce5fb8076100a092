import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ElectionView, ResultsView } from '../../../service/contract';
import { call } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useWords, type ServiceError } from '../../i18n/messages';
import { useResult } from '../../lib/useResult';
import { MandatesPanel } from './MandatesPanel';
import { readVotes, votesText } from './votes';

/** The vote: each list's votes and the "against all" votes in, the seats out; then each party's mandate holders. */
export function ResultsScreen({ election }: { election: ElectionView }) {
  const { t } = useWords();
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = useResult(`results:${election.id}`, () => call('results.get', { electionId: election.id }));
  const [results, setResults] = useState<ResultsView | null>(null);
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<ServiceError | null>(null);
  const [notice, setNotice] = useState('');
  useEffect(() => heading.current?.focus(), []);
  const first = loaded.state === 'ok' ? loaded.value : null;
  useEffect(() => {
    if (!first) return;
    setResults(first);
    const entries: [string, string][] = [
      ['against', votesText(first.againstAll)],
      ...first.lists.map((l): [string, string] => [String(l.partyId), votesText(l.votes)]),
    ];
    setTyped(Object.fromEntries(entries));
  }, [first]);

  if (loaded.state === 'loading' || (loaded.state === 'ok' && !results)) return <p role="status">{t('common.loading')}</p>;
  if (loaded.state === 'error' || !results)
    return loaded.state === 'error' ? <ErrorNotice error={loaded.error} onRetry={loaded.reload} /> : null;

  const value = (key: string): string => typed[key] ?? '';
  const wrong = (key: string): boolean => tried && readVotes(value(key)) === null;
  const set = (key: string, text: string): void => {
    setTyped((s) => ({ ...s, [key]: text }));
    setRefusal(null);
    setNotice('');
  };

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    setTried(true);
    if (busy || !results) return;
    const keys = ['against', ...results.lists.map((l) => String(l.partyId))];
    const bad = keys.find((k) => readVotes(typed[k] ?? '') === null);
    if (bad) {
      document.getElementById(`votes-${bad}`)?.focus();
      return;
    }
    setBusy(true);
    const result = await call('results.enter', {
      electionId: election.id,
      againstAll: readVotes(typed.against ?? '') ?? 0,
      votes: results.lists.map((l) => ({ partyId: l.partyId, votes: readVotes(typed[String(l.partyId)] ?? '') ?? 0 })),
    });
    setBusy(false);
    if (!result.ok) {
      setRefusal(result.error);
      return;
    }
    setResults(result.value);
    setNotice(t('results.saved'));
  }

  const known = results.lists.some((l) => l.votes !== null);
  const withSeats = results.lists.filter((l) => l.seats > 0);

  return (
    <section className="screen results-screen" aria-labelledby="results-title">
      <h1 id="results-title" tabIndex={-1} ref={heading}>{t('results.title')}</h1>
      <p className="section-hint">{t('results.hint', { mandates: results.mandates, threshold: Math.round(election.profile.threshold * 100) })}</p>
      {results.lists.length === 0 ? (
        <p className="section-hint">{t('results.noLists')}</p>
      ) : (
        <form className="panel votes-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="votes-title">
          <h2 id="votes-title">{t('results.votesTitle')}</h2>
          <div className="field-grid">
            {results.lists.map((l) => (
              <VotesField key={l.partyId} id={`votes-${l.partyId}`} label={t('results.votesOf', { party: l.shortName })}
                value={value(String(l.partyId))} wrong={wrong(String(l.partyId))} onChange={(v) => set(String(l.partyId), v)} />
            ))}
            <VotesField id="votes-against" label={t('results.againstAll')} value={value('against')} wrong={wrong('against')}
              onChange={(v) => set('against', v)} />
          </div>
          {refusal && <ErrorNotice error={refusal} />}
          <div className="actions">
            <button type="submit" className="primary" disabled={busy}>{t('results.compute')}</button>
          </div>
          <p role="status" className={notice ? 'notice notice-ok' : undefined}>{notice}</p>
        </form>
      )}
      {known && (
        <table className="data-table seats-table">
          <caption>{t('results.seatsCaption', { mandates: results.mandates })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('lists.column.party')}</th>
              <th scope="col" className="numeric">{t('results.votes')}</th>
              <th scope="col" className="numeric">{t('results.share')}</th>
              <th scope="col">{t('results.passed')}</th>
              <th scope="col" className="numeric">{t('lists.column.seats')}</th>
            </tr>
          </thead>
          <tbody>
            {results.lists.map((l) => (
              <tr key={l.partyId}>
                <th scope="row">{l.shortName}</th>
                <td className="numeric">{l.votes ?? '—'}</td>
                <td className="numeric">{(l.share * 100).toFixed(2)} %</td>
                <td>{l.passed ? t('results.yes') : t('results.no')}</td>
                <td className="numeric">{l.seats}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {known &&
        withSeats.map((l) => (
          <MandatesPanel key={`${l.partyId}:${l.seats}`} election={election} partyId={l.partyId} shortName={l.shortName} seats={l.seats} />
        ))}
    </section>
  );
}

function VotesField({ id, label, value, wrong, onChange }: { id: string; label: string; value: string; wrong: boolean; onChange: (v: string) => void }) {
  const { t } = useWords();
  return (
    <div className={`field field-${wrong ? 'error' : 'none'}`}>
      <span className="label-line">
        <label htmlFor={id}>{label}</label>
      </span>
      <input type="number" id={id} min={0} step={1} inputMode="numeric" value={value} aria-invalid={wrong ? true : undefined}
        aria-describedby={wrong ? `${id}-error` : undefined} onChange={(e) => onChange(e.target.value)} />
      {wrong && (
        <ul id={`${id}-error`} className="finding-list">
          <li className="finding finding-error">{t('results.votesInvalid')}</li>
        </ul>
      )}
    </div>
  );
}
