import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { VerifyReport } from '../domain/records';
import { processAlive, syncFile, syncFolder, writeDurably } from './durable-file';
import { LedgerError } from './errors';
import { ledgerIdOf } from './identity';
import { journalHead } from './journal';
import { APPLICATION_ID } from './migrate';
import { makeSeal, readSeal, sealHeld, type Seal, type SealCheck, type SealKey } from './seal';
import { verifyLedger } from './verify';

// Issue 14, item 1: backups made while the desk runs. SQLite's online backup copies the ledger page by page between
// the others' writes (a write of another connection starts the copy again, so the copy is of one moment); the copy
// is then opened on its own and checked — SQLite's integrity check and the whole journal with `verify` — before it
// gets its name, so a file with a backup's name is always a good one. Each carries a seal beside it. The name says
// which ledger, when (UTC) and at which journal position: tizim-1a2b3c4d-20261201T101500Z-j241.sqlite.

export interface BackupFile {
  name: string;
  path: string;
  /** When it was made (ISO 8601, UTC), from its name. */
  at: string;
  /** The journal's position it holds. */
  seq: number;
  bytes: number;
  /** Its seal, when the file beside it reads as one. */
  seal: Seal | null;
}

const NAME = /^tizim-([0-9a-f]{8})-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z-j(\d+)\.sqlite$/;
/** A copy being made, named so that the next backup in the folder removes what a killed one left. */
const PARTIAL = /^tizim-[0-9a-f]{8}-partial-(\d+)-[0-9a-f]{8}\.sqlite(-journal)?$/;

export const sealFileOf = (backupPath: string): string => `${backupPath}.seal.json`;

function stamp(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

export function backupName(ledgerId: string, at: Date, seq: number): string {
  return `tizim-${ledgerId.slice(0, 8)}-${stamp(at)}-j${seq}.sqlite`;
}

/** The ledger's backups in a folder, newest first (another ledger's are not listed). */
export function listBackups(folder: string, ledgerId: string): BackupFile[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    // Missing, not a folder, or not readable (a USB stick taken out): no backups there; making one says why.
    return [];
  }
  const short = ledgerId.slice(0, 8);
  const found: BackupFile[] = [];
  for (const name of names) {
    const m = NAME.exec(name);
    if (m === null || m[1] !== short) continue;
    const path = join(folder, name);
    const seal = readSeal(sealFileOf(path));
    if (seal !== null && seal.ledgerId !== ledgerId) continue;
    let bytes = 0;
    try {
      bytes = statSync(path).size;
    } catch {
      continue;
    }
    found.push({ name, path, at: `${m[2]}-${m[3]}-${m[4]}T${m[5]}:${m[6]}:${m[7]}Z`, seq: Number(m[8]), bytes, seal });
  }
  return found.sort((a, b) => (a.at === b.at ? b.seq - a.seq : a.at < b.at ? 1 : -1));
}

/**
 * Which backups to keep: the newest `keep`, and the newest of each of the last `days` days (UTC), so that a week of
 * saves every quarter of an hour does not push out yesterday's state.
 */
export function backupsToRemove(backups: readonly BackupFile[], keep: number, days = 90, now = new Date()): BackupFile[] {
  const kept = new Set(backups.slice(0, keep));
  const oldest = new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);
  const seenDays = new Set<string>();
  for (const b of backups) {
    const day = b.at.slice(0, 10);
    if (day < oldest || seenDays.has(day)) continue;
    seenDays.add(day);
    kept.add(b);
  }
  return backups.filter((b) => !kept.has(b));
}

/** Removes the partial copies that killed backups left in the folder. */
function sweepPartials(folder: string): void {
  for (const name of readdirSync(folder)) {
    const m = PARTIAL.exec(name);
    if (m !== null && !processAlive(Number(m[1]))) rmSync(join(folder, name), { force: true });
  }
}

