import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useWords } from '../../i18n/messages';
import { formatMoment } from '../../lib/dates';
import { useDebounced } from '../../lib/useDebounced';
import { serviceError } from '../../queries/client';
import { journalPage } from '../../queries/journal';
import { ChangeList } from './ChangeList';
import { JournalFilters } from './JournalFilters';
import { journalQuery, NO_JOURNAL_FILTERS, type JournalFilterDraft } from './journal-filters';
import { journalDetail } from './journal-detail';
import { shortHash } from './short-hash';
import { VerifyPanel } from './VerifyPanel';

const PAGE = 50;

export function JournalScreen() {
  const words = useWords();
  const { t, number, lang } = words;
  const [offset, setOffset] = useState(0);
  const [filters, setFilters] = useState<JournalFilterDraft>(NO_JOURNAL_FILTERS);
  // Typed filters are asked once the clerk pauses; chosen ones at once.
  const typed = useDebounced(JSON.stringify({ query: filters.query, iin: filters.iin, from: filters.from, to: filters.to }), 300);
  const query = useMemo(() => journalQuery({ ...filters, ...(JSON.parse(typed) as Partial<JournalFilterDraft>) }), [filters, typed]);
  const page = journalPage.useQuery(query, offset, PAGE);
  const error = serviceError(page.error);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const total = page.data?.total ?? 0;
  const rows = page.data?.rows ?? [];
  const filtered = Object.keys(query).length > 0;

  const change = (next: JournalFilterDraft): void => {
    setFilters(next);
    setOffset(0);
  };
  const toRows = (e: KeyboardEvent<HTMLElement>): void => {
    if (e.key === 'ArrowDown' && e.target instanceof HTMLInputElement && e.target.id === 'journal-query') {
      const first = document.querySelector<HTMLElement>('.journal-table tbody tr');
      if (first) {
        e.preventDefault();
        first.focus();
      }
    }
  };

  return (
    <section className="screen" aria-labelledby="journal-title" onKeyDown={toRows}>
      <h1 id="journal-title" tabIndex={-1} ref={heading}>
        {t('journal.title')}
      </h1>
      <VerifyPanel />
      <h2>{t('journal.entries')}</h2>
      <JournalFilters filters={filters} onChange={change} />
      {page.isPending && <p role="status">{t('common.loading')}</p>}
      {error && <ErrorNotice error={error} onRetry={() => void page.refetch()} />}
      {page.data && total === 0 && <p role="status">{filtered ? t('journal.noneFound') : t('journal.empty')}</p>}
      {rows.length > 0 && (
        <table className="data-table journal-table">
          <thead>
            <tr>
              <th scope="col" className="numeric">{t('journal.seq')}</th>
              <th scope="col">{t('journal.at')}</th>
              <th scope="col">{t('journal.actor')}</th>
              <th scope="col">{t('journal.action')}</th>
              <th scope="col">{t('journal.entity')}</th>
              <th scope="col" className="numeric">{t('journal.entityId')}</th>
              <th scope="col">{t('journal.subject')}</th>
              <th scope="col">{t('journal.hash')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.seq} tabIndex={-1}>
                <th scope="row" className="numeric">{r.seq}</th>
                <td>{formatMoment(r.at)}</td>
                <td>{r.actor}</td>
                <td>{t(`action.${r.action}`, { defaultValue: r.action })}</td>
                <td>{t(`entity.${r.entity}`, { defaultValue: r.entity })}</td>
                <td className="numeric">{r.entityId ?? '—'}</td>
                <td>
                  {journalDetail(r, words, lang)}
                  <ChangeList changes={r.changes} />
                </td>
                <td><code title={r.hash}>{shortHash(r.hash)}</code></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {total > 0 && (
        <nav className="pager" aria-label={t('journal.pages')}>
          <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
            {t('journal.newer')}
          </button>
          <span>
            {t('journal.range', {
              from: number(offset + 1),
              to: number(Math.min(total, offset + rows.length)),
              total: number(total),
            })}
          </span>
          <button type="button" disabled={offset + PAGE >= total} onClick={() => setOffset(offset + PAGE)}>
            {t('journal.older')}
          </button>
        </nav>
      )}
    </section>
  );
}
