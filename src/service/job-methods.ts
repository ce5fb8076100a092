import { z } from 'zod';
import { method } from './method';
import { jobKey } from './progress';

// Following a long job the caller started (progress.ts): how far it has come, and a stop where stopping is safe.
// A caller names its job by an id of its own choosing, sent with the call; only the same session sees or stops it.

const jobId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

export const jobMethods = {
  /** The job's last progress; null once it has ended (its own call then answers) or before it has started. */
  'jobs.progress': method.answer({
    permission: 'observer',
    input: z.strictObject({ id: jobId }),
    handler: (input, ctx) => ctx.board.progress(jobKey(ctx.scope.token, input.id)),
  }),
  /** Asks the job to stop: it then answers its call `cancelled`, having written nothing. False if it cannot stop. */
  'jobs.cancel': method.answer({
    permission: 'observer',
    input: z.strictObject({ id: jobId }),
    handler: (input, ctx) => ({ stopping: ctx.board.cancel(jobKey(ctx.scope.token, input.id)) }),
  }),
  /**
   * How many of the caller's changes wait now for another write to end, and the long writes of this desk they wait
   * for (a large import's commit: who started it, how far it is). The page of a clerk whose save waits says so,
   * rather than seeming to hang. A write by another program (the CLI) holds the ledger too, unnamed.
   */
  'jobs.writing': method.answer({
    permission: 'observer',
    input: z.strictObject({}),
    handler: (_, ctx) => ({
      waiting: ctx.waiting.get(ctx.scope.token) ?? 0,
      writers: ctx
        .writers()
        .map(({ method: name, by, token, since, done, total }) => ({ method: name, by, since, done, total, yours: token !== null && token === ctx.scope.token })),
    }),
  }),
};
