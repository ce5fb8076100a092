import { Command, Option } from 'commander';
import reference from '../../../resources/reference-data.json';
import { PRESET_IDS } from '../../domain/profile';
import type { ElectionView } from '../../service/views';
import { CliFailure, EXIT } from '../failure';
import type { CliContext } from '../io';
import { actorOption, dbOption, dbPath, wholeNumber } from '../options';
import { valueOf, withService } from '../open-service';

export const PRESETS: readonly string[] = PRESET_IDS;

// The service names what a preset needs by its input field; the clerk knows it by the option.
const OPTION_OF_FIELD: Record<string, string> = {
  regionCode: '--region',
  councilName: '--council',
  listMandates: '--list-mandates',
  districtCount: '--districts',
};

interface InitOptions {
  db?: string;
  actor?: string;
  preset: string;
  region?: string;
  council?: string;
  listMandates?: number;
  districts?: number;
}

export function initCommand(ctx: CliContext): Command {
  const presets = PRESETS.join(', ');
  return new Command('init')
    .description(ctx.t('command.init'))
    .addOption(dbOption(ctx))
    .addOption(new Option('--preset <name>', ctx.t('option.preset', { presets })).makeOptionMandatory())
    .addOption(new Option('--region <code>', ctx.t('option.region', { codes: reference.regions.map((r) => r.code).join(', ') })))
    .addOption(new Option('--council <name>', ctx.t('option.council')))
    .addOption(
      new Option('--list-mandates <n>', ctx.t('option.listMandates')).argParser(wholeNumber('--list-mandates', 1, 500)),
    )
    .addOption(new Option('--districts <n>', ctx.t('option.districts')).argParser(wholeNumber('--districts', 1, 500)))
    .addOption(actorOption(ctx))
    .action(async (options: InitOptions) => {
      // Checked here, before the ledger is opened, so that a mistyped preset leaves no new empty file behind.
      if (!PRESETS.includes(options.preset)) {
        throw new CliFailure('usage.badPreset', { value: options.preset, presets }, EXIT.cannotRun);
      }
      const path = dbPath(options.db, ctx.env);
      let existed = false;
      const election = await withService(path, ctx.who(options.actor), false, (service) => {
        // A re-run of an init that was interrupted after it had finished finds its election: it says so and adds
        // no second copy. Another election of the same preset is still made when its region or council differs.
        const same = valueOf<ElectionView[]>(service.call('elections.list', {})).find(
          (e) =>
            e.voided === null &&
            e.preset === options.preset &&
            (options.region === undefined || e.regionCode === options.region) &&
            (options.council === undefined || e.councilName === options.council),
        );
        if (same !== undefined) {
          existed = true;
          return same;
        }
        const result = service.call('elections.create', {
          preset: options.preset,
          regionCode: options.region,
          councilName: options.council,
          listMandates: options.listMandates,
          districtCount: options.districts,
        });
        if (!result.ok && result.error.messageKey === 'error.presetNeeds') {
          const field = String(result.error.params?.field ?? '');
          throw new CliFailure('usage.missingOption', { option: OPTION_OF_FIELD[field] ?? field }, EXIT.cannotRun);
        }
        return valueOf<ElectionView>(result);
      });
      ctx.out(
        ctx.t(existed ? 'init.exists' : 'init.created', {
          id: election.id,
          name: election.councilName ?? election.name[ctx.lang],
          regions: election.counts.regions,
          districts: election.counts.districts,
          parties: election.counts.parties,
          path,
        }),
      );
    });
}
