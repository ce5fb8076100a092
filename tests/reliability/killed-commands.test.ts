import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeLargeDistrictFile } from '../fixtures/large-workbook';
import { cli, mustBeBuilt, tizim } from './cli';

// Issue 14: every writing command of this lane and the import, killed with SIGKILL at a random moment of its run.
// After each kill `tizim verify` passes, nothing is half there, and what a finished run acknowledged stays.
// CI runs 10 kills per command (small ledgers, about 2 s a kill); TIZIM_KILL_RUNS=100 gives the full count.

const RUNS = Number(process.env.TIZIM_KILL_RUNS ?? 10);
let dir: string;
let db: string;

beforeAll(() => {
  mustBeBuilt();
  dir = mkdtempSync(join(tmpdir(), 'tizim-killed-'));
  db = join(dir, 'ledger.sqlite');
  expect(tizim(['init', '--db', db, '--preset', 'mazhilis-2023']).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const env = { ...process.env, TIZIM_LANG: 'en', LANG: 'C.UTF-8', TIZIM_DB: '', TIZIM_SEAL_KEY: '' };

/** Runs the command and kills it after `afterMs`, unless it ended first; says whether it finished on its own. */
async function killedAt(args: string[], afterMs: number): Promise<{ finished: boolean; code: number | null; ms: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, [cli, ...args], { env, stdio: 'ignore' });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.on('exit', (code, signal) => done({ code, signal })));
  const timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
  const { code, signal } = await exited;
  clearTimeout(timer);
  return { finished: signal === null, code, ms: Date.now() - started };
}

function count(sql: string, path = db): number {
  const ledger = new Database(path, { readonly: true });
  try {
    return (ledger.prepare(sql).get() as { n: number }).n;
  } finally {
    ledger.close();
  }
}

function mustVerify(label: string, path = db): void {
  const verified = tizim(['verify', '--db', path]);
  expect(verified.out, label).toMatch(/^The journal holds/);
  expect(verified.code, label).toBe(0);
}

/** A run's length when nothing kills it: the kills land anywhere in it. */
async function lengthOf(args: string[]): Promise<number> {
  const run = await killedAt(args, 600_000);
  expect(run.code).toBe(0);
  return run.ms;
}

describe(`SIGKILL at random moments (${RUNS} runs a command)`, () => {
  it('tizim import --commit: the whole file or nothing, and every finished import stays', async () => {
    const files: string[] = [];
    for (let i = 0; i < RUNS + 1; i++) {
      const file = join(dir, `batch-${i}.xlsx`);
      await writeLargeDistrictFile(file, 40, 29, i * 40);
      files.push(file);
    }
    const full = await lengthOf(['import', files[0] ?? '', '--db', db, '--commit']);
    let expected = count('SELECT count(*) AS n FROM nomination');
    for (let run = 1; run <= RUNS; run++) {
      const result = await killedAt(['import', files[run] ?? '', '--db', db, '--commit'], Math.floor(Math.random() * full * 1.2));
      const now = count('SELECT count(*) AS n FROM nomination');
      if (result.finished) {
        expect(result.code, `run ${run}`).toBe(0);
        expect(now, `run ${run}`).toBe(expected + 40);
      } else expect([expected, expected + 40], `run ${run}`).toContain(now);
      expected = now;
      mustVerify(`run ${run}`);
    }
  });

  it('tizim seal: the last seal is whole, and the ledger holds it', async () => {
    const full = await lengthOf(['seal', '--db', db]);
    for (let run = 0; run < RUNS; run++) {
      await killedAt(['seal', '--db', db], Math.floor(Math.random() * full * 1.2));
      const seal = JSON.parse(readFileSync(`${db}.last-seal.json`, 'utf8')) as { seq: number };
      expect(seal.seq).toBeGreaterThan(0);
      // A command on the ledger still trusts it: the seal it keeps is one the journal holds.
      const listed = tizim(['elections', '--db', db]);
      expect(listed.code, `run ${run}: ${listed.out}`).toBe(0);
      mustVerify(`run ${run}`);
    }
    expect(readdirSync(dir).filter((n) => n.includes('.writing') || n.endsWith('.new'))).toEqual([]);
  });

  it('tizim backup: no file is called a backup that is not whole; the next backup clears what a killed one left', async () => {
    const out = join(dir, 'backups');
    const full = await lengthOf(['backup', '--db', db, '--out', out]);
    for (let run = 0; run < RUNS; run++) {
      await killedAt(['backup', '--db', db, '--out', out], Math.floor(Math.random() * full * 1.2));
      for (const name of readdirSync(out).filter((n) => /^tizim-[0-9a-f]{8}-\d{8}T\d{6}Z-j\d+\.sqlite$/.test(n))) {
        const checked = tizim(['verify', '--db', db, '--against', join(out, name)]);
        expect(checked.code, `run ${run}, ${name}: ${checked.out}`).toBe(0);
      }
      mustVerify(`run ${run}`);
    }
    expect(tizim(['backup', '--db', db, '--out', out]).code).toBe(0);
    expect(readdirSync(out).filter((n) => n.includes('partial') || n.includes('.writing'))).toEqual([]);
  });

  it('tizim export: no hidden temporary file stays past the next export, and the report is whole or absent', async () => {
    const report = join(dir, 'reports', 'statistics.xlsx');
    mkdirSync(join(dir, 'reports'), { recursive: true });
    const full = await lengthOf(['export', 'statistics', '--db', db, '--out', report]);
    rmSync(report);
    for (let run = 0; run < RUNS; run++) await killedAt(['export', 'statistics', '--db', db, '--out', report], Math.floor(Math.random() * full * 1.2));
    expect(tizim(['export', 'statistics', '--db', db, '--out', report]).code).toBe(0);
    expect(readdirSync(join(dir, 'reports'))).toEqual(['statistics.xlsx']);
  });

  it('tizim restore: the ledger is the old one or the backup, whole, never a mix', async () => {
    const out = join(dir, 'backups');
    const backup = join(out, readdirSync(out).find((n) => n.endsWith('.sqlite')) ?? '');
    const target = join(dir, 'target.sqlite');
    expect(tizim(['restore', backup, '--db', target]).code).toBe(0);
    const full = await lengthOf(['restore', backup, '--db', target]);
    for (let run = 0; run < RUNS; run++) {
      await killedAt(['restore', backup, '--db', target], Math.floor(Math.random() * full * 1.2));
      expect(existsSync(target)).toBe(true);
      mustVerify(`run ${run}`, target);
    }
  });
});
