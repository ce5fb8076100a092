import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openLedger } from '../../src/ledger';
import { APPLICATION_ID, MIGRATIONS, migrate } from '../../src/ledger/migrate';
import { verifyLedger } from '../../src/ledger/verify';

// Issue 14, item 8: the SIGKILL suite killed `tizim init` after its first migration had committed and before the
// ledger was marked as Tizim's: the file then held tables under no application id, and every command, init run again
// included, refused it as "not a Tizim ledger". A migration that ends the run (as a kill does) must leave a ledger
// the next open finishes.

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tizim-init-killed-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('leaves a ledger that is Tizim’s after the first migration, which the next open brings up to date', () => {
  const path = join(dir, 'ledger.sqlite');
  const db = new Database(path);
  const cut = MIGRATIONS.map((m, i) => (i === 1 ? { ...m, sql: 'SELECT raise_the_kill();' } : m));
  expect(() => migrate(db, path, cut)).toThrow();
  expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
  db.close();

  const ledger = openLedger(path);
  expect((ledger.db.prepare('SELECT count(*) AS n FROM schema_migration').get() as { n: number }).n).toBe(MIGRATIONS.length);
  expect(verifyLedger(ledger.db).ok).toBe(true);
  ledger.close();
});
