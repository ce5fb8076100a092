import Database from 'better-sqlite3';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mustBeBuilt, tizim } from './cli';
import { api, keepSaving, signIn, startHost } from './host';

// Issue 14: the browser mode taking writes, backed up and killed. "Acknowledged" is a save the host answered ok.

/** Kills of the host under writes. CI runs 10 (about 4 s each); TIZIM_KILL_RUNS=100 gives the full count. */
const RUNS = Number(process.env.TIZIM_KILL_RUNS ?? 10);
let dir: string;

beforeAll(() => {
  mustBeBuilt();
  dir = mkdtempSync(join(tmpdir(), 'tizim-host-writes-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function iinsIn(db: string): Set<string> {
  const ledger = new Database(db, { readonly: true });
  try {
    return new Set((ledger.prepare('SELECT iin FROM person').all() as { iin: string }[]).map((r) => r.iin));
  } finally {
    ledger.close();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the browser mode under writes', () => {
  it('is backed up while it saves; the backup, restored on another path, verifies and holds every save acknowledged before it', async () => {
    const db = join(dir, 'live.sqlite');
    expect(tizim(['init', '--db', db, '--preset', 'mazhilis-2023']).code).toBe(0);
    const host = await startHost(db);
    try {
      const cookie = await signIn(host);
      const parties = (await api(host, 'parties.list', { electionId: 1 }, cookie)).value as { id: number }[];
      const saving = keepSaving(host, cookie, parties[0]?.id ?? 0, 0);
      await sleep(1500);
      const before = [...saving.acknowledged];
      const backup = tizim(['backup', '--db', db, '--out', join(dir, 'backups')]);
      const during = saving.acknowledged.length;
      await sleep(500);
      await saving.stop();
      expect(backup.out).toMatch(/^Backup made and checked: /);
      expect(backup.code).toBe(0);
      // Saves went on while the copy was made.
      expect(saving.acknowledged.length).toBeGreaterThan(during);
      expect(before.length).toBeGreaterThan(5);

      const name = readdirSync(join(dir, 'backups')).find((n) => n.endsWith('.sqlite')) ?? '';
      const other = join(dir, 'elsewhere', 'restored.sqlite');
      mkdirSync(join(dir, 'elsewhere'));
      const restored = tizim(['restore', join(dir, 'backups', name), '--db', other]);
      expect(restored.out).toContain(`is restored as ${other}`);
      expect(restored.code).toBe(0);
      const verified = tizim(['verify', '--db', other]);
      expect(verified.out).toMatch(/^The journal holds/);
      expect(verified.code).toBe(0);
      const held = iinsIn(other);
      expect(before.filter((iin) => !held.has(iin))).toEqual([]);
    } finally {
      host.child.kill('SIGTERM');
      await host.exited;
    }
  });

  it(`is killed at random moments (${RUNS} runs): verify passes every time and no acknowledged save is missing`, async () => {
    const db = join(dir, 'killed.sqlite');
    expect(tizim(['init', '--db', db, '--preset', 'mazhilis-2023']).code).toBe(0);
    const acknowledged: string[] = [];
    let next = 1000;
    for (let run = 0; run < RUNS; run++) {
      const host = await startHost(db);
      const cookie = await signIn(host);
      const parties = (await api(host, 'parties.list', { electionId: 1 }, cookie)).value as { id: number }[];
      const saving = keepSaving(host, cookie, parties[0]?.id ?? 0, next);
      await sleep(100 + Math.floor(Math.random() * 900));
      host.child.kill('SIGKILL');
      expect((await host.exited).signal).toBe('SIGKILL');
      await saving.stop();
      acknowledged.push(...saving.acknowledged);
      next += saving.acknowledged.length + 1;
      const verified = tizim(['verify', '--db', db]);
      expect(verified.out, `run ${run}`).toMatch(/^The journal holds/);
      expect(verified.code).toBe(0);
      const held = iinsIn(db);
      expect(acknowledged.filter((iin) => !held.has(iin)), `run ${run}`).toEqual([]);
    }
    expect(acknowledged.length).toBeGreaterThan(RUNS);
  });
});
