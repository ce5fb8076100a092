import { parentPort, workerData } from 'node:worker_threads';
import { openLedger } from '../ledger/index';
import { createService } from './index';
import type { JobMessage, JobWorkerData, Reply } from './jobs';
import { jobHandle, stopFlag } from './progress';

// The job thread's own side (jobs.ts): its own connection to the ledger, its own service, each job run as the user
// the request thread vouched for. Built as out/main/job-worker.js beside the desk's main process and the CLI.

const data = workerData as JobWorkerData;
const ledger = openLedger(data.ledgerPath, { mustExist: true });
const service = createService(ledger, {
  actor: data.actor,
  ownThread: true,
  ...(data.idleMinutes === undefined ? {} : { idleMinutes: data.idleMinutes }),
  ...(data.passwordCost === undefined ? {} : { passwordCost: data.passwordCost }),
});

// One job at a time on this connection: a commit may hold the write lock across its awaits (context.ts, writeHeld),
// and another job's write must not slip into its transaction.
let queue: Promise<unknown> = Promise.resolve();
parentPort?.on('message', ({ id, job, stop }: JobMessage) => {
  // Progress crosses to the request thread as messages; a stop comes back through the shared flag.
  const handle = stop && jobHandle((done, total) => parentPort?.postMessage({ id, progress: { done, total } } satisfies Reply), stopFlag(stop));
  const run = async (): Promise<void> => {
    for (const file of job.files) service.adoptImportFile(file);
    const result = await service.callAsync(job.method, job.input, { vouched: job.scope }, handle);
    parentPort?.postMessage({ id, result } satisfies Reply);
  };
  queue = queue.then(run, run);
});

process.on('exit', () => ledger.close());
