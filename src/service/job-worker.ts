import { parentPort, workerData } from 'node:worker_threads';
import { openLedger } from '../ledger/index';
import { createService } from './index';
import type { Job, JobWorkerData } from './jobs';

// The job thread's own side (jobs.ts): its own connection to the ledger, its own service, each job run as the user
// the request thread vouched for. Built as out/main/job-worker.js beside the desk's main process and the CLI.

const data = workerData as JobWorkerData;
const ledger = openLedger(data.ledgerPath, { mustExist: true });
const service = createService(ledger, {
  actor: data.actor,
  ...(data.idleMinutes === undefined ? {} : { idleMinutes: data.idleMinutes }),
  ...(data.passwordCost === undefined ? {} : { passwordCost: data.passwordCost }),
});

parentPort?.on('message', ({ id, job }: { id: number; job: Job }) => {
  for (const file of job.files) service.adoptImportFile(file);
  void service.callAsync(job.method, job.input, { vouched: job.scope }).then((result) => parentPort?.postMessage({ id, result }));
});

process.on('exit', () => ledger.close());
