import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { Argument, Command, Option } from 'commander';
import { REPORTS } from '../../domain/records';
import { chooseElection } from '../election-choice';
import { CliFailure, EXIT } from '../failure';
import type { CliContext } from '../io';
import { actorName, actorOption, dbOption, dbPath, wholeNumber } from '../options';
import { withService } from '../open-service';

interface ExportOptions {
  db?: string;
  out: string;
  election?: number;
  order?: 'submitted' | 'alphabetical';
  actor?: string;
}

/**
 * `tizim export REPORT --out FILE.xlsx`: the workbook is written to a temporary file beside the target and renamed
 * over it only when complete, so a failure never leaves half a workbook where the clerk expects a report.
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
      const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
      const rows = await withService(path, actorName(options.actor), true, async (service) => {
        const election = chooseElection(service, options.election, path);
        const out = createWriteStream(temporary);
        const opened = new Promise<void>((resolveOpen, reject) => {
          out.once('open', () => resolveOpen());
          out.once('error', reject);
        });
        try {
          await opened;
        } catch (error) {
          throw new CliFailure('export.cannotWrite', { path: target, detail: error instanceof Error ? error.message : String(error) }, EXIT.cannotRun);
        }
        const input = { electionId: election.id, report, lang: ctx.lang, order: options.order ?? 'submitted' };
        const result = await service.exportReport(input, out);
        if (!result.ok) {
          out.destroy();
          rmSync(temporary, { force: true });
          throw new CliFailure(result.error.messageKey, result.error.params ?? {}, EXIT.refused);
        }
        try {
          renameSync(temporary, target);
        } catch (error) {
          rmSync(temporary, { force: true });
          throw new CliFailure('export.cannotWrite', { path: target, detail: error instanceof Error ? error.message : String(error) }, EXIT.cannotRun);
        }
        return result.value.rows;
      });
      ctx.out(ctx.t('export.done', { rows, path: target }));
    });
}
