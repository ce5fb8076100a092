import { z } from 'zod';
import type { AutomaticBackup, BackupOccasion, BackupStatus, BackupView } from '../domain/seals';
import { listBackups } from '../ledger/backup';
import { LedgerError } from '../ledger/errors';
import { journalHead } from '../ledger/journal';
import { recordChange } from '../ledger/record';
import { checkBackupFolder } from './backup-folder-check';
import { restoreOnScreen } from './backup-restore';
import type { Context } from './context';
import { backupNow, lastSeal, ledgerIdOf, sealPlaces, trustProblem } from './ledger-files';
import { method } from './method';
import { Refusal, type Result } from './result';
import { DEFAULT_KEEP, settings, view } from './backup-setting';
import { none, text } from './schemas';

// The administrator's backups (issue 14, item 1): the folder the desk writes them into and how many it keeps (one
// row of the ledger, journaled), the backups there, and one made now. Backups are the administrator's alone.

/** Older than this, the last good backup is reported stale and the desk warns at start. */
const STALE_MS = 24 * 60 * 60 * 1000;

export function backupStatus(ctx: Context): BackupStatus {
  const set = settings(ctx);
  const backups = set === null ? [] : listBackups(set.folder, ledgerIdOf(ctx.db)).map(view);
  const last = backups[0] ?? null;
  const head = journalHead(ctx.db);
  const places = sealPlaces(ctx.ledgerPath);
  const seal = lastSeal(places);
  return {
    folder: set?.folder ?? null,
    keep: set?.keep ?? DEFAULT_KEEP,
    version: set?.version ?? 0,
    backups,
    last,
    stale: last === null || ctx.now().getTime() - Date.parse(last.at) > STALE_MS,
    journal: { seq: head.seq, headHash: head.hash },
    changedSinceLast: last === null ? head.seq > 0 : head.seq > last.seq,
    lastSeal: seal === null ? null : { seq: seal.seq, headHash: seal.headHash, at: seal.at, keyId: seal.keyId },
    trust: trustProblem(ctx.db, places),
    automatic: {
      everyMinutes: ctx.automaticBackups.everyMs === null ? null : Math.round(ctx.automaticBackups.everyMs / 60_000),
      last: ctx.automaticBackups.last,
    },
  };
}

/**
 * Whether the desk should back the ledger up by itself now: a folder is chosen, and the journal moved since the
 * newest backup in it (a folder gone missing has none, so the try is made and its failure shown).
 */
export function automaticBackupDue(ctx: Context): boolean {
  const set = settings(ctx);
  if (set === null) return false;
  const last = listBackups(set.folder, ledgerIdOf(ctx.db))[0];
  return last === undefined || journalHead(ctx.db).seq > last.seq;
}

/** Keeps what came of the desk's own backup for the administrator's panel, and logs a failure. */
export function noteAutomaticBackup(ctx: Context, occasion: BackupOccasion, result: Result<unknown>): AutomaticBackup {
  const at = ctx.now().toISOString();
  const outcome: AutomaticBackup = result.ok
    ? { occasion, at, name: (result.value as { backup: BackupView }).backup.name, error: null }
    : { occasion, at, name: null, error: { messageKey: result.error.messageKey, ...(result.error.params ? { params: result.error.params } : {}) } };
  if (!result.ok) console.error(`tizim: the automatic backup (${occasion}) failed: ${result.error.messageKey} ${JSON.stringify(result.error.params ?? {})}`);
  ctx.automaticBackups.last = outcome;
  return outcome;
}

export const backupMethods = {
  'backups.status': method.answer({ permission: 'administrator', input: none, handler: (_, ctx) => backupStatus(ctx) }),

  'backups.settings': method.answer({
    permission: 'administrator',
    input: z.strictObject({
      /** A folder on a second disk or a USB stick, as the desk's computer names it. */
      folder: text(1000).min(1),
      keep: z.number().int().min(1).max(1000),
      /** The version the administrator saw (0 before the first setting). */
      version: z.number().int().min(0),
    }),
    handler: (input, ctx) => {
      checkBackupFolder(input.folder, ctx.ledgerPath);
      return ctx.write((who) => {
        const current = settings(ctx);
        if ((current?.version ?? 0) !== input.version) throw new Refusal({ code: 'stale', messageKey: 'error.stale' });
        if (current === null)
          ctx.db.prepare('INSERT INTO backup_setting (id, version, folder, keep, updated_at) VALUES (1, 1, ?, ?, ?)').run(input.folder, input.keep, who.at);
        else
          ctx.db
            .prepare('UPDATE backup_setting SET folder = ?, keep = ?, version = version + 1, updated_at = ? WHERE id = 1')
            .run(input.folder, input.keep, who.at);
        recordChange(ctx.db, who, 'backup.settings', 'backup_setting', 1, input.folder);
        return backupStatus(ctx);
      });
    },
  }),

  /**
   * Reports the pages copied of the ledger's pages to the panel that asked. Not stoppable, though stopping would be
   * safe (the partial copy is removed either way): a stopped backup leaves the ledger with no new backup, which is
   * worth less than the seconds it would save, and the desk's own backups cannot be stopped by anyone anyway.
   */
  'backups.make': method.awaits({
    permission: 'administrator',
    job: 'reads',
    input: none,
    handler: async (_, ctx) => {
      const set = settings(ctx);
      if (set === null) throw new Refusal({ code: 'invalid-input', messageKey: 'backup.noFolder', field: 'folder' });
      const job = ctx.job();
      try {
        const made = await backupNow(ctx.db, sealPlaces(ctx.ledgerPath), set.folder, () => ctx.now(), set.keep, (copied, total) => job.report(copied, total));
        return { backup: view(made.file), removed: made.removed };
      } catch (error) {
        if (error instanceof LedgerError) throw new Refusal({ code: 'invalid-input', messageKey: error.messageKey, params: error.params });
        throw error;
      }
    },
  }),

  /**
   * Puts a backup from the folder in place of the ledger the desk runs on (backup-restore.ts). Answered on this
   * thread, not the job thread: the restore holds this thread's writes until the restored ledger is journaled.
   */
  'backups.restore': method.awaits({
    permission: 'administrator',
    input: z.strictObject({
      /** A backup's name as the folder lists it (never a path: the page only picks among the listed ones). */
      name: text(200).min(1),
      /** The journal position the administrator was shown what would be lost against. */
      seq: z.number().int().min(0),
    }),
    handler: (input, ctx) => restoreOnScreen(ctx, input),
  }),
};
