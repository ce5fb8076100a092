import { z } from 'zod';
import { REPORTS, type ReportPreview } from '../domain/records';
import { reportFileName } from '../domain/file-names';
import { ballotTally } from '../ledger/ballot-verifications';
import { getElection } from '../ledger/elections';
import { buildReport, exportWorkbook, previewOf, WritingStopped, type ReportBook } from '../reports';
import type { Context } from './context';
import { allSummaries } from './lists';
import { method, type FileWriter } from './method';
import type { JobHandle } from './progress';
import { Refusal } from './result';
import { id, lang, listOrder } from './schemas';

// The reports: the same model for the preview on the screen and for the streamed .xlsx. The service hands the
// reports what it computes and keeps itself (the lists' quota, the findings index), so each is computed once.

/** The whole report as .xlsx: downloaded in the browser mode, saved by the desk window, written by `tizim export`. */
export const reportInput = z.strictObject({ electionId: id, report: z.enum(REPORTS), lang, order: listOrder });

type ReportInput = z.output<typeof reportInput>;

function reportBook(input: ReportInput, ctx: Context): { book: ReportBook; today: string } {
  const election = getElection(ctx.db, input.electionId);
  if (!election) throw new Refusal({ code: 'not-found', messageKey: 'error.notFound', field: 'electionId' });
  const now = ctx.now();
  const today = ctx.today(election);
  const book = buildReport(
    ctx.db,
    election,
    { report: input.report, lang: input.lang, order: input.order, actor: ctx.actor, now },
    {
      lists: () => allSummaries(ctx, input.electionId),
      findings: () => ctx.findings.upToDate(election, today).nominations,
      ballot: () => ballotTally(ctx.db, input.electionId),
    },
  );
  return { book, today };
}

/** Writes the report to the stream; rejects when the stream fails, so the caller never waits on a dead socket. */
function writeReport(book: ReportBook, input: ReportInput, out: NodeJS.WritableStream, job: JobHandle): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    out.once('error', reject);
    exportWorkbook(book, input.lang, out, job).then(resolve, reject);
  });
}

function reportFile(input: ReportInput, ctx: Context): FileWriter {
  const { book, today } = reportBook(input, ctx);
  return {
    fileName: reportFileName(input.report, input.electionId, today),
    write: async (out, job) => {
      try {
        return { rows: await writeReport(book, input, out, job) };
      } catch (e) {
        // Stopped by the clerk: the transport throws the unfinished stream away (a temporary file, the download).
        if (e instanceof WritingStopped) throw new Refusal({ code: 'cancelled', messageKey: 'error.cancelled' });
        throw e;
      }
    },
  };
}

export const reportMethods = {
  'reports.preview': method.answer({
    permission: 'observer',
    input: reportInput.extend({ limit: z.number().int().min(1).max(200).default(20) }),
    handler: (input, ctx): ReportPreview => previewOf(reportBook(input, ctx).book, input.limit),
  }),
  'reports.export': method.streamsFile({ permission: 'observer', cancellable: true, input: reportInput, handler: reportFile }),
};
