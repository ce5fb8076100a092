import { AsyncLocalStorage } from 'node:async_hooks';
import { readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tmp from 'tmp';

// Issue 14, item 5: exceljs's reader copies each worksheet it meets before the shared strings into a temporary file,
// and removes it only once it has read it, or when the process exits; the reader stops after its one sheet (or at a
// limit), so the others stayed until the host exited (three previews of a 1 MB bomb left 3 GB). Every temporary file
// a read makes is named as the desk's and removed when that read ends, whatever ended it; a process killed mid-read
// leaves its files, removed at the next start of any desk, CLI or host.

const PREFIX = 'tizim-sheet';
const NAME = new RegExp(`^${PREFIX}-(\\d+)-`);

type Cleanup = (next?: () => void) => void;
/** A temporary file of a read, until it is removed: by exceljs once it has read it, or when the read ends. */
interface Made {
  removed: boolean;
  cleanup: Cleanup;
}
const made = new AsyncLocalStorage<Set<Made>>();

const original = tmp.file.bind(tmp);
tmp.file = (options, callback) => {
  const done = typeof options === 'function' ? options : callback;
  const asked = typeof options === 'function' ? {} : options;
  original({ prefix: PREFIX, ...asked }, (error, path, fd, cleanup) => {
    const file: Made = { removed: false, cleanup };
    if (error === null) made.getStore()?.add(file);
    done?.(error, path, fd, (next) => {
      file.removed = true;
      cleanup(next);
    });
  });
};

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

let swept = false;
/** Removes the temporary sheets of desks that died mid-read; once a process. */
function sweepOnce(): void {
  if (swept) return;
  swept = true;
  try {
    for (const name of readdirSync(tmpdir())) {
      const pid = NAME.exec(name)?.[1];
      if (pid !== undefined && Number(pid) !== process.pid && !alive(Number(pid))) rmSync(join(tmpdir(), name), { force: true });
    }
  } catch {
    // A temporary folder that cannot be listed keeps what it has; the read still works.
  }
}

/** Runs a read; every temporary file exceljs made for it is removed when it ends. */
export async function withSheetTempFiles<T>(read: () => Promise<T>): Promise<T> {
  sweepOnce();
  const files = new Set<Made>();
  try {
    return await made.run(files, read);
  } finally {
    const left = [...files].filter((f) => !f.removed);
    await Promise.all(left.map((f) => new Promise<void>((resolve) => f.cleanup(() => resolve()))));
  }
}
