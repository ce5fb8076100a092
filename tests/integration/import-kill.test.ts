import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeLargeDistrictFile } from '../fixtures/large-workbook';

// Issue 6: killing `tizim import --commit` in the middle of a 100,000-row commit leaves none of the import's rows in
// the ledger, and the journal still verifies. The kill lands while the commit's transaction is writing: SQLite has
// already spilled its pages into the WAL file when the process dies.

const cli = resolve(__dirname, '../../out/main/cli.js');
const ROWS = 100_000;
let dir: string;
let db: string;
let big: string;
const env = { ...process.env, TIZIM_LANG: 'en', LANG: 'C.UTF-8', TIZIM_DB: '' };

function tizim(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function counts(): Record<string, number> {
  const ledger = new Database(db, { readonly: true });
  try {
    const one = (sql: string) => (ledger.prepare(sql).get() as { n: number }).n;
    return {
      persons: one('SELECT count(*) AS n FROM person'),
      nominations: one('SELECT count(*) AS n FROM nomination'),
      imports: one('SELECT count(*) AS n FROM import_batch'),
      journalOfImports: one("SELECT count(*) AS n FROM journal WHERE json_extract(change, '$.import') IS NOT NULL OR action = 'import.commit'"),
    };
  } finally {
    ledger.close();
  }
}

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` (npm test builds it).`);
  dir = mkdtempSync(join(tmpdir(), 'tizim-kill-'));
  db = join(dir, 'ledger.sqlite');
  big = join(dir, 'district-candidates.xlsx');
  await writeLargeDistrictFile(big, ROWS);
  expect(tizim(['init', '--db', db, '--preset', 'mazhilis-2023']).code).toBe(0);
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tizim import --commit killed with SIGKILL', () => {
  it('leaves nothing of the import, and the ledger verifies and takes the next import', async () => {
    const before = counts();
    const child = spawn(process.execPath, [cli, 'import', big, '--db', db, '--commit'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
      child.on('exit', (code, signal) => done({ code, signal })),
    );
    let finished = false;
    void exited.then(() => (finished = true));
    // Wait until the commit's transaction is writing: the WAL file grows as SQLite spills the pages it holds.
    const wal = `${db}-wal`;
    const deadline = Date.now() + 150_000;
    while (!finished && Date.now() < deadline) {
      if (stderr.includes('Importing') && existsSync(wal) && statSync(wal).size > 4 * 1024 * 1024) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(finished, `the import ended before it could be killed: ${stderr}`).toBe(false);
    child.kill('SIGKILL');
    expect((await exited).signal).toBe('SIGKILL');

    expect(counts()).toEqual(before);
    const verify = tizim(['verify', '--db', db]);
    expect(verify.stderr).toBe('');
    expect(verify.code).toBe(0);

    // The ledger takes the next import as if nothing had happened.
    const small = join(dir, 'small.xlsx');
    await writeLargeDistrictFile(small, 40);
    const again = tizim(['import', small, '--db', db, '--commit']);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/Imported: 40 nominations, 40 new persons/);
    expect(counts()).toMatchObject({ persons: 40, nominations: 40, imports: 1 });
    expect(tizim(['verify', '--db', db]).code).toBe(0);
  }, 240_000);
});
