import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { LedgerError } from '../../ledger/index';
import { checkAgainstBackup, checkSealFile } from '../../service/ledger-files';
import type { VerifyReport } from '../../service/views';
import { CliFailure, EXIT } from '../failure';
import type { CliContext } from '../io';
import { dbOption, dbPath } from '../options';
import { progressLine } from '../progress-line';
import { valueOf, withService } from '../open-service';
import { keyOption, placesOf, sealProblemText } from '../seal-options';

interface VerifyOptions {
  db?: string;
  seal?: string;
  against?: string;
  key?: string;
}

/**
 * `tizim verify`: the journal's chain, every record against it, the names' search index, the migrations and
 * SQLite's integrity. With --seal or --against, also that the ledger still holds what a seal or a backup vouches
 * for: the chain alone cannot show a shortened or recomputed journal.
 */
export function verifyCommand(ctx: CliContext): Command {
  return new Command('verify')
    .description(ctx.t('command.verify'))
    .addOption(dbOption(ctx))
    .addOption(new Option('--seal <file>', ctx.t('verify.sealOption')))
    .addOption(new Option('--against <backup>', ctx.t('verify.againstOption')))
    .addOption(keyOption(ctx))
    .action(async (options: VerifyOptions) => {
      const path = dbPath(options.db, ctx.env);
      const places = placesOf(path, options.key, ctx.env);
      const lines: string[] = [];
      let held = true;
      const line = progressLine(ctx, { counted: 'progress.verify' });
      const report = await withService(path, ctx.who(), true, (service, ledger) => {
        let verified: VerifyReport;
        try {
          verified = valueOf<VerifyReport>(service.call('journal.verify', {}, undefined, line.handle));
        } finally {
          line.end();
        }
        if (options.seal !== undefined) {
          const sealFile = resolve(options.seal);
          const check = checkSealFile(ledger.db, sealFile, places);
          if (check.held) lines.push(ctx.t('verify.sealHeld', { path: sealFile, seq: check.seal.seq, at: check.seal.at, after: check.entriesAfter, keyId: check.seal.keyId }));
          else {
            held = false;
            lines.push(ctx.t('verify.sealNotHeld', { path: sealFile, problem: sealProblemText(ctx, check.problem) }));
          }
        }
        if (options.against !== undefined) {
          const backup = resolve(options.against);
          let against;
          try {
            against = checkAgainstBackup(ledger.db, backup, places);
          } catch (error) {
            if (error instanceof LedgerError) throw new CliFailure(error.messageKey, error.params, EXIT.refused);
            throw error;
          }
          if (!against.backup.report.ok) {
            held = false;
            lines.push(ctx.t('verify.backupBad', { path: backup, problem: describeProblem(ctx, against.backup.report) }));
          } else if (against.problem !== null) {
            held = false;
            lines.push(ctx.t('verify.backupNotHeld', { path: backup, problem: sealProblemText(ctx, against.problem) }));
          } else lines.push(ctx.t('verify.backupHeld', { path: backup, seq: against.backup.head.seq, after: against.entriesAfter }));
        }
        return verified;
      }, false);
      ctx.out(report.ok ? ctx.t('verify.ok', { entries: report.entries, headHash: report.headHash }) : describeProblem(ctx, report));
      for (const line of lines) ctx.out(line);
      if (!report.ok || !held) ctx.exitCode = EXIT.refused;
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
    case 'search':
      return ctx.t('verify.problem.search', { entityId: bad.entityId ?? '?' });
    case 'order':
      return ctx.t('verify.problem.order', { entityId: bad.entityId ?? '?' });
    case 'migrations':
      return ctx.t('verify.problem.migrations', { version: bad.version ?? '?' });
    default:
      return ctx.t(`verify.problem.${bad.problem}`, { seq });
  }
}
