import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openLedger } from '../../src/ledger';
import { seedCandidates } from '../fixtures/synthetic';

// Issue 15, item 3: a long command shows its progress on a terminal, as one line rewritten in place and cleared
// before the answer, and shows nothing when its output goes to a file or a pipe. The terminal is util-linux's
// `script`, which runs the built CLI on a pseudo-terminal.
const cli = resolve(__dirname, '../../out/main/cli.js');
const env = { ...process.env, TIZIM_LANG: '', LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', TIZIM_DB: '' };
let dir: string;
let db: string;

beforeAll(() => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` (npm test builds it).`);
  dir = mkdtempSync(join(tmpdir(), 'tizim-cli-progress-'));
  db = join(dir, 'mazhilis.sqlite');
  const init = spawnSync(process.execPath, [cli, 'init', '--db', db, '--preset', 'mazhilis-2023', '--actor', 'clerk.cli'], { encoding: 'utf8', env });
  expect(init.status).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CLEAR = '\r\x1b[2K';

it('shows verify’s progress on a terminal, counted over the journal’s 57 entries and the 57 records, then clears it', () => {
  const command = [process.execPath, cli, 'verify', '--db', db, '--lang', 'ru'].map((a) => `'${a}'`).join(' ');
  const r = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env, timeout: 30_000 });
  expect(r.status).toBe(0);
  expect(r.stdout.startsWith(`${CLEAR}Проверка журнала: 0 из 114${CLEAR}Проверка журнала: 114 из 114${CLEAR}Журнал в порядке: записей — 57,`)).toBe(true);
});

it('shows nothing of it when the output is not a terminal', () => {
  const r = spawnSync(process.execPath, [cli, 'verify', '--db', db, '--lang', 'ru'], { encoding: 'utf8', env, timeout: 30_000 });
  expect(r.status).toBe(0);
  expect(r.stderr).toBe('');
  expect(r.stdout).not.toContain('\r');
  expect(r.stdout.startsWith('Журнал в порядке: записей — 57,')).toBe(true);
});

/** The command run on a pseudo-terminal (util-linux's `script`), its output as the terminal got it. */
function onTerminal(args: string[]): { status: number | null; stdout: string } {
  const command = [process.execPath, cli, ...args].map((a) => `'${a}'`).join(' ');
  return spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env, timeout: 30_000 });
}

it('shows an export’s rows written of the report’s rows on a terminal, then clears the line before the answer', () => {
  const out = join(dir, 'journal.xlsx');
  const r = onTerminal(['export', 'journal', '--db', db, '--out', out, '--lang', 'ru']);
  expect(r.status).toBe(0);
  expect(r.stdout).toBe(`${CLEAR}Запись отчёта: строк 0 из 57${CLEAR}Запись отчёта: строк 57 из 57${CLEAR}Записано строк: 57 в ${out}\r\n`);
});

it('shows a backup’s pages copied of the ledger’s pages on a terminal, then that the copy is being checked', () => {
  const r = onTerminal(['backup', '--db', db, '--out', join(dir, 'usb'), '--lang', 'ru']);
  expect(r.status).toBe(0);
  const pages = /^\r\x1b\[2KРезервная копия: страниц 0 из (\d+)\r\x1b\[2K/.exec(r.stdout)?.[1];
  expect(Number(pages)).toBeGreaterThan(0);
  expect(r.stdout.startsWith(`${CLEAR}Резервная копия: страниц 0 из ${pages}${CLEAR}Резервная копия: страниц ${pages} из ${pages}, идёт проверка копии…${CLEAR}Резервная копия сделана и проверена:`)).toBe(true);
});

it('shows no progress of an export or a backup when the output is not a terminal', () => {
  const exported = spawnSync(process.execPath, [cli, 'export', 'journal', '--db', db, '--out', join(dir, 'piped.xlsx'), '--lang', 'ru'], { encoding: 'utf8', env, timeout: 30_000 });
  expect(exported.status).toBe(0);
  expect(exported.stderr).toBe('');
  expect(exported.stdout).toBe(`Записано строк: 57 в ${join(dir, 'piped.xlsx')}\n`);
  const backedUp = spawnSync(process.execPath, [cli, 'backup', '--db', db, '--out', join(dir, 'usb-piped'), '--lang', 'ru'], { encoding: 'utf8', env, timeout: 30_000 });
  expect(backedUp.status).toBe(0);
  expect(backedUp.stderr).toBe('');
  expect(backedUp.stdout).not.toContain('\r');
  expect(backedUp.stdout.startsWith('Резервная копия сделана и проверена:')).toBe(true);
});

it('stops an export at Ctrl+C, says so, and leaves neither the report nor its temporary file', async () => {
  const big = join(dir, 'big.sqlite');
  const init = spawnSync(process.execPath, [cli, 'init', '--db', big, '--preset', 'mazhilis-2023', '--actor', 'clerk.cli'], { encoding: 'utf8', env });
  expect(init.status).toBe(0);
  const ledger = openLedger(big);
  const electionId = (ledger.db.prepare('SELECT id FROM election').get() as { id: number }).id;
  seedCandidates(ledger, electionId, 20_000);
  ledger.close();
  const folder = join(dir, 'reports');
  mkdirSync(folder);
  const child = spawn(process.execPath, [cli, 'export', 'journal', '--db', big, '--out', join(folder, 'journal.xlsx'), '--lang', 'ru'], { env });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  // The temporary file is opened once the report is built and checked: the rows are being written from then on.
  while (readdirSync(folder).length === 0) await new Promise((r) => setTimeout(r, 10));
  child.kill('SIGINT');
  expect(await exited).toBe(1);
  expect(stderr).toBe(`tizim: Выгрузка остановлена (Ctrl+C): файл ${join(folder, 'journal.xlsx')} не записан.\n`);
  expect(readdirSync(folder)).toEqual([]);
}, 60_000);
