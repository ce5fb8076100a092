import { resolve } from 'node:path';
import { Argument, Command, Option } from 'commander';
import { IMPORT_TEMPLATES, type ImportTemplate } from '../../domain/import-records';
import { writeTemplate } from '../../imports/template';
import type { CliContext } from '../io';
import { writeAtomically } from '../write-file';

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
      await writeAtomically(target, 'templateCommand.cannotWrite', async (out) => {
        await writeTemplate(template, ctx.lang, out);
      });
      ctx.out(ctx.t('templateCommand.done', { path: target }));
    });
}
