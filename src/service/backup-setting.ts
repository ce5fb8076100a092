import type { BackupView } from '../domain/seals';
import type { BackupFile } from '../ledger/backup';
import type { Context } from './context';

// The one row of the administrator's backup settings (the folder the desk writes its backups into and how many it
// keeps), and a backup as the screens show it.

export const DEFAULT_KEEP = 10;

export interface SettingRow {
  folder: string;
  keep: number;
  version: number;
}

export function settings(ctx: Context): SettingRow | null {
  return (ctx.db.prepare('SELECT folder, keep, version FROM backup_setting WHERE id = 1').get() as SettingRow | undefined) ?? null;
}

export const view = (b: BackupFile): BackupView => ({ name: b.name, at: b.at, seq: b.seq, bytes: b.bytes, sealed: b.seal !== null });
