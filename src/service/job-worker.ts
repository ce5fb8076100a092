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
  ...(data.idleMinutes === undefined ? {} : { idleMinutes: data.idleMinutes }),
  ...(data.passwordCost === undefined ? {} : { passwordCost: data.passwordCost }),
});

parentPort?.on('message', ({ id, job, stop }: JobMessage) => {
  for (const file of job.files) service.adoptImportFile(file);
  // Progress crosses to the request thread as messages; a stop comes back through the shared flag.
  const handle = stop && jobHandle((done, total) => parentPort?.postMessage({ id, progress: { done, total } } satisfies Reply), stopFlag(stop));
  void service
    .callAsync(job.method, job.input, { vouched: job.scope }, handle)
    .then((result) => parentPort?.postMessage({ id, result } satisfies Reply));
});

process.on('exit', () => ledger.close());
