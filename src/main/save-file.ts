import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { finished } from 'node:stream/promises';
import { Refusal } from '../service/result';
import type { Desk } from './desk';

// A workbook of one of the service's file methods, saved where the clerk chooses: the service checks the input and
// prepares the workbook first (so a refusal comes before the dialog), main asks with a save dialog offering the
// service's name for it, streams it to a temporary file beside the target and renames it into place, so a failure
// leaves no half file.

/** The path written and the rows, or path null when the clerk cancels; a refusal or a failure is thrown as a Refusal. */
export async function saveWorkbook(desk: Desk, method: string, input: unknown): Promise<{ path: string | null; rows: number }> {
  const prepared = await desk.service.prepareFile(method, input);
  if (!prepared.ok) throw new Refusal(prepared.error);
  const path = await desk.askSave(prepared.value.fileName, 'xlsx');
  if (path === null) return { path: null, rows: 0 };
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const out = createWriteStream(temporary);
  const failure: { error?: Error } = {};
  out.on('error', (error) => (failure.error ??= error));
  // A stream refused before it has even opened its file still opens it: wait until it is closed, then remove it.
  const discard = async (): Promise<void> => {
    if (!out.closed) {
      const closed = once(out, 'close');
      out.destroy();
      await closed.catch(() => undefined);
    }
    rmSync(temporary, { force: true });
  };
  try {
    const written = await prepared.value.write(out);
    if (!written.ok) {
      await discard();
      throw new Refusal(written.error);
    }
    if (!out.writableEnded) out.end();
    await finished(out);
    if (failure.error) throw failure.error;
    renameSync(temporary, path);
    return { path, rows: written.value.rows };
  } catch (error) {
    await discard();
    if (error instanceof Refusal) throw error;
    console.error(`tizim: saving ${method} failed`, error);
    throw new Refusal({ code: 'internal', messageKey: 'error.saveFailed', params: { detail: error instanceof Error ? error.message : String(error) } });
  }
}
