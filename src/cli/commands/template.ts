import { resolve } from 'node:path';
import { Argument, Command, Option } from 'commander';
import { IMPORT_TEMPLATES, type ImportTemplate } from '../../domain/import-records';
import { writeTemplate } from '../../imports/template';
import { chooseElection } from '../election-choice';
import { CliFailure, EXIT } from '../failure';
import type { CliContext } from '../io';
import { dbOption, dbPath, wholeNumber } from '../options';
import { withService } from '../open-service';
import { writeAtomically } from '../write-file';

interface TemplateOptions {
  out: string;
  db?: string;
  election?: number;
}

/**
 * `tizim template party-list|district --out FILE.xlsx`, in the language of `--lang`: the workbook to fill in for an
 * import. With `--election`, its drop-downs offer that election's regions and parties; without, those of the
 * reference data, and no ledger is needed. Written to a temporary file beside the target and renamed over it only
 * when complete.
 */
export function templateCommand(ctx: CliContext): Command {
  return new Command('template')
    .description(ctx.t('command.template'))
    .addArgument(new Argument('<template>', ctx.t('templateCommand.template', { templates: IMPORT_TEMPLATES.join(', ') })).choices(IMPORT_TEMPLATES))
    .addOption(new Option('--out <file>', ctx.t('templateCommand.out')).makeOptionMandatory())
    .addOption(dbOption(ctx))
    .addOption(new Option('--election <id>', ctx.t('templateCommand.election')).argParser(wholeNumber('--election', 1, Number.MAX_SAFE_INTEGER)))
    .action(async (template: ImportTemplate, options: TemplateOptions) => {
      const target = resolve(options.out);
      if (options.election === undefined)
        await writeAtomically(target, 'templateCommand.cannotWrite', async (out) => {
          await writeTemplate(template, ctx.lang, out);
        });
      else {
        const path = dbPath(options.db, ctx.env);
        await withService(path, 'tizim-cli', true, async (service) => {
          const election = chooseElection(service, options.election, path);
          const prepared = await service.prepareFile('imports.template', { template, lang: ctx.lang, electionId: election.id });
          if (!prepared.ok) throw new CliFailure(prepared.error.messageKey, prepared.error.params ?? {}, EXIT.refused);
          await writeAtomically(target, 'templateCommand.cannotWrite', async (out) => {
            const result = await prepared.value.write(out);
            if (!result.ok) throw new CliFailure(result.error.messageKey, result.error.params ?? {}, EXIT.refused);
          });
        });
      }
      ctx.out(ctx.t('templateCommand.done', { path: target }));
    });
}
