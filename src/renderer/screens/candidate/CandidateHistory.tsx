import type { Finding } from '../../../domain/finding';
import { formatDate } from '../../../domain/dates';
import type { DecisionView } from '../../../service/contract';
import { call } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useWords, type Words } from '../../i18n/messages';
import { formatMoment } from '../../lib/dates';
import { useResult } from '../../lib/useResult';
import { journalDetail } from '../journal/journal-detail';

/**
 * The grounds of a decision as a reader needs them: each cited rule by the words of the finding it came from (the
 * decision's own record first, then the candidate's findings now), else by the rule's name in the catalog, else by
 * its id; then the commission's text.
 */
function groundsText(d: DecisionView, current: readonly Finding[], words: Words): string {
  const said = d.grounds.rules.map((rule) => {
    const f = d.findings.find((x) => x.rule === rule) ?? current.find((x) => x.rule === rule);
    return f ? words.findingText(f) : words.t(`rule.${rule}`, { defaultValue: rule });
  });
  return [...said, d.grounds.text].filter((s) => s.trim() !== '').join('; ');
}

/** The nomination's story: the commission's decisions, then every journal row about it and its person. */
export function CandidateHistory({ nominationId, version, findings }: { nominationId: number; version: number; findings: readonly Finding[] }) {
  const words = useWords();
  const { t, lang } = words;
  const history = useResult(`history:${nominationId}:${version}`, () => call('nominations.history', { id: nominationId }));
  return (
    <section className="form-section history" aria-labelledby="history-title">
      <h2 id="history-title">{t('history.title')}</h2>
      {history.state === 'loading' && <p role="status">{t('common.loading')}</p>}
      {history.state === 'error' && <ErrorNotice error={history.error} onRetry={history.reload} />}
      {history.state === 'ok' && (
        <>
          <h3 id="history-decisions">{t('history.decisions')}</h3>
          {history.value.decisions.length === 0 ? (
            <p className="section-hint">{t('history.noDecisions')}</p>
          ) : (
            <table className="data-table" aria-labelledby="history-decisions">
              <thead>
                <tr>
                  <th scope="col">{t('history.decision')}</th>
                  <th scope="col">{t('history.resolution')}</th>
                  <th scope="col">{t('history.date')}</th>
                  <th scope="col">{t('history.actor')}</th>
                  <th scope="col">{t('history.grounds')}</th>
                </tr>
              </thead>
              <tbody>
                {history.value.decisions.map((d) => (
                  <tr key={d.id}>
                    <th scope="row">{t(`decision.${d.decision}`)}</th>
                    <td>{d.resolutionNumber}</td>
                    <td>{formatDate(d.resolutionDate)}</td>
                    <td>{d.actor}</td>
                    <td>{groundsText(d, findings, words) || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h3 id="history-journal">{t('history.journal')}</h3>
          <table className="data-table" aria-labelledby="history-journal">
            <thead>
              <tr>
                <th scope="col">{t('journal.at')}</th>
                <th scope="col">{t('journal.actor')}</th>
                <th scope="col">{t('journal.action')}</th>
                <th scope="col">{t('journal.subject')}</th>
              </tr>
            </thead>
            <tbody>
              {history.value.journal.map((r) => (
                <tr key={r.seq}>
                  <td>{formatMoment(r.at)}</td>
                  <td>{r.actor}</td>
                  <td>{t(`action.${r.action}`, { defaultValue: r.action })}</td>
                  <td>{journalDetail(r, words, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
