import { localizeParams, paramWords } from '../domain/message-text';
import type { CheckedNomination } from '../domain/records';
import type { ReportContext } from './context';
import { sheetName, type ReportSheet } from './model';

// Every open finding of the election, as the cached findings hold them (the service computes them in bulk), with
// the message rendered in the reader's language exactly as the screen and `tizim check` render it.

export function findingSheets(rc: ReportContext, nominations: readonly CheckedNomination[]): ReportSheet[] {
  const { t } = rc;
  const c = (key: string): string => t(`report.column.${key}`);
  const words = paramWords((key, options) => t(key, options), rc.lang);
  const rows: ReportSheet['rows'] = [];
  for (const n of nominations) {
    for (const f of n.findings) {
      rows.push([
        n.fullName,
        n.iin,
        t(`rule.${f.rule}`, { defaultValue: f.rule }),
        t(`severity.${f.severity}`),
        f.field === undefined ? null : words.fieldLabel(f.field),
        t(f.messageKey, { ...localizeParams(f.params, words), defaultValue: f.messageKey }),
        f.legalRef === undefined ? null : t(f.legalRef, { defaultValue: f.legalRef }),
      ]);
    }
  }
  return [
    {
      name: sheetName(t('report.sheet.findings'), new Set()),
      columns: [
        { header: c('candidate'), width: 34 },
        { header: c('iin'), width: 15 },
        { header: c('rule'), width: 26 },
        { header: c('severity'), width: 14 },
        { header: c('field'), width: 20 },
        { header: c('message'), width: 60 },
        { header: c('legalRef'), width: 36 },
      ],
      rows,
    },
  ];
}
