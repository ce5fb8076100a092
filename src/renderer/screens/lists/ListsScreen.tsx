import { useEffect, useRef } from 'react';
import type { ElectionView, ListSummary } from '../../../service/contract';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useWords } from '../../i18n/messages';
import { serviceError } from '../../queries/client';
import type { ElectionData } from '../../queries/elections';
import { listSummaries } from '../../queries/lists';
import { percent } from './list-order';

interface Props {
  election: ElectionView;
  data: ElectionData;
  onOpen: (partyId: number) => void;
  /** A party with no candidate on a list yet: its list starts with the candidate form. */
  onStart: (partyId: number) => void;
}

/** Every party's list: its status, its length against the limit, its quota and, after the vote, its seats. */
export function ListsScreen({ election, data, onOpen, onStart }: Props) {
  const { t, lang, percent: asPercent } = useWords();
  const heading = useRef<HTMLHeadingElement>(null);
  const lists = listSummaries.useQuery(election.id);
  const error = serviceError(lists.error);
  useEffect(() => heading.current?.focus(), []);

  // A party with no candidate standing has submitted no list: it is shown empty, to start its list from.
  const summaries = (lists.data ?? []).filter((s) => s.status !== 'empty');
  const withoutList = data.parties.filter((p) => !summaries.some((s) => s.partyId === p.id));

  const quotaText = (s: ListSummary): string =>
    `${t('lists.quota.short', { persons: s.quota.count, required: s.quota.required, percent: asPercent(percent(s.quota.share) / 100) })} — ${
      s.quota.compliant ? t('lists.quota.compliant') : t('lists.quota.missing', { missing: s.quota.missing })}`;

  return (
    <section className="screen lists-screen" aria-labelledby="lists-title">
      <h1 id="lists-title" tabIndex={-1} ref={heading}>{t('lists.title')}</h1>
      <p className="section-hint">{t('lists.hint', { mandates: election.listMandates, max: election.maxListLength })}</p>
      {lists.isPending && <p role="status">{t('common.loading')}</p>}
      {error && <ErrorNotice error={error} onRetry={() => void lists.refetch()} />}
      {lists.data && (
        <table className="data-table">
          <caption className="visually-hidden">{t('lists.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('lists.column.party')}</th>
              <th scope="col">{t('table.column.status')}</th>
              <th scope="col" className="numeric">{t('lists.column.length')}</th>
              <th scope="col">{t('lists.column.quota')}</th>
              <th scope="col" className="numeric">{t('lists.column.seats')}</th>
              <th scope="col">{t('table.column.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {summaries.map((s) => {
              const party = s.name[lang] || s.short[lang];
              return (
                <tr key={s.partyId}>
                  <th scope="row">{party}</th>
                  <td>{t(`lists.status.${s.status}`)}</td>
                  <td className={`numeric${s.quota.length > s.maxLength ? ' checks-error' : ''}`}>
                    {t('lists.lengthOf', { length: s.quota.length, max: s.maxLength })}
                  </td>
                  <td className={s.quota.compliant ? 'quota-ok' : 'quota-short'}>{quotaText(s)}</td>
                  <td className="numeric">{s.seats ?? '—'}</td>
                  <td>
                    <button type="button" aria-label={t('lists.openNamed', { party })} onClick={() => onOpen(s.partyId)}>
                      {t('lists.open')}
                    </button>
                  </td>
                </tr>
              );
            })}
            {withoutList.map((p) => {
              const party = p.name[lang] || p.short[lang];
              return (
                <tr key={`party-${p.id}`}>
                  <th scope="row">{party}</th>
                  <td>{t('lists.status.empty')}</td>
                  <td className="numeric">{t('lists.lengthOf', { length: 0, max: election.maxListLength })}</td>
                  <td>—</td>
                  <td className="numeric">—</td>
                  <td>
                    <button type="button" aria-label={t('lists.startNamed', { party })} onClick={() => onStart(p.id)}>
                      {t('lists.start')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
