import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../src/ledger';
import { createService, type Service } from '../../src/service';
import { createJobRunner, type JobRunner } from '../../src/service/jobs';
import { jobHandle, type JobProgress } from '../../src/service/progress';
import { seedCandidates } from '../fixtures/synthetic';

// Issue 15, item 3: the administrator's «backup now» reports the pages SQLite's online backup has copied of the
// ledger's pages, to the panel that asked, from the job thread where the desk has one; it cannot be stopped.

const worker = resolve(__dirname, '../../out/main/job-worker.js');
let dir: string;
let usb: string;
let ledger: Ledger;
let jobs: JobRunner | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tizim-backup-progress-'));
  usb = mkdtempSync(join(tmpdir(), 'tizim-usb-'));
  ledger = openLedger(join(dir, 'ledger.sqlite'));
});
afterEach(async () => {
  await jobs?.close();
  jobs = undefined;
  ledger.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(usb, { recursive: true, force: true });
});

function deskWith(options: { jobs?: JobRunner } = {}): Service {
  const service = createService(ledger, { actor: 'admin.test', ...options });
  const e = service.call('elections.create', { preset: 'mazhilis-2023' });
  if (!e.ok) throw new Error(JSON.stringify(e.error));
  seedCandidates(ledger, (e.value as { id: number }).id, 1500);
  const set = service.call('backups.settings', { folder: join(usb, 'tizim'), keep: 5, version: 0 });
  if (!set.ok) throw new Error(JSON.stringify(set.error));
  return service;
}

const pages = (): number => ledger.db.pragma('page_count', { simple: true }) as number;

it('counts the pages copied, from none to every page of the ledger', async () => {
  const service = deskWith();
  const seen: [number, number][] = [];
  const made = await service.callAsync('backups.make', {}, 'local', jobHandle((done, total) => seen.push([done, total])));
  expect(made.ok).toBe(true);
  const total = pages();
  expect(total).toBeGreaterThan(100);
  expect(seen[0]).toEqual([0, total]);
  expect(seen.at(-1)).toEqual([total, total]);
  expect(seen.map(([done]) => done)).toEqual([...seen.map(([done]) => done)].sort((a, b) => a - b));
});

it('reaches the panel from the job thread by the id it sent, not stoppable, and is gone from the board after', async () => {
  if (!existsSync(worker)) throw new Error(`${worker} is missing: run \`npm run build\` (npm test builds it).`);
  jobs = createJobRunner(worker, { ledgerPath: ledger.path, actor: 'os-user' });
  const service = deskWith({ jobs });
  const seen: JobProgress[] = [];
  const long = service.callAsync('backups.make', {}, 'local', 'backup-now-1');
  let settled = false;
  void long.finally(() => (settled = true));
  while (!settled) {
    await new Promise((r) => setTimeout(r, 2));
    const p = service.call('jobs.progress', { id: 'backup-now-1' });
    if (p.ok && p.value !== null) {
      seen.push(p.value as JobProgress);
      expect(service.call('jobs.cancel', { id: 'backup-now-1' })).toEqual({ ok: true, value: { stopping: false } });
    }
  }
  expect((await long).ok).toBe(true);
  const total = pages();
  expect(seen.length).toBeGreaterThan(0);
  expect(seen.every((p) => (p.total === total || (p.total === 0 && p.done === 0)) && !p.cancellable)).toBe(true);
  expect(seen.some((p) => p.done === total)).toBe(true);
  expect(service.call('jobs.progress', { id: 'backup-now-1' })).toEqual({ ok: true, value: null });
});
