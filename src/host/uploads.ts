import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The files clerks upload in the browser mode: kept in a private folder of this launch (made on the first upload,
// removed when the host closes), under names the host makes up, so a sent file name never becomes a path.

export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

export class UploadTooLarge extends Error {}

export interface Uploads {
  /** Streams the request body to a new file and returns its path; rejects with UploadTooLarge past `limit`. */
  receive(req: IncomingMessage, limit: number): Promise<string>;
  dispose(): Promise<void>;
}

export function createUploads(): Uploads {
  let dir: Promise<string> | null = null;
  return {
    async receive(req, limit) {
      dir ??= mkdtemp(join(tmpdir(), 'tizim-uploads-'));
      const path = join(await dir, `${randomUUID()}.xlsx`);
      const out = createWriteStream(path, { mode: 0o600 });
      let size = 0;
      try {
        // Not destroyed on a too-large body, so that the host can still answer on the same connection.
        for await (const chunk of req.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
          size += chunk.length;
          if (size > limit) throw new UploadTooLarge();
          if (!out.write(chunk)) await once(out, 'drain');
        }
        await new Promise<void>((resolveEnd, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolveEnd())));
      } catch (error) {
        out.destroy();
        await rm(path, { force: true });
        throw error;
      }
      return path;
    },
    async dispose() {
      if (dir !== null) await rm(await dir, { recursive: true, force: true });
    },
  };
}
