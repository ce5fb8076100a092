import { Worker } from 'node:worker_threads';
import type { CallScope } from './context';
import type { JobHandle } from './progress';
import type { Result } from './result';

// The job thread: the long methods (those declared `job`: a whole-journal verify, an import's preview and commit, a
// whole-election check) are answered by a worker thread over its own connection to the same ledger file, so the
// thread that answers requests keeps answering the other workstations meanwhile. SQLite's WAL lets them read while
// the job writes; their writes wait for it without blocking (the service retries them, index.ts).

export interface Job {
  method: string;
  input: unknown;
  /** Who asked, as the request thread established it from the session: the job runs as them. */
  scope: CallScope;
  /** The import files registered on the request thread, which the job may read. */
  files: { fileId: string; path: string; name: string }[];
}

export interface JobRunner {
  /** `handle`: where the job's progress goes, and the flag that stops it (shared with the job thread). */
  run(job: Job, handle?: JobHandle): Promise<Result<unknown>>;
  close(): Promise<void>;
}

/** What the worker is started with (job-worker.ts). */
export interface JobWorkerData {
  ledgerPath: string;
  actor: string;
  idleMinutes?: number;
  passwordCost?: number;
}

/** The job thread's messages: a job's answer, or how far it has come. */
export type Reply = { id: number; result: Result<unknown> } | { id: number; progress: { done: number; total: number } };

/** What the job thread is sent: the job, and the stop flag's shared memory when someone follows it. */
export interface JobMessage {
  id: number;
  job: Job;
  stop?: SharedArrayBuffer;
}

/**
 * One worker for every job: SQLite has one writer at a time anyway, and one thread of jobs keeps the machine's other
 * core for the requests. A worker that dies (a bug, not a refusal) fails the jobs it held and is started again.
 */
export function createJobRunner(script: string, data: JobWorkerData): JobRunner {
  let worker: Worker | null = null;
  let next = 1;
  const waiting = new Map<number, (result: Result<unknown>) => void>();
  const following = new Map<number, JobHandle>();
  const failAll = (error: unknown): void => {
    console.error('tizim: the job thread stopped', error);
    for (const resolve of waiting.values()) resolve({ ok: false, error: { code: 'internal', messageKey: 'error.internal' } });
    waiting.clear();
    following.clear();
    worker = null;
  };
  const started = (): Worker => {
    if (worker) return worker;
    const w = new Worker(script, { workerData: data });
    w.on('message', (reply: Reply) => {
      if ('progress' in reply) {
        following.get(reply.id)?.report(reply.progress.done, reply.progress.total);
        return;
      }
      waiting.get(reply.id)?.(reply.result);
      waiting.delete(reply.id);
      following.delete(reply.id);
    });
    w.on('error', failAll);
    w.on('exit', (code) => {
      if (waiting.size > 0) failAll(new Error(`exit ${code}`));
      worker = null;
    });
    worker = w;
    return w;
  };
  return {
    run: (job, handle) =>
      new Promise((resolve) => {
        const id = next++;
        waiting.set(id, resolve);
        if (handle) following.set(id, handle);
        const message: JobMessage = handle ? { id, job, stop: handle.flag.buffer as SharedArrayBuffer } : { id, job };
        started().postMessage(message);
      }),
    close: async () => {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}
