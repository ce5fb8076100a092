import { formatDate } from '../../domain/dates';
import { Command, Option } from 'commander';
import type { ElectionView } from '../../service/views';
import type { CliContext } from '../io';
import { dbOption, dbPath } from '../options';
import { valueOf, withService } from '../open-service';
import { formatTable } from '../table';

interface ElectionsOptions {
  db?: string;
  json?: boolean;
}

export function electionsCommand(ctx: CliContext): Command {
  return new Command('elections')
    .description(ctx.t('command.elections'))
    .addOption(dbOption(ctx))
    .addOption(new Option('--json', ctx.t('option.json')))
    .action(async (options: ElectionsOptions) => {
      const path = dbPath(options.db, ctx.env);
      const elections = await withService(path, ctx.who(), true, (service) =>
        valueOf<ElectionView[]>(service.call('elections.list', {})),
      );
      if (options.json === true) {
        ctx.out(JSON.stringify(elections, null, 2));
        return;
      }
      if (elections.length === 0) {
        ctx.out(ctx.t('elections.none', { path }));
        return;
      }
      const header = ['id', 'name', 'kind', 'electionDay', 'regions', 'districts', 'parties', 'nominations'].map((key) =>
        ctx.t(`table.${key}`),
      );
      const rows = elections.map((e) => [
        e.id,
        e.councilName === null ? e.name[ctx.lang] : `${e.name[ctx.lang]} (${e.councilName})`,
        ctx.t(`electionKind.${e.kind}`),
        formatDate(e.electionDay),
        e.counts.regions,
        e.counts.districts,
        e.counts.parties,
        e.counts.nominations,
      ]);
      for (const line of formatTable(header, rows)) ctx.out(line);
    });
}
