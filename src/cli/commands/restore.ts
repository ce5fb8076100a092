import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Argument, Command } from 'commander';
import { LedgerError } from '../../ledger/index';
import { restoreInto } from '../../service/ledger-files';
import { CliFailure, EXIT } from '../failure';
import type { CliContext } from '../io';
import { dbOption, dbPath } from '../options';
import { openService } from '../open-service';
import { keyOption, placesOf } from '../seal-options';

interface RestoreOptions {
  db?: string;
  key?: string;
}

/**
 * `tizim restore BACKUP --db FILE`: the backup is checked through (integrity, journal, its seal), refused when it is
 * of another ledger, and put in place of the ledger; the file it replaces is kept beside it. Where there is no ledger
 * at FILE yet (a new computer), the backup becomes it.
 */
export function restoreCommand(ctx: CliContext): Command {
  return new Command('restore')
    .description(ctx.t('command.restore'))
    .addArgument(new Argument('<backup>', ctx.t('restore.backupArgument')))
    .addOption(dbOption(ctx))
    .addOption(keyOption(ctx))
    .action(async (backup: string, options: RestoreOptions) => {
      const path = dbPath(options.db, ctx.env);
      const source = resolve(backup);
      if (!existsSync(source)) throw new CliFailure('restore.noBackup', { path: source }, EXIT.cannotRun);
      const places = placesOf(path, options.key, ctx.env);
      const opened = existsSync(path) ? openService(path, 'tizim', true, {}, undefined, false) : null;
      let restored;
      try {
        restored = await restoreInto(source, path, places, () => new Date(), opened?.ledger.db);
      } catch (error) {
        if (error instanceof LedgerError) throw new CliFailure(error.messageKey, error.params, EXIT.refused);
        throw error;
      } finally {
        opened?.ledger.close();
      }
      ctx.out(ctx.t('restore.done', { backup: source, path, seq: restored.seal.seq, hash: restored.seal.headHash }));
      if (restored.kept !== null) ctx.out(ctx.t('restore.kept', { path: restored.kept }));
    });
}
