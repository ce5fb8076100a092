import { createWriteStream, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { processAlive } from '../ledger/index';
import { CliFailure, EXIT } from './failure';

/**
 * Writes a file through a temporary one beside the target, renamed over it only when complete, so that a failure
 * never leaves half a workbook where the clerk expects one. `write` throws a CliFailure for a refusal; any other
 * failure (the folder cannot be written, the disk is full) is said with `cannotWriteKey` and the target's path.
 */
export async function writeAtomically(target: string, cannotWriteKey: string, write: (out: NodeJS.WritableStream) => Promise<void>): Promise<void> {
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  sweepKilled(target);
  const out = createWriteStream(temporary);
  try {
    await new Promise<void>((resolveOpen, reject) => {
      out.once('open', () => resolveOpen());
      out.once('error', reject);
    });
    await write(out);
    renameSync(temporary, target);
  } catch (error) {
    out.destroy();
    rmSync(temporary, { force: true });
    if (error instanceof CliFailure) throw error;
    throw new CliFailure(cannotWriteKey, { path: target, detail: error instanceof Error ? error.message : String(error) }, EXIT.cannotRun);
  }
}

/** Removes the hidden temporary files that killed writes of the same target left beside it (issue 14, item 8). */
function sweepKilled(target: string): void {
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try {
    names = readdirSync(dirname(target));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = Number(name.slice(prefix.length, -'.tmp'.length));
    if (Number.isSafeInteger(pid) && pid > 0 && !processAlive(pid)) rmSync(join(dirname(target), name), { force: true });
  }
}
