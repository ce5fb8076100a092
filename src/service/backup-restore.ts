import type { BackupView } from '../domain/seals';
import { listBackups } from '../ledger/backup';
import { LedgerError } from '../ledger/errors';
import { journalHead } from '../ledger/journal';
import { migrate } from '../ledger/migrate';
import { recordChange } from '../ledger/record';
import { settings, view } from './backup-setting';
import type { Context } from './context';
import { ledgerIdOf, restoreInto, sealPlaces } from './ledger-files';
import { Refusal } from './result';

// Issue 14, item 2: the administrator restores a backup from the screen while the desk runs. The backup is checked
// and put in place of the ledger by SQLite's online backup onto the very file the desk has open (as `tizim restore`
// does, keeping the replaced file beside it): every connection to it — this thread's, the job thread's — reads the
// restored ledger at its next call, so the desk does not have to be started again. The restore is journaled in the
// restored ledger. Its users are those of the backup, so every other session ends and signs in again against them.

export interface Restored {
  backup: BackupView;
  /** The ledger as it was before, kept beside it. */
  kept: string | null;
  /** Journal entries of the replaced ledger after the backup's position: what was given up. */
  lost: number;
  /** The restored ledger's journal position, its restore entry included. */
  seq: number;
}

export async function restoreOnScreen(ctx: Context, input: { name: string; seq: number }): Promise<Restored> {
  const before = settings(ctx);
  if (before === null) throw new Refusal({ code: 'invalid-input', messageKey: 'backup.noFolder', field: 'folder' });
  // Only a backup of this ledger, listed in its folder: the page names one, it never gives a path.
  const backup = listBackups(before.folder, ledgerIdOf(ctx.db)).find((b) => b.name === input.name);
  if (backup === undefined) throw new Refusal({ code: 'not-found', messageKey: 'restore.notListed', params: { name: input.name, folder: before.folder } });
  const replaced = await ctx.holdingWrites('backups.restore', async () => {
    const head = journalHead(ctx.db);
    if (head.seq !== input.seq) throw new Refusal({ code: 'stale', messageKey: 'restore.moved', params: { seq: head.seq } });
    try {
      const done = await restoreInto(backup.path, ctx.ledgerPath, sealPlaces(ctx.ledgerPath), () => ctx.now(), ctx.db);
      // A backup of an older version of the desk is brought up to this one, as opening it would.
      migrate(ctx.db, ctx.ledgerPath);
      return { head: head.seq, kept: done.kept };
    } catch (error) {
      if (error instanceof LedgerError) throw new Refusal({ code: 'invalid-input', messageKey: error.messageKey, params: error.params });
      throw error;
    }
  });
  // Straight after the writes are let go, before any waiting save runs: the restore is the restored ledger's next entry.
  const seq = ctx.write((who) => {
    // The folder and the count stay as the administrator set them, not as they were when the backup was made.
    const restored = settings(ctx);
    if (restored === null)
      ctx.db.prepare('INSERT INTO backup_setting (id, version, folder, keep, updated_at) VALUES (1, 1, ?, ?, ?)').run(before.folder, before.keep, who.at);
    else if (restored.folder !== before.folder || restored.keep !== before.keep)
      ctx.db.prepare('UPDATE backup_setting SET folder = ?, keep = ?, version = version + 1, updated_at = ? WHERE id = 1').run(before.folder, before.keep, who.at);
    recordChange(ctx.db, who, 'backup.restore', 'backup_setting', 1, backup.name, {
      backup: backup.name,
      backupSeq: backup.seq,
      replacedSeq: replaced.head,
      kept: replaced.kept,
    });
    return journalHead(ctx.db).seq;
  });
  ctx.sessions.closeAllBut(ctx.scope.token);
  return { backup: view(backup), kept: replaced.kept, lost: Math.max(0, replaced.head - backup.seq), seq };
}
