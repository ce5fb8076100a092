import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { Argument, Command, Option } from 'commander';
import { IMPORT_TEMPLATES, type ImportTemplate } from '../../domain/import-records';
import { writeTemplate } from '../../imports/template';
import { CliFailure, EXIT } from '../failure';
import type { CliContext } from '../io';

/**
 * `tizim template party-list|district --out FILE.xlsx`, in the language of `--lang`: the workbook to fill in for an
 * import. Written to a temporary file beside the target and renamed over it only when complete. Needs no ledger.
 */
export function templateCommand(ctx: CliContext): Command {
  return new Command('template')
    .description(ctx.t('command.template'))
    .addArgument(new Argument('<template>', ctx.t('templateCommand.template', { templates: IMPORT_TEMPLATES.join(', ') })).choices(IMPORT_TEMPLATES))
    .addOption(new Option('--out <file>', ctx.t('templateCommand.out')).makeOptionMandatory())
    .action(async (template: ImportTemplate, options: { out: string }) => {
      const target = resolve(options.out);
      const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
      const cannotWrite = (error: unknown) =>
        new CliFailure('templateCommand.cannotWrite', { path: target, detail: error instanceof Error ? error.message : String(error) }, EXIT.cannotRun);
      const out = createWriteStream(temporary);
      try {
        await new Promise<void>((resolveOpen, reject) => {
          out.once('open', () => resolveOpen());
          out.once('error', reject);
        });
        await writeTemplate(template, ctx.lang, out);
        renameSync(temporary, target);
      } catch (error) {
        out.destroy();
        rmSync(temporary, { force: true });
        throw cannotWrite(error);
      }
      ctx.out(ctx.t('templateCommand.done', { path: target }));
    });
}
