import { quotaRequired } from '../domain/quota';
import type { ListSummary } from '../domain/records';
import type { ReportContext } from './context';
import { sheetName, type ReportSheet } from './model';

// Quota compliance: a row per list with its figures over the standing candidates, and, once seats are stored, the
// check of the mandate holders. The figures are the service's list summaries (the same the quota meter shows).

export function quotaSheets(rc: ReportContext, lists: readonly ListSummary[]): ReportSheet[] {
  const { t } = rc;
  const c = (key: string): string => t(`report.column.${key}`);
  const yes = t('report.yes');
  const no = t('report.no');
  const profile = rc.election.profile;
  return [
    {
      name: sheetName(t('report.sheet.quota'), new Set()),
      columns: [
        { header: c('party'), width: 24 },
        { header: c('listStatus'), width: 16 },
        { header: c('length'), width: 10, kind: 'count' },
        { header: c('limit'), width: 10, kind: 'count' },
        { header: c('women'), width: 10, kind: 'count' },
        { header: c('youth'), width: 10, kind: 'count' },
        { header: c('disabled'), width: 12, kind: 'count' },
        { header: c('quotaCount'), width: 12, kind: 'count' },
        { header: c('required'), width: 11, kind: 'count' },
        { header: c('share'), width: 10, kind: 'percent' },
        { header: c('compliant'), width: 11 },
        { header: c('seats'), width: 9, kind: 'count' },
        { header: c('designated'), width: 12, kind: 'count' },
        { header: c('holdersQuota'), width: 14, kind: 'count' },
        { header: c('holdersRequired'), width: 14, kind: 'count' },
      ],
      rows: lists.map((l) => {
        const q = l.quota;
        const seats = l.seats !== null && l.seats > 0 ? l.seats : null;
        return [
          l.short[rc.lang],
          t(`report.listStatus.${l.status}`),
          q.length,
          l.maxLength,
          q.women,
          q.youth,
          q.disabled,
          q.count,
          q.required,
          q.share,
          q.compliant ? yes : no,
          seats,
          seats === null ? null : (l.mandates?.designated ?? 0),
          seats === null ? null : (l.mandates?.quotaCount ?? 0),
          seats === null || !profile.mandateQuota ? null : quotaRequired(seats, profile.quotaShare),
        ];
      }),
    },
  ];
}
