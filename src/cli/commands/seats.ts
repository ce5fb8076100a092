import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { formatNumber, formatPercent } from '../../domain/numbers';
import type { PartyView, ResultsView } from '../../service/views';
import { chooseElection } from '../election-choice';
import type { CliContext } from '../io';
import { dbOption, dbPath, wholeNumber } from '../options';
import { valueOf, withService } from '../open-service';
import { findingText } from '../finding-text';
import { formatTable } from '../table';
import { readVoteFile } from '../votes-csv';

interface SeatsOptions {
  db?: string;
  election?: number;
  votes: string;
}

export function seatsCommand(ctx: CliContext): Command {
  return new Command('seats')
    .description(ctx.t('command.seats'))
    .addOption(dbOption(ctx))
    .addOption(new Option('--election <id>', ctx.t('option.oneElection')).argParser(wholeNumber('--election', 1, Number.MAX_SAFE_INTEGER)))
    .addOption(new Option('--votes <file>', ctx.t('option.votes')).makeOptionMandatory())
    .action(async (options: SeatsOptions) => {
      const path = dbPath(options.db, ctx.env);
      const file = resolve(options.votes);
      const results = await withService(path, ctx.who(), true, (service) => {
        const election = chooseElection(service, options.election, path);
        const parties = valueOf<PartyView[]>(service.call('parties.list', { electionId: election.id }));
        const byCode = new Map(parties.map((p) => [p.code.toLowerCase(), p.id]));
        const count = readVoteFile(file, new Set(byCode.keys()));
        const votes = count.votes.map((v) => ({ partyId: byCode.get(v.code) ?? 0, votes: v.votes }));
        return valueOf<ResultsView>(service.call('results.enter', { electionId: election.id, againstAll: count.againstAll, votes }));
      });
      const header = ['party', 'votes', 'share', 'passed', 'seats'].map((key) => ctx.t(`seats.${key}`));
      const rows = results.lists.map((l) => [
        l.short[ctx.lang],
        formatNumber(l.votes ?? 0, ctx.lang),
        formatPercent(l.share, ctx.lang, 1),
        ctx.t(l.passed ? 'answer.yes' : 'answer.no'),
        l.seats,
      ]);
      for (const line of formatTable(header, rows)) ctx.out(line);
      ctx.out(ctx.t('seats.summary', { againstAll: formatNumber(results.againstAll ?? 0, ctx.lang), mandates: results.mandates }));
      // A list that won more seats than it has registered candidates: what the profile did with them.
      for (const l of results.lists)
        for (const f of l.findings) ctx.out(`${l.short[ctx.lang]}: ${findingText(ctx, f).message}`);
      if (results.vacant > 0) ctx.out(ctx.t('seats.vacant', { count: results.vacant }));
    });
}
