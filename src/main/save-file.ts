import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { Result } from '../service/result';

// A workbook the service streams, saved where the clerk chooses: Electron's main asks with a save dialog (passed in
// as `askPath`, so that this stays testable in plain Node), streams the workbook to a temporary file beside the
// target and renames it into place, so a failure leaves no half file.

/** Writes a file method's workbook to `out`; refuses without writing when the input is wrong. */
export type WriteWorkbook = (input: unknown, out: NodeJS.WritableStream) => Promise<Result<{ rows: number }>>;

/** Where the clerk wants the file, or null when they cancel the dialog. */
export type AskPath = (defaultName: string) => Promise<string | null>;

type Failure = Extract<Result<never>, { ok: false }>;

/**
 * The refusal of an input the save method's own schema rejected, worded by the service: the same input is refused
 * the same way whichever method it came through.
 */
export async function refusalOf(write: WriteWorkbook, input: unknown): Promise<Failure> {
  const refused = await write(input, new Writable({ write: (_chunk, _encoding, done) => done() }));
  return refused.ok ? { ok: false, error: { code: 'invalid-input', messageKey: 'error.input.value', params: { path: '' } } } : refused;
}

export async function saveWorkbook(
  write: WriteWorkbook,
  input: unknown,
  defaultName: string,
  askPath: AskPath,
  method: string,
): Promise<Result<{ path: string | null; rows: number }>> {
  const path = await askPath(defaultName);
  if (path === null) return { ok: true, value: { path: null, rows: 0 } };
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
    const result = await write(input, out);
    if (!result.ok) {
      await discard();
      return result;
    }
    if (!out.writableEnded) out.end();
    await finished(out);
    if (failure.error) throw failure.error;
    renameSync(temporary, path);
    return { ok: true, value: { path, rows: result.value.rows } };
  } catch (error) {
    await discard();
    console.error(`tizim: ${method} failed`, error);
    return { ok: false, error: { code: 'internal', messageKey: 'error.internal' } };
  }
}
