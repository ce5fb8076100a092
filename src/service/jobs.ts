import { Worker } from 'node:worker_threads';
import type { CallScope } from './context';
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
  run(job: Job): Promise<Result<unknown>>;
  close(): Promise<void>;
}

/** What the worker is started with (job-worker.ts). */
export interface JobWorkerData {
  ledgerPath: string;
  actor: string;
  idleMinutes?: number;
  passwordCost?: number;
}

type Reply = { id: number; result: Result<unknown> };

/**
 * One worker for every job: SQLite has one writer at a time anyway, and one thread of jobs keeps the machine's other
 * core for the requests. A worker that dies (a bug, not a refusal) fails the jobs it held and is started again.
 */
export function createJobRunner(script: string, data: JobWorkerData): JobRunner {
  let worker: Worker | null = null;
  let next = 1;
  const waiting = new Map<number, (result: Result<unknown>) => void>();
  const failAll = (error: unknown): void => {
    console.error('tizim: the job thread stopped', error);
    for (const resolve of waiting.values()) resolve({ ok: false, error: { code: 'internal', messageKey: 'error.internal' } });
    waiting.clear();
    worker = null;
  };
  const started = (): Worker => {
    if (worker) return worker;
    const w = new Worker(script, { workerData: data });
    w.on('message', ({ id, result }: Reply) => {
      waiting.get(id)?.(result);
      waiting.delete(id);
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
    run: (job) =>
      new Promise((resolve) => {
        const id = next++;
        waiting.set(id, resolve);
        started().postMessage({ id, job });
      }),
    close: async () => {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}
