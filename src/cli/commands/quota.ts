import { Command, Option } from 'commander';
import { formatPercent } from '../../domain/numbers';
import type { ListSummary } from '../../service/views';
import { chooseElection } from '../election-choice';
import type { CliContext } from '../io';
import { dbOption, dbPath, wholeNumber } from '../options';
import { valueOf, withService } from '../open-service';
import { formatTable } from '../table';

interface QuotaOptions {
  db?: string;
  election?: number;
  json?: boolean;
}

/** The share as the commission reads it: a percentage with one decimal. */
export const percent = (share: number): number => Math.round(share * 1000) / 10;

function row(l: ListSummary) {
  const q = l.quota;
  return {
    party: l.partyCode,
    shortName: l.shortName,
    length: q.length,
    limit: l.maxLength,
    women: q.women,
    youth: q.youth,
    disabled: q.disabled,
    count: q.count,
    required: q.required,
    sharePercent: percent(q.share),
    compliant: q.compliant,
  };
}

export function quotaCommand(ctx: CliContext): Command {
  return new Command('quota')
    .description(ctx.t('command.quota'))
    .addOption(dbOption(ctx))
    .addOption(new Option('--election <id>', ctx.t('option.oneElection')).argParser(wholeNumber('--election', 1, Number.MAX_SAFE_INTEGER)))
    .addOption(new Option('--json', ctx.t('option.quotaJson')))
    .action(async (options: QuotaOptions) => {
      const path = dbPath(options.db, ctx.env);
      const lists = await withService(path, ctx.who(), true, (service) => {
        const election = chooseElection(service, options.election, path);
        return valueOf<ListSummary[]>(service.call('lists.list', { electionId: election.id }));
      });
      const rows = lists.map(row);
      if (options.json === true) {
        for (const r of rows) ctx.out(JSON.stringify(r));
        return;
      }
      const keys = ['party', 'length', 'limit', 'women', 'youth', 'disabled', 'count', 'required', 'share', 'compliant'];
      const header = keys.map((key) => ctx.t(`quota.${key}`));
      // The table names each party as a reader of its language does (Ак жол, Ақ жол); the JSON keeps the codes.
      const cells = lists.map((l, i) => {
        const r = rows[i] ?? row(l);
        return [
          l.short[ctx.lang],
          r.length,
          r.limit,
          r.women,
          r.youth,
          r.disabled,
          r.count,
          r.required,
          formatPercent(r.sharePercent / 100, ctx.lang, 1),
          ctx.t(r.compliant ? 'answer.yes' : 'answer.no'),
        ];
      });
      for (const line of formatTable(header, cells)) ctx.out(line);
    });
}
