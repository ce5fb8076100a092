import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { LedgerError } from '../../ledger/index';
import { backupNow } from '../../service/ledger-files';
import { CliFailure, EXIT } from '../failure';
import type { CliContext } from '../io';
import { dbOption, dbPath, wholeNumber } from '../options';
import { withService } from '../open-service';
import { progressLine } from '../progress-line';
import { keyOption, placesOf } from '../seal-options';

interface BackupOptions {
  db?: string;
  out: string;
  keep?: number;
  key?: string;
}

/**
 * `tizim backup --out DIR`: a copy of the ledger made while the desk runs (SQLite's online backup), checked through
 * before it gets its name, sealed, and the older ones beyond the keeping rule removed.
 */
export function backupCommand(ctx: CliContext): Command {
  return new Command('backup')
    .description(ctx.t('command.backup'))
    .addOption(dbOption(ctx))
    .addOption(new Option('--out <folder>', ctx.t('backup.outOption')).makeOptionMandatory())
    .addOption(new Option('--keep <n>', ctx.t('backup.keepOption')).argParser(wholeNumber('--keep', 1, 1000)))
    .addOption(keyOption(ctx))
    .action(async (options: BackupOptions) => {
      const path = dbPath(options.db, ctx.env);
      const places = placesOf(path, options.key, ctx.env);
      const made = await withService(path, ctx.who(), true, async (_service, ledger) => {
        const line = progressLine(ctx, { counted: 'progress.backup', whole: 'progress.backupCheck' });
        try {
          return await backupNow(ledger.db, places, resolve(options.out), () => new Date(), options.keep ?? 10, (copied, total) => line.handle?.report(copied, total));
        } catch (error) {
          if (error instanceof LedgerError) throw new CliFailure(error.messageKey, error.params, EXIT.refused);
          throw error;
        } finally {
          line.end();
        }
      });
      ctx.out(ctx.t('backup.done', { path: made.file.path, seq: made.seal.seq, hash: made.seal.headHash, keyId: made.seal.keyId }));
      if (made.removed.length > 0) ctx.out(ctx.t('backup.removed', { count: made.removed.length, names: made.removed.join(', ') }));
    });
}
