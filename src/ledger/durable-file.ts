import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

// Files the desk keeps beside the ledger or in the backup folder (seals, keys) are written whole or not at all, and
// are on the disk before the desk says so: a temporary file is written, flushed, renamed over the target, and the
// folder flushed, so a power cut leaves either the old file or the new one.

export function writeDurably(target: string, content: string | Buffer, mode = 0o644): void {
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.writing`);
  try {
    const fd = openSync(temporary, 'w', mode);
    try {
      writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  syncFolder(dirname(target));
}

/** Flushes a folder's entries (a rename, a new file) to the disk; a no-op where folders cannot be opened (Windows). */
export function syncFolder(folder: string): void {
  let fd: number;
  try {
    fd = openSync(folder, 'r');
  } catch {
    return;
  }
  try {
    fsyncSync(fd);
  } catch {
    // Some file systems refuse to flush a folder; the rename itself is still atomic there.
  } finally {
    closeSync(fd);
  }
}

/** Flushes a file written by someone else (SQLite's backup) to the disk. */
export function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Whether the process that named a temporary file after itself still runs: a file of a live process is a write under
 * way, one of a dead process was left by a killed write and may be removed. EPERM means alive, another user's.
 */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
