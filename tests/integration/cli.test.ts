import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The command line as the clerk runs it: the built bundle (out/main/cli.js, made by `npm test` before the tests),
// on this Node 22, against real ledger files.
const cli = resolve(__dirname, '../../out/main/cli.js');
let dir: string;

function tizim(args: string[], env: Record<string, string> = {}): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, TIZIM_LANG: '', LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', TIZIM_DB: '', ...env },
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const lines = (text: string): string[] => text.split('\n').filter((line) => line.trim() !== '');

beforeAll(() => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` (npm test builds it).`);
  dir = mkdtempSync(join(tmpdir(), 'tizim-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tizim', () => {
  it('creates a Mazhilis election, lists its counts and verifies its journal', () => {
    const db = join(dir, 'mazhilis.sqlite');
    const init = tizim(['init', '--db', db, '--preset', 'mazhilis-2023', '--actor', 'clerk.cli']);
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(init.stdout).toMatch(/Regions: 20, districts: 29, parties: 7/);

    const table = tizim(['elections', '--db', db]);
    expect(table.code).toBe(0);
    const [header, row] = lines(table.stdout);
    expect(header?.split(/\s{2,}/)).toEqual([
      'ID',
      'Election',
      'Kind',
      'Election day',
      'Regions',
      'Districts',
      'Parties',
      'Nominations',
    ]);
    expect(row?.trim().split(/\s{2,}/).slice(-5)).toEqual(['19.03.2023', '20', '29', '7', '0']);

    const asJson = tizim(['elections', '--db', db, '--json']);
    const [election] = JSON.parse(asJson.stdout) as Array<{ counts: Record<string, number> }>;
    expect(election?.counts).toEqual({ regions: 20, districts: 29, parties: 7, nominations: 0 });

    const verify = tizim(['verify', '--db', db]);
    expect(verify.code).toBe(0);
    // The election, its 20 regions, 29 districts and 7 parties.
    expect(verify.stdout).toMatch(/^The journal holds: 57 entries, the hash chain is unbroken, hash of the last journal entry [0-9a-f]{64}; SQLite integrity check: ok\.$/m);
  });

  it('takes the ledger from TIZIM_DB and speaks the chosen language', () => {
    const db = join(dir, 'env.sqlite');
    expect(tizim(['init', '--preset', 'mazhilis-2023'], { TIZIM_DB: db }).code).toBe(0);
    const kk = tizim(['elections', '--lang', 'kk'], { TIZIM_DB: db });
    expect(kk.stdout).toContain('Облыстар');
    expect(kk.stdout).toContain('Мәжіліс');
    const ru = tizim(['elections'], { TIZIM_DB: db, LANG: 'ru_RU.UTF-8' });
    expect(ru.stdout).toContain('Округов');
  });

  it('exits 1 and names the row when a journal row was edited behind its back', () => {
    const db = join(dir, 'tampered.sqlite');
    expect(tizim(['init', '--db', db, '--preset', 'mazhilis-2023']).code).toBe(0);
    const copy = join(dir, 'tampered-copy.sqlite');
    copyFileSync(db, copy);
    const raw = new Database(copy);
    raw.exec('DROP TRIGGER journal_no_update');
    raw.prepare("UPDATE journal SET actor = 'mallory' WHERE seq = 3").run();
    raw.close();

    const verify = tizim(['verify', '--db', copy]);
    expect(verify.code).toBe(1);
    expect(lines(verify.stdout)).toEqual(['Journal entry 3 has been altered: its hash does not match its content.']);
    const ru = tizim(['verify', '--db', copy, '--lang', 'ru']);
    expect(ru.stdout).toContain('Запись журнала № 3 изменена');
    // The original is untouched and still holds.
    expect(tizim(['verify', '--db', db]).code).toBe(0);
  });

  it('says in one line, without a stack, what is wrong with a command', () => {
    const db = join(dir, 'never.sqlite');
    const badPreset = tizim(['init', '--db', db, '--preset', 'senate-2099']);
    expect(badPreset.code).not.toBe(0);
    expect(lines(badPreset.stderr)).toHaveLength(1);
    expect(badPreset.stderr).toContain('Unknown preset “senate-2099”');
    expect(existsSync(db)).toBe(false);

    const missing = tizim(['verify', '--db', db]);
    expect(missing.code).toBe(2);
    expect(lines(missing.stderr)).toEqual([
      `tizim: There is no ledger at ${db}. Create one with: tizim init --db ${db} --preset mazhilis-2023`,
    ]);
    expect(existsSync(db)).toBe(false);

    const regional = tizim(['init', '--db', join(dir, 'regional.sqlite'), '--preset', 'maslikhat-regional-2023']);
    expect(regional.code).not.toBe(0);
    expect(lines(regional.stderr)).toEqual(['tizim: The option --region is required.']);

    const unknown = tizim(['elections', '--frob'], {});
    expect(unknown.code).toBe(2);
    expect(lines(unknown.stderr)).toEqual(['tizim: Unknown option --frob. See tizim --help.']);

    const kk = tizim(['init', '--db', db, '--preset', 'x', '--lang', 'kk']);
    expect(kk.stderr).toContain('Белгісіз үлгі «x»');

    for (const result of [badPreset, missing, regional, unknown, kk]) expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a ledger written by a newer version of Tizim', () => {
    const db = join(dir, 'newer.sqlite');
    expect(tizim(['init', '--db', db, '--preset', 'mazhilis-2023']).code).toBe(0);
    const raw = new Database(db);
    raw.prepare("INSERT INTO schema_migration VALUES (999, 'from the future', '2030-01-01')").run();
    raw.close();
    const verify = tizim(['verify', '--db', db]);
    expect(verify.code).toBe(2);
    expect(lines(verify.stderr)).toHaveLength(1);
    expect(verify.stderr).toMatch(/newer version of Tizim \(schema 999/);

    const other = join(dir, 'other.sqlite');
    const foreign = new Database(other);
    foreign.exec('CREATE TABLE accounts (id INTEGER)');
    foreign.close();
    const notOurs = tizim(['elections', '--db', other]);
    expect(notOurs.code).toBe(2);
    expect(lines(notOurs.stderr)).toEqual([`tizim: The file ${other} is not a Tizim ledger.`]);
  });

  it('shows help for the program and for every command', () => {
    const main = tizim(['--help']);
    expect(main.code).toBe(0);
    for (const command of ['init', 'elections', 'check', 'verify', 'serve']) expect(main.stdout).toContain(command);
    for (const command of ['init', 'elections', 'check', 'verify', 'serve']) {
      const help = tizim([command, '--help']);
      expect(help.code, command).toBe(0);
      expect(help.stdout).toContain(`Usage: tizim ${command}`);
      expect(help.stdout).toContain('--db <file>');
    }
    const ru = tizim(['init', '--help', '--lang', 'ru']);
    expect(ru.stdout).toContain('Использование:');
    expect(ru.stdout).toContain('шаблон выборов');
  });

  it('serves the desk until it is told to stop, then closes the ledger', async () => {
    const db = join(dir, 'serve.sqlite');
    const child = spawn(process.execPath, [cli, 'serve', '--db', db], {
      env: { ...process.env, TIZIM_LANG: 'en' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output = createInterface({ input: child.stdout });
    const url = await new Promise<string>((resolveUrl, reject) => {
      output.on('line', (line) => {
        const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]+)/.exec(line);
        if (match?.[1] !== undefined) resolveUrl(match[1]);
      });
      child.on('exit', (code) => reject(new Error(`serve exited early with ${code}`)));
    });
    const [origin = '', token = ''] = url.split('/#token=');
    expect((await fetch(`${origin}/api/elections.list`, { method: 'POST', body: '{}' })).status).toBe(401);
    const ask = (method: string) =>
      fetch(`${origin}/api/${method}`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: '{}' });
    // A new ledger: the desk asks for its first administrator, and answers nothing else before someone signs in.
    expect(await (await ask('auth.status')).json()).toEqual({ ok: true, value: { firstRun: true, user: null, idleMinutes: 30 } });
    expect(await (await ask('elections.list')).json()).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    const exited = new Promise<number | null>((resolveExit) => child.on('exit', (code) => resolveExit(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    // Closed cleanly: the write-ahead log was folded back into the file.
    expect(existsSync(`${db}-wal`)).toBe(false);
  });
});