function folderReady(folder: string): void {
  try {
    if (!existsSync(folder)) mkdirSync(folder, { recursive: true });
    if (!statSync(folder).isDirectory()) throw new LedgerError('backup.notFolder', { folder });
  } catch (error) {
    if (error instanceof LedgerError) throw error;
    throw new LedgerError('backup.folderUnusable', { folder, detail: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
}

/** The verdict on a ledger file on its own: SQLite's integrity check and the whole journal, and its identity. */
export interface FileCheck {
  report: VerifyReport;
  ledgerId: string | null;
  head: { seq: number; hash: string };
}

/** Opens a ledger file read-only and checks it through. A file that is not a Tizim ledger is refused. */
export function checkLedgerFile(path: string): FileCheck {
  if (!existsSync(path)) throw new LedgerError('backup.missing', { path });
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new LedgerError('error.ledgerOpen', { path, detail: error instanceof Error ? error.message : String(error) });
  }
  try {
    let appId: number;
    try {
      appId = db.pragma('application_id', { simple: true }) as number;
    } catch {
      throw new LedgerError('error.ledgerNotTizim', { path });
    }
    if (appId !== APPLICATION_ID) throw new LedgerError('error.ledgerNotTizim', { path });
    const hasIdentity = db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'ledger_identity'").get() !== undefined;
    return { report: verifyLedger(db), ledgerId: hasIdentity ? ledgerIdOf(db) : null, head: journalHead(db) };
  } finally {
    db.close();
  }
}

function isDiskFull(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? '';
  return code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT';
}

/** How far a backup's copy has come: pages copied of the ledger's pages (SQLite's online backup counts in pages). */
export type BackupPages = (copied: number, total: number) => void;

export interface MadeBackup {
  file: BackupFile;
  seal: Seal;
  /** The older backups removed by the keeping rule. */
  removed: string[];
}

/**
 * Copies the ledger into `folder`, checks the copy, seals it and names it. A copy that fails its check is removed
 * and refused: no file is called a backup that was not proved good.
 */
export async function makeBackup(
  db: Database.Database,
  folder: string,
  options: { key: SealKey; now: () => Date; keep?: number; onPages?: BackupPages },
): Promise<MadeBackup> {
  folderReady(folder);
  sweepPartials(folder);
  const ledgerId = ledgerIdOf(db);
  const partial = join(folder, `tizim-${ledgerId.slice(0, 8)}-partial-${process.pid}-${randomBytes(4).toString('hex')}.sqlite`);
  try {
    // A few thousand pages a step: the others' calls are answered between the steps. SQLite starts over when another
    // connection writes meanwhile, so the count may go back and its total change; the last step is told on resolve.
    const copied = await db.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        options.onPages?.(totalPages - remainingPages, totalPages);
        return 4096;
      },
    });
    options.onPages?.(copied.totalPages, copied.totalPages);
    // The copy is a file of its own: a single file (no write-ahead log beside it), flushed to the disk.
    const copy = new Database(partial);
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    syncFile(partial);
  } catch (error) {
    rmSync(partial, { force: true });
    rmSync(`${partial}-journal`, { force: true });
    if (isDiskFull(error)) throw new LedgerError('backup.diskFull', { folder });
    throw new LedgerError('backup.failed', { folder, detail: (error as { code?: string }).code ?? (error instanceof Error ? error.message : String(error)) });
  }
  let checked: FileCheck;
  try {
    checked = checkLedgerFile(partial);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  if (!checked.report.ok || checked.ledgerId !== ledgerId) {
    rmSync(partial, { force: true });
    throw new LedgerError('backup.copyBad', { folder, problem: checked.report.firstBad?.problem ?? 'integrity', seq: checked.report.firstBad?.seq ?? 0 });
  }
  const at = options.now();
  const name = backupName(ledgerId, at, checked.head.seq);
  const path = join(folder, name);
  // The seal is of the copy: its journal, as it was proved.
  const copy = new Database(partial, { readonly: true });
  let seal: Seal;
  try {
    seal = makeSeal(copy, options.key, at.toISOString());
  } finally {
    copy.close();
  }
  try {
    writeDurably(sealFileOf(path), `${JSON.stringify(seal, null, 2)}\n`);
    renameSync(partial, path);
    syncFolder(folder);
  } catch (error) {
    rmSync(partial, { force: true });
    rmSync(sealFileOf(path), { force: true });
    if (isDiskFull(error)) throw new LedgerError('backup.diskFull', { folder });
    throw new LedgerError('backup.failed', { folder, detail: (error as { code?: string }).code ?? String(error) });
  }
  const all = listBackups(folder, ledgerId);
  const removed: string[] = [];
  for (const old of backupsToRemove(all, options.keep ?? 10, 90, at)) {
    rmSync(old.path, { force: true });
    rmSync(sealFileOf(old.path), { force: true });
    removed.push(old.name);
  }
  const file = all.find((b) => b.name === name) ?? { name, path, at: seal.at, seq: seal.seq, bytes: statSync(path).size, seal };
  return { file, seal, removed };
}

