import { Command, Option } from 'commander';
import { kazakhSortKey } from '../../domain/names';
import type { CheckRun, CheckedNomination } from '../../service/views';
import { fieldLabel, findingText } from '../finding-text';
import type { CliContext } from '../io';
import { dbOption, dbPath, wholeNumber } from '../options';
import { valueOf, withService } from '../open-service';

interface CheckOptions {
  db?: string;
  election?: number;
  json?: boolean;
}

/** The report in Kazakh alphabetical order of names, as the commission's lists are read. */
function byName(nominations: readonly CheckedNomination[]): CheckedNomination[] {
  const keyed = nominations.map((n) => ({ key: kazakhSortKey(n.fullName), n }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.n.nominationId - b.n.nominationId));
  return keyed.map((k) => k.n);
}

function printJson(ctx: CliContext, run: CheckRun): void {
  for (const n of byName(run.nominations))
    for (const f of n.findings)
      ctx.out(JSON.stringify({ nominationId: n.nominationId, iin: n.iin, rule: f.rule, severity: f.severity, ...findingText(ctx, f) }));
  ctx.out(JSON.stringify({ summary: run.counts, nominations: run.nominations.length }));
}

function printText(ctx: CliContext, run: CheckRun): void {
  const width = Math.max(...(['error', 'warning', 'info'] as const).map((s) => ctx.t(`severity.${s}`).length));
  const withFindings = byName(run.nominations).filter((n) => n.findings.length > 0);
  for (const n of withFindings) {
    ctx.out(ctx.t('check.candidate', { name: n.fullName, iin: n.iin, id: n.nominationId }));
    for (const f of n.findings) {
      const { field, message, legalRef } = findingText(ctx, f);
      const where = field === null ? '' : `${fieldLabel(ctx, field)}: `;
      const law = legalRef === null ? '' : ` (${legalRef})`;
      ctx.out(`  ${ctx.t(`severity.${f.severity}`).padEnd(width)}  ${where}${message}${law}`);
    }
  }
  ctx.out(ctx.t('check.summary', { nominations: run.nominations.length, ...run.counts }));
}

export function checkCommand(ctx: CliContext): Command {
  return new Command('check')
    .description(ctx.t('command.check'))
    .addOption(dbOption(ctx))
    .addOption(new Option('--election <id>', ctx.t('option.election')).argParser(wholeNumber('--election', 1, Number.MAX_SAFE_INTEGER)))
    .addOption(new Option('--json', ctx.t('option.checkJson')))
    .action(async (options: CheckOptions) => {
      const path = dbPath(options.db, ctx.env);
      const run = await withService(path, ctx.who(), true, (service) =>
        valueOf<CheckRun>(service.call('checks.run', options.election === undefined ? {} : { electionId: options.election })),
      );
      // A report: findings, however grave, are its content, not a failure of the command.
      if (options.json === true) printJson(ctx, run);
      else printText(ctx, run);
    });
}
