import type { Finding } from '../../../domain/finding';
import { formatDate } from '../../../domain/dates';
import type { DecisionView } from '../../../service/contract';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useWords, type Words } from '../../i18n/messages';
import { formatMoment } from '../../lib/dates';
import { nominationHistory } from '../../queries/candidates';
import { serviceError } from '../../queries/client';
import { ChangeList } from '../journal/ChangeList';
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

/** A decision's corrections, each with what it replaced, who made it, when and why. */
function correctionsText(d: DecisionView, words: Words): string[] {
  return d.corrections.map((c) =>
    words.t('history.correction', {
      fromNumber: c.from.resolutionNumber,
      fromDate: formatDate(c.from.resolutionDate),
      toNumber: c.to.resolutionNumber,
      toDate: formatDate(c.to.resolutionDate),
      actor: c.actor,
      at: formatMoment(c.at),
      reason: c.reason,
    }),
  );
}

/** The nomination's story: the commission's decisions, then every journal row about it and its person. */
interface Props {
  electionId: number;
  nominationId: number;
  findings: readonly Finding[];
  /** Opens the correction of a decision's number or date (none for an entry that may not be corrected). */
  onCorrect?: (decision: DecisionView) => void;
}

export function CandidateHistory({ electionId, nominationId, findings, onCorrect }: Props) {
  const words = useWords();
  const { t, lang } = words;
  const history = nominationHistory.useQuery(electionId, nominationId);
  const error = serviceError(history.error);
  return (
    <section className="form-section history" aria-labelledby="history-title">
      <h2 id="history-title">{t('history.title')}</h2>
      {history.isPending && <p role="status">{t('common.loading')}</p>}
      {error && <ErrorNotice error={error} onRetry={() => void history.refetch()} />}
      {history.data && (
        <>
          <h3 id="history-decisions">{t('history.decisions')}</h3>
          {history.data.decisions.length === 0 ? (
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
                  <th scope="col">{t('history.corrections')}</th>
                  {onCorrect && (
                    <th scope="col">
                      <span className="visually-hidden">{t('history.actions')}</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {history.data.decisions.map((d) => (
                  <tr key={d.id}>
                    <th scope="row">{t(`decision.${d.decision}`)}</th>
                    <td>{d.resolutionNumber}</td>
                    <td>{formatDate(d.resolutionDate)}</td>
                    <td>{d.actor}</td>
                    <td>{groundsText(d, findings, words) || '—'}</td>
                    <td>
                      {d.corrections.length === 0 ? '—' : (
                        <ul className="change-list">
                          {correctionsText(d, words).map((line, i) => <li key={d.corrections[i]?.id ?? i}>{line}</li>)}
                        </ul>
                      )}
                    </td>
                    {onCorrect && (
                      <td>
                        <button type="button" onClick={() => onCorrect(d)}
                          aria-label={t('history.correctNamed', { decision: t(`decision.${d.decision}`), number: d.resolutionNumber })}>
                          {t('history.correct')}
                        </button>
                      </td>
                    )}
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
              {history.data.journal.map((r) => (
                <tr key={r.seq}>
                  <td>{formatMoment(r.at)}</td>
                  <td>{r.actor}</td>
                  <td>{t(`action.${r.action}`, { defaultValue: r.action })}</td>
                  <td>
                    {journalDetail(r, words, lang)}
                    <ChangeList changes={r.changes} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
