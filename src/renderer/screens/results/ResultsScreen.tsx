import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ElectionView, ResultsView } from '../../../service/contract';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FindingText } from '../../components/fields';
import { useWords } from '../../i18n/messages';
import { said, type Said } from '../../i18n/said';
import { serviceError } from '../../queries/client';
import { results, resultsEnter } from '../../queries/results';
import { MandatesPanel } from './MandatesPanel';
import { readVotes, votesText } from './votes';
import { formKeys } from '../../lib/form-keys';

/** The vote: each list's votes and the "against all" votes in, the seats out; then each party's mandate holders. */
export function ResultsScreen({ election }: { election: ElectionView }) {
  const { t, lang, number, percent } = useWords();
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = results.useQuery(election.id);
  const [notice, setNotice] = useState<Said | null>(null);
  useEffect(() => heading.current?.focus(), []);

  const error = serviceError(loaded.error);
  const view = loaded.data;
  if (!view) return error ? <ErrorNotice error={error} onRetry={() => void loaded.refetch()} /> : <p role="status">{t('common.loading')}</p>;

  const known = view.lists.some((l) => l.votes !== null);
  const withSeats = view.lists.filter((l) => l.seats > 0);
  // A list that won more seats than it has registered candidates, and where those seats went.
  const notes = view.lists.flatMap((l) => l.findings.map((finding) => ({ party: l.shortName, finding })));

  return (
    <section className="screen results-screen" aria-labelledby="results-title">
      <h1 id="results-title" tabIndex={-1} ref={heading}>{t('results.title')}</h1>
      <p className="section-hint">{t('results.hint', { mandates: number(view.mandates), threshold: percent(election.profile.threshold) })}</p>
      {view.lists.length === 0 ? (
        <p className="section-hint">{t('results.noLists')}</p>
      ) : (
        // The votes as the ledger holds them: a form opened afresh whenever they change there.
        <VotesForm key={JSON.stringify(typedOf(view))} election={election} results={view} notice={notice} onNotice={setNotice} />
      )}
      {known && (
        <table className="data-table seats-table">
          <caption>{t('results.seatsCaption', { mandates: number(view.mandates) })}</caption>
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
            {view.lists.map((l) => (
              <tr key={l.partyId}>
                <th scope="row">{l.short[lang]}</th>
                <td className="numeric">{l.votes === null ? '—' : number(l.votes)}</td>
                <td className="numeric">{percent(l.share, 2)}</td>
                <td>{l.passed ? t('results.yes') : t('results.no')}</td>
                <td className="numeric">{number(l.seats)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {known && (notes.length > 0 || view.vacant > 0) && (
        <section className="panel" aria-labelledby="seat-findings-title">
          <h2 id="seat-findings-title">{t('results.seatFindings')}</h2>
          <ul className="finding-list">
            {notes.map(({ party, finding }, i) => (
              <li key={`${finding.rule}-${i}`} className={`finding finding-${finding.severity}`}>
                <span className="finding-severity">{t(`severity.${finding.severity}`)}: </span>
                {t('results.ofList', { party })} <FindingText finding={finding} />
              </li>
            ))}
          </ul>
          {view.vacant > 0 && <p className="quota-short">{t('results.vacant', { count: view.vacant })}</p>}
        </section>
      )}
      {known &&
        withSeats.map((l) => (
          <MandatesPanel key={`${l.partyId}:${l.seats}`} election={election} partyId={l.partyId} shortName={l.short[lang]} seats={l.seats} />
        ))}
    </section>
  );
}

/** The votes as the form holds them: text by list (party id) and "against". */
function typedOf(view: ResultsView): Record<string, string> {
  return Object.fromEntries([
    ['against', votesText(view.againstAll)],
    ...view.lists.map((l): [string, string] => [String(l.partyId), votesText(l.votes)]),
  ]);
}

interface VotesFormProps {
  election: ElectionView;
  results: ResultsView;
  /** What the last entry did; it outlives the form, which opens afresh with the votes entered. */
  notice: Said | null;
  onNotice: (notice: Said | null) => void;
}

function VotesForm({ election, results: view, notice, onNotice }: VotesFormProps) {
  const { t, lang, say } = useWords();
  const [typed, setTyped] = useState(() => typedOf(view));
  const [tried, setTried] = useState(false);
  const enter = resultsEnter.useMutation(election.id);
  const refusal = serviceError(enter.error);

  const value = (key: string): string => typed[key] ?? '';
  const wrong = (key: string): boolean => tried && readVotes(value(key)) === null;
  const set = (key: string, text: string): void => {
    setTyped((s) => ({ ...s, [key]: text }));
    enter.reset();
    onNotice(null);
  };

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    setTried(true);
    if (enter.isPending) return;
    const keys = ['against', ...view.lists.map((l) => String(l.partyId))];
    const bad = keys.find((k) => readVotes(typed[k] ?? '') === null);
    if (bad) {
      document.getElementById(`votes-${bad}`)?.focus();
      return;
    }
    try {
      await enter.mutateAsync({
        againstAll: readVotes(typed.against ?? '') ?? 0,
        votes: view.lists.map((l) => ({ partyId: l.partyId, votes: readVotes(typed[String(l.partyId)] ?? '') ?? 0 })),
      });
    } catch {
      return; // the refusal is the mutation's error, shown below
    }
    onNotice(said('results.saved'));
  }

  return (
    <form className="panel votes-form" onSubmit={(e) => void submit(e)} onKeyDown={formKeys} noValidate aria-labelledby="votes-title">
      <h2 id="votes-title">{t('results.votesTitle')}</h2>
      <div className="field-grid">
        {view.lists.map((l) => (
          <VotesField key={l.partyId} id={`votes-${l.partyId}`} label={t('results.votesOf', { party: l.short[lang] })}
            value={value(String(l.partyId))} wrong={wrong(String(l.partyId))} onChange={(v) => set(String(l.partyId), v)} />
        ))}
        <VotesField id="votes-against" label={t('results.againstAll')} value={value('against')} wrong={wrong('against')}
          onChange={(v) => set('against', v)} />
      </div>
      {refusal && <ErrorNotice error={refusal} />}
      <div className="actions">
        <button type="submit" className="primary" disabled={enter.isPending}>{t('results.compute')}</button>
      </div>
      <p role="status" className={notice ? 'notice notice-ok' : undefined}>{say(notice)}</p>
    </form>
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
