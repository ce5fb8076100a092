import { resolve } from 'node:path';
import { Argument, Command, Option } from 'commander';
import { REPORTS } from '../../domain/records';
import { chooseElection } from '../election-choice';
import { CliFailure, EXIT } from '../failure';
import type { CliContext } from '../io';
import { actorOption, dbOption, dbPath, wholeNumber } from '../options';
import { withService } from '../open-service';
import { progressLine } from '../progress-line';
import { jobHandle } from '../../service/progress';
import { writeAtomically } from '../write-file';

interface ExportOptions {
  db?: string;
  out: string;
  election?: number;
  order?: 'submitted' | 'alphabetical';
  actor?: string;
}

/**
 * `tizim export REPORT --out FILE.xlsx`: the workbook is written to a temporary file beside the target and renamed
 * over it only when complete, so a failure never leaves half a workbook where the clerk expects a report. On a
 * terminal a progress line counts the rows written; Ctrl+C stops the writing between two batches of rows and removes
 * the temporary file (a second Ctrl+C ends the command at once, as usual).
 */
export function exportCommand(ctx: CliContext): Command {
  return new Command('export')
    .description(ctx.t('command.export'))
    .addArgument(new Argument('<report>', ctx.t('export.report', { reports: REPORTS.join(', ') })).choices(REPORTS))
    .addOption(dbOption(ctx))
    .addOption(new Option('--out <file>', ctx.t('option.out')).makeOptionMandatory())
    .addOption(new Option('--election <id>', ctx.t('option.oneElection')).argParser(wholeNumber('--election', 1, Number.MAX_SAFE_INTEGER)))
    .addOption(new Option('--order <order>', ctx.t('option.order')).choices(['submitted', 'alphabetical']))
    .addOption(actorOption(ctx))
    .action(async (report: string, options: ExportOptions) => {
      const path = dbPath(options.db, ctx.env);
      const target = resolve(options.out);
      const rows = await withService(path, ctx.who(options.actor), true, async (service) => {
        const election = chooseElection(service, options.election, path);
        const input = { electionId: election.id, report, lang: ctx.lang, order: options.order ?? 'submitted' };
        const line = progressLine(ctx, { counted: 'progress.export' });
        const job = jobHandle((done, total) => line.handle?.report(done, total));
        // Checked and prepared before the file is opened: a refused report leaves nothing behind.
        const prepared = await service.prepareFile('reports.export', input, undefined, job);
        if (!prepared.ok) throw new CliFailure(prepared.error.messageKey, prepared.error.params ?? {}, EXIT.refused);
        let written = 0;
        const stop = (): void => {
          Atomics.store(job.flag, 0, 1);
        };
        process.once('SIGINT', stop);
        try {
          await writeAtomically(target, 'export.cannotWrite', async (out) => {
            const result = await prepared.value.write(out);
            if (!result.ok && result.error.code === 'cancelled') throw new CliFailure('export.stopped', { path: target }, EXIT.refused);
            if (!result.ok) throw new CliFailure(result.error.messageKey, result.error.params ?? {}, EXIT.refused);
            written = result.value.rows;
          });
        } finally {
          process.off('SIGINT', stop);
          line.end();
        }
        return written;
      });
      ctx.out(ctx.t('export.done', { rows, path: target }));
    });
}
