import type { Database } from 'better-sqlite3';
import type { BallotTallyRow } from '../domain/ballot';
import type { CheckedNomination, ListSummary, ReportId, ReportPreview } from '../domain/records';
import type { Lang } from '../domain/types';
import type { ElectionRecord } from '../ledger/elections';
import { reportContext, reportTitle } from './context';
import { districtSheets } from './districts';
import { findingSheets } from './findings';
import { journalSheets } from './journal';
import type { ReportBook } from './model';
import { partyListSheets } from './party-lists';
import { quotaSheets } from './quota';
import { statisticsSheets } from './statistics';
import { translator } from '../domain/i18n';
import { titleLines, writeWorkbook, type WritingSteps } from './workbook';

export type { ReportBook, ReportSheet } from './model';
export { WritingStopped, type WritingSteps } from './workbook';

export interface ReportRequest {
  report: ReportId;
  lang: Lang;
  order: 'submitted' | 'alphabetical';
  actor: string;
  now: Date;
}

/**
 * What the reports need that the service computes (and caches) itself: every list's quota summary and the findings
 * of every nomination. Passed in, so that reports read the ledger and the domain and nothing above them.
 */
export interface ReportSources {
  lists(): ListSummary[];
  findings(): CheckedNomination[];
  /** How many standing nominations' ballot data is verified, waiting or differing, by kind, list and district. */
  ballot(): BallotTallyRow[];
}

/** The whole report as a model: its title block and its sheets, read from the ledger in a few bulk queries. */
export function buildReport(db: Database, election: ElectionRecord, request: ReportRequest, sources: ReportSources): ReportBook {
  const rc = reportContext(db, election, request.lang, request.order);
  // One read transaction: the head hash in the title and the rows are from the same state of the ledger.
  return db.transaction(() => {
    const title = reportTitle(rc, request.report, request.actor, request.now);
    const sheets = (() => {
      switch (request.report) {
        case 'party-lists':
          return partyListSheets(rc);
        case 'districts':
          return districtSheets(rc);
        case 'quota':
          return quotaSheets(rc, sources.lists());
        case 'statistics':
          return statisticsSheets(rc, sources.ballot());
        case 'findings':
          return findingSheets(rc, sources.findings());
        case 'journal':
          return journalSheets(rc);
      }
    })();
    return { report: request.report, title, sheets };
  })();
}

/** Writes the report as .xlsx to the stream; resolves with its number of data rows. `steps`: who follows it. */
export function exportWorkbook(book: ReportBook, lang: Lang, out: NodeJS.WritableStream, steps?: WritingSteps): Promise<number> {
  const t = translator(lang, 'core');
  return writeWorkbook(book, out, { generated: t('report.generated'), journal: (seq, hash) => t('report.journalHead', { seq, hash }) }, lang, steps);
}

/** The first rows of the report's first sheet, as the reports screen previews them. */
export function previewOf(book: ReportBook, limit: number): ReportPreview {
  const sheet = book.sheets[0];
  return {
    report: book.report,
    title: book.title,
    sheet: sheet?.name ?? '',
    columns: sheet?.columns.map((c) => c.header) ?? [],
    kinds: sheet?.columns.map((c) => c.kind ?? 'text') ?? [],
    rows: sheet?.rows.slice(0, limit) ?? [],
    total: sheet?.rows.length ?? 0,
  };
}

export { titleLines };
