import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../src/ledger';
import { createService, type Service } from '../../src/service';
import { createJobRunner, type JobRunner } from '../../src/service/jobs';
import { makeIin } from '../fixtures/iin';
import { writeLargeDistrictFile } from '../fixtures/large-workbook';
import { seedCandidates } from '../fixtures/synthetic';
import { nomination, person } from './helpers';

// The job thread (issue 12, "working at the same time"): a long job — a whole-journal verify, a large import's
// commit — runs on a worker over its own connection, so the thread that answers the others goes on answering, and a
// save made while the job writes waits for it without blocking and is not lost. Runs the built worker
// (out/main/job-worker.js, which `npm test` builds first), as the server does.

const worker = resolve(__dirname, '../../out/main/job-worker.js');
let dir: string;
let ledger: Ledger;
let jobs: JobRunner;
let service: Service;
let electionId: number;

beforeEach(() => {
  if (!existsSync(worker)) throw new Error(`${worker} is missing: run \`npm run build\` (npm test builds it).`);
  dir = mkdtempSync(join(tmpdir(), 'tizim-jobs-'));
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

/** Calls `quick` every few milliseconds until `long` settles; the instants at which each quick answer came back. */
async function whileRunning<T>(long: Promise<T>, quick: () => unknown): Promise<{ value: T; answeredDuring: number }> {
  let settled = false;
  let answeredDuring = 0;
  const done = long.then((value) => {
    settled = true;
    return value;
  });
  while (!settled) {
    await new Promise((r) => setTimeout(r, 5));
    if (settled) break;
    quick();
    answeredDuring++;
  }
  return { value: await done, answeredDuring };
}

it('verifies the whole journal on the job thread while this thread keeps answering', async () => {
  seedCandidates(ledger, electionId, 8000);
  const { value, answeredDuring } = await whileRunning(service.callAsync('journal.verify', {}), () => {
    const page = service.call('nominations.list', { electionId, query: 'ұзақ', limit: 20 });
    if (!page.ok) throw new Error(JSON.stringify(page.error));
  });
  expect(value).toMatchObject({ ok: true, value: { ok: true, entries: 57 + 16000, firstBad: null } });
  // The searches were answered while the verify ran, not after it.
  expect(answeredDuring).toBeGreaterThan(3);
});

it('commits a large import on the job thread while a clerk saves here; both are kept, in the one journal', async () => {
  const file = join(dir, 'district.xlsx');
  await writeLargeDistrictFile(file, 4000);
  const fileId = service.registerImportFile(file, 'district.xlsx');
  const preview = await service.callAsync('imports.preview', { electionId, fileId, limit: 1 });
  if (!preview.ok) throw new Error(JSON.stringify(preview.error));
  const { digest } = preview.value as { digest: string };
  const district = (service.call('districts.list', { electionId }) as { value: { id: number }[] }).value[0]?.id ?? 0;

  let saved = 0;
  const answers: Promise<unknown>[] = [];
  // What a clerk's page is told while its save waits: the import that holds the writes, who started it, how far.
  const writing: { method: string; by: string; done: number; total: number; yours: boolean }[] = [];
  let waitingSeen = 0;
  const { value: committed } = await whileRunning(service.callAsync('imports.commit', { electionId, fileId, digest, skipInvalid: true }), () => {
    const w = service.call('jobs.writing', {});
    if (!w.ok) throw new Error(JSON.stringify(w.error));
    const now = w.value as { waiting: number; writers: typeof writing };
    writing.push(...now.writers);
    waitingSeen = Math.max(waitingSeen, now.waiting);
    // A save every few milliseconds for as long as the worker reads and writes: those that meet its write wait for
    // it without blocking this thread, then land.
    if (saved >= 40) return;
    saved++;
    const save = service
      .callAsync('nominations.create', {
        electionId,
        person: person({ iin: makeIin('1987-10-08', 'male', 7000 + saved), surname: `Қолмен${saved}` }),
        nomination: nomination({ kind: 'district-self', districtId: district }),
      })
      .then((r) => {
        if (!r.ok) throw new Error(JSON.stringify(r.error));
      });
    answers.push(save);
  });
  expect(committed).toMatchObject({ ok: true, value: { added: 4000 } });
  expect(writing.length).toBeGreaterThan(3);
  expect(writing.every((w) => w.method === 'imports.commit' && w.by === 'clerk.test' && !w.yours)).toBe(true);
  expect(Math.max(...writing.map((w) => w.done))).toBeGreaterThan(0);
  // This process's saves were counted while they waited, and no longer are.
  expect(waitingSeen).toBeGreaterThan(0);
  await Promise.all(answers);
  expect(service.call('jobs.writing', {})).toEqual({ ok: true, value: { waiting: 0, writers: [] } });
  // Every save the clerk made landed: waited for, never refused as busy.
  await Promise.all(answers);
  expect(saved).toBeGreaterThan(5);
  expect((service.call('nominations.list', { electionId, query: 'қолмен' }) as { value: { total: number } }).value.total).toBe(saved);
  const verified = await service.callAsync('journal.verify', {});
  expect(verified).toMatchObject({ ok: true, value: { ok: true, firstBad: null } });
});

it('previews and commits a large import while clerks keep saving all the time it takes, and keeps every save', async () => {
  // Saves every 20 ms all through the preview and the commit. A plan that read the ledger as it moved was stale
  // before it ended and was made again until the job gave up busy; on the job thread the preview reads one snapshot,
  // and the commit writes while the saves wait for it.
  service = createService(ledger, { actor: 'clerk.test', jobs, writerPatienceMs: 10_000 });
  const file = join(dir, 'district.xlsx');
  await writeLargeDistrictFile(file, 2000);
  const fileId = service.registerImportFile(file, 'district.xlsx');
  const district = (service.call('districts.list', { electionId }) as { value: { id: number }[] }).value[0]?.id ?? 0;
  const saves: Promise<void>[] = [];
  /** Saves every 20 ms until `job` settles (or 1,500 saves, 30 s and more, have been made). */
  const savingWhile = async <T>(job: Promise<T>): Promise<T> => {
    let settled = false;
    const done = job.finally(() => {
      settled = true;
    });
    while (!settled && saves.length < 1500) {
      const n = saves.length + 1;
      saves.push(
        service
          .callAsync('nominations.create', {
            electionId,
            person: person({ iin: makeIin('1949-05-05', 'male', n * 2), birthDate: '1949-05-05', surname: `Қолмен${n}` }),
            nomination: nomination({ kind: 'district-self', districtId: district }),
          })
          .then((r) => {
            if (!r.ok) throw new Error(JSON.stringify(r.error));
          }),
      );
      await new Promise((r) => setTimeout(r, 20));
    }
    return done;
  };

  const preview = await savingWhile(service.callAsync('imports.preview', { electionId, fileId, limit: 1 }));
  if (!preview.ok) throw new Error(JSON.stringify(preview.error));
  const duringPreview = saves.length;
  const { digest } = preview.value as { digest: string };
  const commit = await savingWhile(service.callAsync('imports.commit', { electionId, fileId, digest, skipInvalid: true }));
  expect(commit).toMatchObject({ ok: true, value: { added: 2000 } });
  await Promise.all(saves);
  // Both jobs ended while the saves kept coming, not once they stopped.
  expect(duringPreview).toBeGreaterThan(10);
  expect(saves.length - duringPreview).toBeGreaterThan(10);
  expect(saves.length).toBeLessThan(1500);
  expect((service.call('nominations.list', { electionId, query: 'қолмен' }) as { value: { total: number } }).value.total).toBe(saves.length);
  // Verified on the job thread's connection, the one that imported: it reads the names' index as the other left it.
  expect(await service.callAsync('journal.verify', {})).toMatchObject({ ok: true, value: { ok: true, integrity: 'ok', firstBad: null } });
}, 120_000);
