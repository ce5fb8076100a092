import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { writeLargeDistrictFile } from '../fixtures/large-workbook';
import { cli, mustBeBuilt, tizim } from './cli';
import { ADMIN, api, keepSaving, signIn, startHost } from './host';

// Issue 14, item 6: a 20,000-row `tizim import --commit` while the browser mode saves several times a second. It
// failed every time ("the ledger is busy": each plan was stale before it ended), and while the CLI held the write
// lock the host stopped answering for up to 2.6 s (its saves waited for the lock blocking its only thread).

const ROWS = 20_000;
let dir: string;

beforeAll(() => {
  mustBeBuilt();
  dir = mkdtempSync(join(tmpdir(), 'tizim-import-saving-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function countOf(db: string, sql: string): number {
  const ledger = new Database(db, { readonly: true });
  try {
    return (ledger.prepare(sql).get() as { n: number }).n;
  } finally {
    ledger.close();
  }
}

it(`a ${ROWS.toLocaleString('en')}-row import from the CLI lands while clerks save; every save lands and the host keeps answering`, async () => {
  const db = join(dir, 'office.sqlite');
  const file = join(dir, 'district.xlsx');
  await writeLargeDistrictFile(file, ROWS, 29, 0);
  expect(tizim(['init', '--db', db, '--preset', 'mazhilis-2023']).code).toBe(0);
  const host = await startHost(db);
  try {
    const cookie = await signIn(host);
    const parties = (await api(host, 'parties.list', { electionId: 1 }, cookie)).value as { id: number }[];
    // Four saves a second: a territorial commission's clerks at their keyboards.
    const saving = keepSaving(host, cookie, parties[0]?.id ?? 0, 500_000, 250);
    // Meanwhile another workstation only reads: the longest it waits for an answer is what "freezes" means.
    let probing = true;
    let slowest = 0;
    let probes = 0;
    const probe = (async () => {
      while (probing) {
        const started = performance.now();
        const r = await api(host, 'elections.list', {}, cookie);
        if (!r.ok) throw new Error(`a read was refused: ${JSON.stringify(r.error)}`);
        slowest = Math.max(slowest, performance.now() - started);
        probes++;
        await new Promise((done) => setTimeout(done, 50));
      }
    })();
    await new Promise((r) => setTimeout(r, 1000));
    const savedBefore = saving.acknowledged.length;
    const imported = await new Promise<{ code: number | null; out: string }>((done) => {
      const child = spawn(process.execPath, [cli, 'import', file, '--db', db, '--commit', '--user', ADMIN.login], {
        env: { ...process.env, TIZIM_LANG: 'en', TIZIM_DB: '', TIZIM_SEAL_KEY: '', TIZIM_PASSWORD: ADMIN.password },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
      child.stderr.setEncoding('utf8').on('data', (c: string) => (out += c));
      child.on('exit', (code) => done({ code, out }));
    });
    const savedDuring = saving.acknowledged.length - savedBefore;
    console.log(`import while saving: ${savedDuring} saves during the import, ${probes} reads, the slowest ${slowest.toFixed(0)} ms; ${imported.out.trim().split('\n').pop() ?? ''}`);
    await new Promise((r) => setTimeout(r, 500));
    await saving.stop();
    probing = false;
    await probe;

    expect(imported.out).toMatch(/Imported: 20[, ]?000 nominations/);
    expect(imported.code).toBe(0);
    // The clerks went on saving while the file was read and planned, and none of their saves was refused.
    expect(savedDuring).toBeGreaterThan(4);
    const ledger = new Database(db, { readonly: true });
    try {
      const held = new Set((ledger.prepare('SELECT iin FROM person').all() as { iin: string }[]).map((r) => r.iin));
      expect(saving.acknowledged.filter((iin) => !held.has(iin))).toEqual([]);
    } finally {
      ledger.close();
    }
    expect(countOf(db, 'SELECT count(*) AS n FROM nomination')).toBe(ROWS + saving.acknowledged.length);
    // Its saves waited for the import without holding up the thread that answers everyone else.
    expect(probes).toBeGreaterThan(10);
    expect(slowest).toBeLessThan(1000);
    const verified = tizim(['verify', '--db', db]);
    expect(verified.code, verified.out).toBe(0);
  } finally {
    host.child.kill('SIGTERM');
    await host.exited;
  }
}, 600_000);
