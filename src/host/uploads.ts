import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The files clerks upload in the browser mode: kept in a private folder of this launch (made on the first upload,
// removed when the host closes), under names the host makes up, so a sent file name never becomes a path.

export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;
/**
 * The uploads kept at once, over every clerk of the server: past this the oldest is removed, and previewing it again
 * asks for the file again. Not removed at the commit: the screen shows the file's preview again after it. Twenty of the
 * largest are two gigabytes of disk; the host once kept every upload until it closed.
 */
export const MAX_UPLOADS_KEPT = 20;

export class UploadTooLarge extends Error {}

export interface Uploads {
  /** Streams the request body to a new file and returns its path; rejects with UploadTooLarge past `limit`. */
  receive(req: IncomingMessage, limit: number): Promise<string>;
  dispose(): Promise<void>;
}

const PREFIX = 'tizim-uploads-';

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The folder of this launch, named by its process; first the folders of launches that died without removing
 * theirs (a crash, a kill) are removed, so a killed host leaves nothing on the disk past its next start.
 */
async function sweepThenMake(): Promise<string> {
  try {
    for (const name of await readdir(tmpdir())) {
      const pid = new RegExp(`^${PREFIX}(\\d+)-`).exec(name)?.[1];
      if (pid !== undefined && Number(pid) !== process.pid && !processAlive(Number(pid))) await rm(join(tmpdir(), name), { recursive: true, force: true });
    }
  } catch {
    // A temporary folder that cannot be listed keeps what it has; this launch's uploads still work.
  }
  return mkdtemp(join(tmpdir(), `${PREFIX}${process.pid}-`));
}

export function createUploads(kept = MAX_UPLOADS_KEPT): Uploads {
  let dir: Promise<string> | null = null;
  /** The uploads kept, oldest first. */
  const held: string[] = [];
  return {
    async receive(req, limit) {
      dir ??= sweepThenMake();
      const path = join(await dir, `${randomUUID()}.xlsx`);
      const out = createWriteStream(path, { mode: 0o600 });
      // A write still under way when the body is refused fails on the destroyed file: heard here, never thrown.
      const failed: { error: Error | null } = { error: null };
      out.on('error', (error) => {
        failed.error ??= error;
      });
      let size = 0;
      try {
        // Not destroyed on a too-large body, so that the host can still answer on the same connection.
        for await (const chunk of req.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
          size += chunk.length;
          if (size > limit) throw new UploadTooLarge();
          if (failed.error !== null) throw failed.error;
          if (!out.write(chunk)) await once(out, 'drain');
        }
        await new Promise<void>((resolveEnd, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolveEnd())));
      } catch (error) {
        // Removed once closed: a file removed while still being written to would keep its bytes on the disk.
        if (!out.closed) {
          const closed = once(out, 'close').catch(() => undefined);
          out.destroy();
          await closed;
        }
        await rm(path, { force: true });
        throw error;
      }
      held.push(path);
      for (const old of held.splice(0, Math.max(0, held.length - kept))) await rm(old, { force: true });
      return path;
    },
    async dispose() {
      if (dir !== null) await rm(await dir, { recursive: true, force: true });
    },
  };
}
