import { formatNumber } from '../domain/numbers';
import { jobHandle, type JobHandle } from '../service/progress';
import type { CliContext } from './io';

/** How often the line is rewritten at most: a terminal redrawn 200,000 times would slow the job it shows. */
const EVERY_MS = 100;

/**
 * The progress line of a long command on the terminal: `key` from the CLI catalog, given the count and the total.
 * Nothing (undefined) when the error output is not a terminal. `end` clears the line before the answer is printed.
 * `whole`: said instead once the count is complete, for a command that still works after it (a backup checks its
 * copy), so that a full count does not seem to hang.
 */
export function progressLine(ctx: CliContext, keys: { counted: string; read?: string; whole?: string }): { handle: JobHandle | undefined; end(): void } {
  const show = ctx.progress;
  if (!show) return { handle: undefined, end: () => undefined };
  let last = 0;
  let shown = false;
  const handle = jobHandle((done, total) => {
    const now = Date.now();
    if (now - last < EVERY_MS && done !== total) return;
    last = now;
    shown = true;
    const key = total === 0 && keys.read !== undefined ? keys.read : total > 0 && done === total && keys.whole !== undefined ? keys.whole : keys.counted;
    show(ctx.t(key, { done: formatNumber(done, ctx.lang), total: formatNumber(total, ctx.lang) }));
  });
  return {
    handle,
    end: () => {
      if (shown) show(null);
      shown = false;
    },
  };
}
