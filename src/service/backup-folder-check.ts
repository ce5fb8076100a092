import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { Refusal } from './result';

// Issue 14, item 4: the folder the administrator types (the browser mode has no folder dialog; the desk window's
// dialog fills the same field) is checked before it is saved, so that the first automatic backup does not fail a
// quarter of an hour later: a full path; not the ledger's own folder or one inside it (a backup there dies with the
// ledger's disk, and it would mix with the replaced ledgers a restore keeps there); an existing folder the desk may
// write into, or one that can be made because its parent exists (a new folder on a connected USB stick).

function refuse(messageKey: string, params: Record<string, string>): never {
  throw new Refusal({ code: 'invalid-input', messageKey, params, field: 'folder' });
}

export function checkBackupFolder(folder: string, ledgerPath: string): void {
  if (!isAbsolute(folder)) refuse('backup.folderNotAbsolute', { folder });
  const wanted = resolve(folder);
  const inside = relative(dirname(resolve(ledgerPath)), wanted);
  if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) refuse('backup.folderBesideLedger', { folder });
  if (!existsSync(wanted)) {
    const parent = dirname(wanted);
    if (!existsSync(parent) || !statSync(parent).isDirectory()) refuse('backup.folderMissing', { folder, parent });
    return;
  }
  if (!statSync(wanted).isDirectory()) refuse('backup.notFolder', { folder });
  try {
    accessSync(wanted, constants.W_OK);
  } catch {
    refuse('backup.folderNotWritable', { folder });
  }
}
