import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../src/ledger';
import { createService, type Service } from '../../src/service';
import { createJobRunner, type JobRunner } from '../../src/service/jobs';
import type { JobProgress } from '../../src/service/progress';
import type { ImportOutcome, ImportPreview } from '../../src/domain/import-records';
import { writeLargeDistrictFile } from '../fixtures/large-workbook';
import { seedCandidates } from '../fixtures/synthetic';

// Issue 15, item 3: a long job on the job thread reports how far it has come to the caller that started it (by the
// id the caller sent with the call), across the thread boundary; a verify or a preview stops when asked, an import's
// commit does not. Runs the built worker (out/main/job-worker.js), as the server does.

const worker = resolve(__dirname, '../../out/main/job-worker.js');
let dir: string;
let ledger: Ledger;
let jobs: JobRunner;
let service: Service;
let electionId: number;

beforeEach(() => {
  if (!existsSync(worker)) throw new Error(`${worker} is missing: run \`npm run build\` (npm test builds it).`);
  dir = mkdtempSync(join(tmpdir(), 'tizim-job-progress-'));
  const path = join(dir, 'ledger.sqlite');
  ledger = openLedger(path, { busyTimeoutMs: 0 });
  jobs = createJobRunner(worker, { ledgerPath: path, actor: 'os-user' });
  service = createService(ledger, { actor: 'clerk.test', jobs });
  const e = service.call('elections.create', { preset: 'mazhilis-2023' });
  if (!e.ok) throw new Error(JSON.stringify(e.error));
  electionId = (e.value as { id: number }).id;
});
afterEach(async () => {
  await jobs.close();
  ledger.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Asks for the job's progress every few milliseconds until `long` settles; every answer that was not null. */
async function follow<T>(id: string, long: Promise<T>, onProgress: (p: JobProgress) => void = () => undefined): Promise<{ value: T; seen: JobProgress[] }> {
  let settled = false;
  const seen: JobProgress[] = [];
  const done = long.then((value) => {
    settled = true;
    return value;
  });
  while (!settled) {
    await new Promise((r) => setTimeout(r, 5));
    const p = service.call('jobs.progress', { id });
    if (p.ok && p.value !== null) {
      seen.push(p.value as JobProgress);
      onProgress(p.value as JobProgress);
    }
  }
  return { value: await done, seen };
}

it('counts a verify on the job thread up to its total, journal rows and records together', async () => {
  seedCandidates(ledger, electionId, 6000);
  const { value, seen } = await follow('verify-1234', service.callAsync('journal.verify', {}, 'local', 'verify-1234'));
  expect(value.ok && (value.value as { ok: boolean }).ok).toBe(true);
  // 12,057 journal rows and 12,057 records.
  expect(seen.length).toBeGreaterThan(0);
  // Until the worker's first report (after SQLite's integrity check) the board knows no total yet.
  expect(seen.every((p) => (p.total === 24_114 || (p.total === 0 && p.done === 0)) && p.cancellable)).toBe(true);
  expect(seen.some((p) => p.done > 0 && p.done < 24_114 && p.done % 1024 === 0)).toBe(true);
  expect(seen.map((p) => p.done)).toEqual([...seen.map((p) => p.done)].sort((a, b) => a - b));
  // Once the call has answered, the job is gone from the board.
  expect(service.call('jobs.progress', { id: 'verify-1234' })).toEqual({ ok: true, value: null });
});

it('stops a verify when asked, answering cancelled', async () => {
  seedCandidates(ledger, electionId, 6000);
  let asked = false;
  const { value } = await follow('verify-stop', service.callAsync('journal.verify', {}, 'local', 'verify-stop'), (p) => {
    if (p.done > 0 && !asked) {
      asked = true;
      expect(service.call('jobs.cancel', { id: 'verify-stop' })).toEqual({ ok: true, value: { stopping: true } });
    }
  });
  expect(asked).toBe(true);
  expect(value).toEqual({ ok: false, error: { code: 'cancelled', messageKey: 'error.cancelled' } });
});

it('counts an import commit of 5,000 rows, which may not be stopped, and writes it whole', async () => {
  const file = join(dir, 'district.xlsx');
  await writeLargeDistrictFile(file, 5000);
  const fileId = service.registerImportFile(file, 'district.xlsx');
  const preview = await service.callAsync('imports.preview', { electionId, fileId, limit: 10 });
  if (!preview.ok) throw new Error(JSON.stringify(preview.error));
  const { digest } = preview.value as ImportPreview;
  const { value, seen } = await follow('commit-5000', service.callAsync('imports.commit', { electionId, fileId, digest }, 'local', 'commit-5000'), () => {
    expect(service.call('jobs.cancel', { id: 'commit-5000' })).toEqual({ ok: true, value: { stopping: false } });
  });
  expect(value.ok && (value.value as ImportOutcome).added).toBe(5000);
  const writing = seen.filter((p) => p.total > 0);
  expect(writing.length).toBeGreaterThan(0);
  expect(writing.every((p) => p.total === 10_000 && !p.cancellable)).toBe(true);
});

it('shows a job only to the caller that started it', async () => {
  seedCandidates(ledger, electionId, 3000);
  const long = service.callAsync('journal.verify', {}, 'local', 'mine-12345');
  await new Promise((r) => setTimeout(r, 50));
  // Another session (here: none) asking for the same id sees nothing and stops nothing.
  const other = { session: 'not-a-session', origin: 'test' };
  expect(service.call('jobs.progress', { id: 'mine-12345' }, other).ok).toBe(false);
  await long;
});
