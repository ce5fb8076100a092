import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Issue 14, item 10: re-running an interrupted `tizim init` whose first run had in fact finished.

const cli = resolve(__dirname, '../../out/main/cli.js');
let dir: string;

function tizim(args: string[]): { code: number | null; out: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, TIZIM_LANG: 'en', LANG: 'C.UTF-8', TIZIM_DB: '', TIZIM_SEAL_KEY: '' }, timeout: 60_000 });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

beforeAll(() => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\``);
  dir = mkdtempSync(join(tmpdir(), 'tizim-init-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tizim init run again', () => {
  it('says the election exists and adds no second copy', () => {
    const db = join(dir, 'ledger.sqlite');
    expect(tizim(['init', '--db', db, '--preset', 'mazhilis-2023']).code).toBe(0);
    const again = tizim(['init', '--db', db, '--preset', 'mazhilis-2023']);
    expect(again.out.trim()).toBe(
      `Election #1 already exists: Election of deputies of the Mazhilis of the Parliament of Kazakhstan, 2023. Regions: 20, districts: 29, parties: 7. Nothing was added. Ledger: ${db}`,
    );
    expect(again.code).toBe(0);
    const ledger = new Database(db, { readonly: true });
    expect(ledger.prepare('SELECT count(*) AS n FROM election').get()).toEqual({ n: 1 });
    expect(ledger.prepare("SELECT count(*) AS n FROM journal WHERE action = 'election.create'").get()).toEqual({ n: 1 });
    ledger.close();
  });
});
