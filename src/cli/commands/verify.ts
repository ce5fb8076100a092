import { Command } from 'commander';
import type { VerifyReport } from '../../service/views';
import { EXIT } from '../failure';
import type { CliContext } from '../io';
import { dbOption, dbPath } from '../options';
import { progressLine } from '../progress-line';
import { valueOf, withService } from '../open-service';

interface VerifyOptions {
  db?: string;
}

export function verifyCommand(ctx: CliContext): Command {
  return new Command('verify')
    .description(ctx.t('command.verify'))
    .addOption(dbOption(ctx))
    .action(async (options: VerifyOptions) => {
      const path = dbPath(options.db, ctx.env);
      const line = progressLine(ctx, { counted: 'progress.verify' });
      const report = await withService(path, ctx.who(), true, (service) => {
        try {
          return valueOf<VerifyReport>(service.call('journal.verify', {}, undefined, line.handle));
        } finally {
          line.end();
        }
      });
      if (report.ok) {
        ctx.out(ctx.t('verify.ok', { entries: report.entries, headHash: report.headHash }));
        return;
      }
      ctx.out(describeProblem(ctx, report));
      ctx.exitCode = EXIT.refused;
    });
}

/** One line that names the first bad journal row and what is wrong with it. */
export function describeProblem(ctx: CliContext, report: VerifyReport): string {
  const bad = report.firstBad;
  if (bad === null) return ctx.t('verify.problem.integrity', { integrity: report.integrity });
  const seq = bad.seq ?? '?';
  switch (bad.problem) {
    case 'integrity':
      return ctx.t('verify.problem.integrity', { integrity: report.integrity });
    case 'state': {
      const entity = bad.entity === undefined ? '?' : ctx.t(`entity.${bad.entity}`, { defaultValue: bad.entity });
      const params = { entity, entityId: bad.entityId ?? '?', seq };
      return bad.seq === null ? ctx.t('verify.problem.stateNoSeq', params) : ctx.t('verify.problem.state', params);
    }
    default:
      return ctx.t(`verify.problem.${bad.problem}`, { seq });
  }
}