/** A backup's check before it is restored or compared: the file itself, and its seal where there is one. */
export interface BackupCheck extends FileCheck {
  seal: SealCheck | null;
}

export function checkBackup(path: string, key: SealKey | null): BackupCheck {
  const checked = checkLedgerFile(path);
  const seal = readSeal(sealFileOf(path));
  if (seal === null) return { ...checked, seal: null };
  const db = new Database(path, { readonly: true });
  try {
    return { ...checked, seal: sealHeld(db, seal, key) };
  } finally {
    db.close();
  }
}

/** The name the replaced ledger is kept under, beside it. */
export function replacedName(target: string, at: Date): string {
  return `${target}.replaced-${stamp(at)}.sqlite`;
}

/**
 * Puts a checked backup in place of the ledger at `target`, keeping the file it replaces beside it (itself an online
 * copy, so a desk that has the ledger open loses nothing of what it had written). A backup of another ledger is
 * refused. Where there is no ledger at `target` yet, the backup becomes it.
 */
export async function restoreBackup(
  backup: string,
  target: string,
  options: { key: SealKey | null; sealKey: () => SealKey; now: () => Date; live?: Database.Database },
): Promise<{ check: BackupCheck; kept: string | null; seal: Seal }> {
  const check = checkBackup(backup, options.key);
  if (!check.report.ok) throw new LedgerError('restore.backupBad', { path: backup, problem: check.report.firstBad?.problem ?? 'integrity', seq: check.report.firstBad?.seq ?? 0 });
  if (check.seal !== null && !check.seal.held) throw new LedgerError('restore.sealBad', { path: backup, reason: check.seal.problem.reason });
  if (check.ledgerId === null) throw new LedgerError('error.ledgerNotTizim', { path: backup });
  const folder = dirname(target);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new LedgerError('restore.noFolder', { path: target, folder });
  let kept: string | null = null;
  if (existsSync(target)) {
    const current = options.live ?? openForRestore(target);
    try {
      const currentId = ledgerIdOf(current);
      if (currentId !== check.ledgerId) throw new LedgerError('restore.otherLedger', { path: backup, target, backupLedger: check.ledgerId, ledger: currentId });
      kept = replacedName(target, options.now());
      await current.backup(kept);
      const copy = new Database(kept);
      try {
        copy.pragma('journal_mode = DELETE');
      } finally {
        copy.close();
      }
      syncFile(kept);
    } finally {
      if (current !== options.live) current.close();
    }
  }
  const source = new Database(backup, { readonly: true });
  let seal: Seal;
  try {
    // The ledger will stand where the backup does: its seal, or a new one of that same journal.
    seal = check.seal?.held ? check.seal.seal : makeSeal(source, options.sealKey(), options.now().toISOString());
    await source.backup(target);
  } finally {
    source.close();
  }
  syncFolder(folder);
  return { check, kept, seal };
}

function openForRestore(path: string): Database.Database {
  try {
    const db = new Database(path, { fileMustExist: true });
    if ((db.pragma('application_id', { simple: true }) as number) !== APPLICATION_ID) {
      db.close();
      throw new LedgerError('error.ledgerNotTizim', { path });
    }
    return db;
  } catch (error) {
    if (error instanceof LedgerError) throw error;
    throw new LedgerError('restore.targetUnusable', { path, detail: error instanceof Error ? error.message : String(error) });
  }
}
