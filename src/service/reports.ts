import type { ReportPreview } from '../domain/records';
import { getElection } from '../ledger/elections';
import { buildReport, exportWorkbook, previewOf, type ReportBook } from '../reports';
import type { Context, ServiceOptions } from './context';
import { electionFindings } from './election-findings';
import { listHandlers } from './lists';
import { Refusal } from './result';
import type { ParsedInput } from './schemas';

// The reports: the same model for the preview on the screen and for the streamed .xlsx. The service hands the
// reports what it computes and caches itself (the lists' quota, the findings), so each is computed once.

type ReportInput = ParsedInput<'reports.export'>;

export function reportBook(input: ReportInput, ctx: Context, options: ServiceOptions): ReportBook {
  const election = getElection(ctx.db, input.electionId);
  if (!election) throw new Refusal({ code: 'not-found', messageKey: 'error.notFound', field: 'electionId' });
  const now = (options.now ?? (() => new Date()))();
  return buildReport(
    ctx.db,
    election,
    { report: input.report, lang: input.lang, order: input.order, actor: options.actor, now },
    {
      lists: () => listHandlers['lists.list']({ electionId: input.electionId }, ctx),
      findings: () => electionFindings(ctx.db, election, ctx.today()).nominations,
    },
  );
}

export function reportHandlers(options: ServiceOptions) {
  return {
    'reports.preview': (input: ParsedInput<'reports.preview'>, ctx: Context): ReportPreview =>
      previewOf(reportBook(input, ctx, options), input.limit),
  };
}

/** Writes the report to the stream; rejects when the stream fails, so the caller never waits on a dead socket. */
export function writeReport(book: ReportBook, input: ReportInput, out: NodeJS.WritableStream): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    out.once('error', reject);
    exportWorkbook(book, input.lang, out).then(resolve, reject);
  });
}
