import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';

// `tizim users` and `--user` (issue 12), as the administrator runs them: the built CLI against a real ledger. A
// ledger without users takes changes from the machine's own user; once it has its first administrator, every
// change names a user who signed in with their password.

const cli = resolve(__dirname, '../../out/main/cli.js');
let dir: string;
const ADMIN = { TIZIM_PASSWORD: 'пароль администратора' };

function tizim(args: string[], env: Record<string, string> = {}): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, TIZIM_LANG: '', LANG: 'C.UTF-8', LC_ALL: '', TIZIM_DB: '', TIZIM_PASSWORD: '', TIZIM_NEW_PASSWORD: '', ...env },
    timeout: 60_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` (npm test builds it).`);
  dir = mkdtempSync(join(tmpdir(), 'tizim-cli-users-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('adds the first administrator, then acts only as a signed-in user, and the journal names each', () => {
  const db = join(dir, 'ledger.sqlite');
  expect(tizim(['init', '--db', db, '--preset', 'mazhilis-2023', '--actor', 'before.users']).code).toBe(0);

  const first = tizim(['--lang', 'ru', 'users', 'add', 'clerk.a', '--name', 'Оператор Асель', '--db', db], { TIZIM_NEW_PASSWORD: 'пароль оператора 1' });
  expect(first).toMatchObject({ code: 2, stderr: 'tizim: Первый пользователь базы — её администратор: добавьте его с --role administrator.\n' });
  const admin = tizim(['--lang', 'ru', 'users', 'add', 'Admin', '--name', 'Әкімші Айгерім', '--role', 'administrator', '--db', db], { TIZIM_NEW_PASSWORD: ADMIN.TIZIM_PASSWORD });
  expect(admin).toMatchObject({ code: 0, stdout: 'Добавлен admin (Әкімші Айгерім), роль: администратор.\n' });

  // From now on a change without --user is refused; reading is not.
  // (Another election: `init` of the one that exists only says so, issue 14.)
  const anonymous = tizim(['--lang', 'ru', 'init', '--db', db, '--preset', 'maslikhat-regional-2023', '--region', 'astana']);
  expect(anonymous).toMatchObject({ code: 1, stderr: 'tizim: В этой базе есть пользователи: действуйте от имени одного из них (tizim … --user ИМЯ).\n' });
  expect(tizim(['elections', '--db', db]).code).toBe(0);

  const wrong = tizim(['users', 'add', 'clerk.a', '--name', 'Оператор Асель', '--db', db, '--user', 'admin'], { TIZIM_PASSWORD: 'not it', TIZIM_NEW_PASSWORD: 'пароль оператора 1' });
  expect(wrong).toMatchObject({ code: 1, stderr: 'tizim: The sign-in name or the password is wrong.\n' });
  const clerk = tizim(['users', 'add', 'clerk.a', '--name', 'Оператор Асель', '--db', db, '--user', 'admin'], { ...ADMIN, TIZIM_NEW_PASSWORD: 'пароль оператора 1' });
  expect(clerk).toMatchObject({ code: 0, stdout: 'Added clerk.a (Оператор Асель), role: clerk.\n' });
  expect(tizim(['--lang', 'kk', 'users', 'list', '--db', db, '--user', 'admin'], ADMIN).stdout.split('\n')).toEqual([
    'Кіру аты  Толық аты-жөні  Рөлі      Күйі',
    'admin     Әкімші Айгерім  әкімші    кіре алады',
    'clerk.a   Оператор Асель  оператор  кіре алады',
    '',
  ]);
  // A clerk may not manage users; the administrator disables the clerk, who can no longer sign in.
  expect(tizim(['users', 'list', '--db', db, '--user', 'clerk.a'], { TIZIM_PASSWORD: 'пароль оператора 1' })).toMatchObject({
    code: 1,
    stderr: 'tizim: Your role (“clerk”) may not do this: it needs the role “administrator” or higher.\n',
  });
  expect(tizim(['users', 'disable', 'clerk.a', '--db', db, '--user', 'admin'], ADMIN)).toMatchObject({ code: 0, stdout: 'clerk.a may no longer sign in.\n' });
  expect(tizim(['elections', '--db', db, '--user', 'clerk.a'], { TIZIM_PASSWORD: 'пароль оператора 1' }).stderr).toBe('tizim: This user has been disabled. Ask an administrator.\n');

  const journal = new Database(db, { readonly: true });
  const rows = journal.prepare("SELECT actor, action FROM journal WHERE action LIKE 'user.%' OR action = 'election.create' ORDER BY seq").all();
  journal.close();
  expect(rows).toEqual([
    { actor: 'before.users', action: 'election.create' },
    { actor: userInfo().username, action: 'user.create' },
    { actor: 'Әкімші Айгерім', action: 'user.signInFailed' },
    { actor: 'Әкімші Айгерім', action: 'user.signIn' },
    { actor: 'Әкімші Айгерім', action: 'user.create' },
    { actor: 'Әкімші Айгерім', action: 'user.signOut' },
    { actor: 'Әкімші Айгерім', action: 'user.signIn' },
    { actor: 'Әкімші Айгерім', action: 'user.signOut' },
    { actor: 'Оператор Асель', action: 'user.signIn' },
    { actor: 'Оператор Асель', action: 'user.signOut' },
    { actor: 'Әкімші Айгерім', action: 'user.signIn' },
    { actor: 'Әкімші Айгерім', action: 'user.disable' },
    { actor: 'Әкімші Айгерім', action: 'user.signOut' },
  ]);
  expect(tizim(['verify', '--db', db]).code).toBe(0);
});
