import { isAbsolute } from 'node:path';
import { z } from 'zod';
import type { BackupStatus, BackupView } from '../domain/seals';
import { listBackups, type BackupFile } from '../ledger/backup';
import { LedgerError } from '../ledger/errors';
import { journalHead } from '../ledger/journal';
import { recordChange } from '../ledger/record';
import type { Context } from './context';
import { backupNow, lastSeal, ledgerIdOf, sealPlaces, trustProblem } from './ledger-files';
import { method } from './method';
import { Refusal } from './result';
import { none, text } from './schemas';

// The administrator's backups (issue 14, item 1): the folder the desk writes them into and how many it keeps (one
// row of the ledger, journaled), the backups there, and one made now. Backups are the administrator's alone.

/** Older than this, the last good backup is reported stale and the desk warns at start. */
const STALE_MS = 24 * 60 * 60 * 1000;
const DEFAULT_KEEP = 10;

interface SettingRow {
  folder: string;
  keep: number;
  version: number;
}

function settings(ctx: Context): SettingRow | null {
  return (ctx.db.prepare('SELECT folder, keep, version FROM backup_setting WHERE id = 1').get() as SettingRow | undefined) ?? null;
}

const view = (b: BackupFile): BackupView => ({ name: b.name, at: b.at, seq: b.seq, bytes: b.bytes, sealed: b.seal !== null });

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
  };
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
      if (!isAbsolute(input.folder))
        throw new Refusal({ code: 'invalid-input', messageKey: 'backup.folderNotAbsolute', params: { folder: input.folder }, field: 'folder' });
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

  'backups.make': method.awaits({
    permission: 'administrator',
    job: 'reads',
    input: none,
    handler: async (_, ctx) => {
      const set = settings(ctx);
      if (set === null) throw new Refusal({ code: 'invalid-input', messageKey: 'backup.noFolder', field: 'folder' });
      try {
        const made = await backupNow(ctx.db, sealPlaces(ctx.ledgerPath), set.folder, () => ctx.now(), set.keep);
        return { backup: view(made.file), removed: made.removed };
      } catch (error) {
        if (error instanceof LedgerError) throw new Refusal({ code: 'invalid-input', messageKey: error.messageKey, params: error.params });
        throw error;
      }
    },
  }),
};
