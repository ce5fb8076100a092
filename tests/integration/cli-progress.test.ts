import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';

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
