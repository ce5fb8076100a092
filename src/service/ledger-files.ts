import { existsSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import { checkBackup, makeBackup, restoreBackup, type BackupCheck, type BackupPages, type MadeBackup } from '../ledger/backup';
import { writeDurably } from '../ledger/durable-file';
import { ledgerIdOf } from '../ledger/identity';
import { journalHead } from '../ledger/journal';
import {
  defaultSealKeyPath,
  lastSealPath,
  loadSealKey,
  makeSeal,
  positionHeld,
  readSeal,
  sealHeld,
  type Seal,
  type SealCheck,
  type SealKey,
  type SealProblem,
} from '../ledger/seal';

// The ledger's files beside the ledger: its signing key, the desk's last seal, its backups (issue 14, items 1–2).
// These act on files, not through the journal (a backup or a seal changes nothing in the ledger), so the CLI calls
// them directly on the file it was given, as copying the file would; the desk's screen reaches them through the
// administrator's methods (backups.ts).

export interface SealPlaces {
  /** The Ed25519 key, made here at first need (mode 0600). */
  keyPath: string;
  /** The desk's last seal of this ledger. */
  lastSealPath: string;
}

/** Where a ledger's key and last seal are kept: beside it, unless the key is elsewhere (TIZIM_SEAL_KEY, --key). */
export function sealPlaces(ledgerPath: string, keyPath?: string): SealPlaces {
  return { keyPath: keyPath ?? defaultSealKeyPath(ledgerPath), lastSealPath: lastSealPath(ledgerPath) };
}

function keyFor(places: SealPlaces, create: boolean): SealKey | null {
  return loadSealKey(places.keyPath, { create });
}

/** The desk's last seal of the ledger, as it reads now (null when it has made none yet). */
export function lastSeal(places: SealPlaces): Seal | null {
  return existsSync(places.lastSealPath) ? readSeal(places.lastSealPath) : null;
}

/**
 * Whether the desk may trust the ledger: its journal still holds the last seal the desk made of it. Null when it
 * does (or when there is no seal yet: a new ledger, or the first start of this version); else what was found.
 */
export function trustProblem(db: Database, places: SealPlaces): SealProblem | null {
  if (!existsSync(places.lastSealPath)) return null;
  const seal = readSeal(places.lastSealPath);
  if (seal === null) return { reason: 'unreadable' };
  const key = keyFor(places, false);
  if (key === null) return { reason: 'keyMissing' };
  const check = sealHeld(db, seal, key);
  return check.held ? null : check.problem;
}

/**
 * Keeps `seal` as the desk's last seal, unless the one kept is of a later position the ledger still holds (another
 * process sealed after this one read the journal). `replace` is for a restore, which moves the ledger back on purpose.
 */
function remember(db: Database, places: SealPlaces, seal: Seal, replace = false): void {
  const kept = lastSeal(places);
  if (!replace && kept !== null && kept.seq > seal.seq && positionHeld(db, kept) === null) return;
  writeDurably(places.lastSealPath, `${JSON.stringify(seal, null, 2)}\n`);
}

/**
 * Seals the ledger as it stands and keeps it as the desk's last seal. Refused (with what was found) when the ledger
 * no longer holds the last seal, unless `replace`: the administrator then accepts the ledger as it is now.
 */
export function sealNow(db: Database, places: SealPlaces, now: Date, replace = false): Seal {
  const problem = trustProblem(db, places);
  if (problem !== null && !replace) throw new SealRefusal(problem);
  const seal = makeSeal(db, keyFor(places, true) as SealKey, now.toISOString());
  remember(db, places, seal, replace);
  return seal;
}

/** A seal written where the administrator keeps it (`tizim seal --out`). */
export function writeSealFile(path: string, seal: Seal): void {
  writeDurably(path, `${JSON.stringify(seal, null, 2)}\n`);
}

/** A seal refused because the ledger does not hold the last one: what was found, for its message. */
export class SealRefusal extends Error {
  constructor(readonly problem: SealProblem) {
    super(`seal.problem.${problem.reason}`);
  }
}

/** A backup of the ledger into `folder`, checked and sealed; its seal becomes the desk's last. */
export async function backupNow(
  db: Database,
  places: SealPlaces,
  folder: string,
  now: () => Date,
  keep: number,
  onPages?: BackupPages,
): Promise<MadeBackup> {
  const made = await makeBackup(db, folder, { key: keyFor(places, true) as SealKey, now, keep, ...(onPages ? { onPages } : {}) });
  remember(db, places, made.seal);
  return made;
}

/**
 * Restores a backup over the ledger at `target` (the live connection `live` when the desk restores its own ledger),
 * keeping the replaced file beside it; the desk's last seal becomes the backup's, since the ledger now stands there.
 */
export async function restoreInto(
  backup: string,
  target: string,
  places: SealPlaces,
  now: () => Date,
  live?: Database,
): Promise<{ check: BackupCheck; kept: string | null; seal: Seal }> {
  const restored = await restoreBackup(backup, target, {
    key: keyFor(places, false),
    sealKey: () => keyFor(places, true) as SealKey,
    now,
    ...(live ? { live } : {}),
  });
  writeDurably(places.lastSealPath, `${JSON.stringify(restored.seal, null, 2)}\n`);
  return restored;
}

/** `verify --seal FILE`: the seal is genuine and the ledger still holds it. */
export function checkSealFile(db: Database, sealFile: string, places: SealPlaces): SealCheck {
  const seal = readSeal(sealFile);
  if (seal === null) return { held: false, problem: { reason: 'unreadable' } };
  return sealHeld(db, seal, keyFor(places, false));
}

/** `verify --against BACKUP`: the backup proves good on its own, and the ledger's journal still holds all of it. */
export function checkAgainstBackup(db: Database, backup: string, places: SealPlaces): { backup: BackupCheck; problem: SealProblem | null; entriesAfter: number } {
  const checked = checkBackup(backup, keyFor(places, false));
  const problem =
    checked.seal !== null && !checked.seal.held
      ? checked.seal.problem
      : positionHeld(db, { ledgerId: checked.ledgerId ?? '', seq: checked.head.seq, headHash: checked.head.hash, at: checked.seal?.held ? checked.seal.seal.at : '' });
  return { backup: checked, problem, entriesAfter: journalHead(db).seq - checked.head.seq };
}

export { ledgerIdOf };
