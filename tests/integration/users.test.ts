import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../src/ledger';
import { verifyLedger } from '../../src/ledger/verify';
import { createService, type Caller, type Service } from '../../src/service';

// Users, sign-in and sessions (issue 12), over a real ledger: the first administrator, roles enforced by the service
// whatever the caller, failed sign-ins slowed down, then locked, and every step journaled with its user.

let dir: string;
let ledger: Ledger;
let clock: Date;
let waits: number[];
let service: Service;

const at = (iso: string) => (clock = new Date(iso));
const workstation = (session: string | null): Caller => ({ session, origin: '10.0.0.7' });
const PASSWORD = 'долгий пароль 2023';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tizim-users-'));
  ledger = openLedger(join(dir, 'ledger.sqlite'));
  at('2023-02-01T04:00:00.000Z');
  waits = [];
  service = createService(ledger, {
    actor: 'os-user',
    now: () => clock,
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
    idleMinutes: 30,
    // A cheaper hash than the desk's own (2^17), for speed; passwords.test.ts checks the desk's.
    passwordCost: 12,
  });
});
afterEach(() => {
  ledger.close();
  rmSync(dir, { recursive: true, force: true });
});

async function value<T>(result: unknown): Promise<T> {
  const r = (await result) as { ok: boolean; value?: T; error?: unknown };
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as T;
}

async function signIn(login: string, password = PASSWORD): Promise<string> {
  return (await value<{ session: string }>(service.callAsync('auth.signIn', { login, password }, workstation(null)))).session;
}

async function withUsers(): Promise<{ admin: string; clerk: string; observer: string }> {
  await value(service.callAsync('users.createFirst', { login: 'Admin', fullName: 'Әкімші Айгерім', password: PASSWORD }, workstation(null)));
  const admin = await signIn('admin');
  for (const [login, fullName, role] of [['clerk.a', 'Оператор Асель', 'clerk'], ['observer.b', 'Наблюдатель Борис', 'observer']] as const)
    await value(service.callAsync('users.create', { login, fullName, role, password: PASSWORD }, workstation(admin)));
  return { admin, clerk: await signIn('clerk.a'), observer: await signIn('observer.b') };
}

describe('the first administrator', () => {
  it('is asked for on a new ledger, made once, and from then on every call needs a signed-in user', async () => {
    expect(service.call('auth.status', {}, workstation(null))).toEqual({ ok: true, value: { firstRun: true, user: null, idleMinutes: 30 } });
    // Before there are users, the CLI and the tests act as the desk's operating-system user; a workstation does not.
    expect(service.call('elections.list', {}, workstation(null))).toMatchObject({ ok: false, error: { code: 'unauthenticated', messageKey: 'error.signInRequired' } });
    expect(service.call('elections.list', {})).toEqual({ ok: true, value: [] });

    const first = await value<{ login: string; role: string }>(
      service.callAsync('users.createFirst', { login: '  Admin ', fullName: 'Әкімші Айгерім', password: PASSWORD }, workstation(null)),
    );
    expect(first).toMatchObject({ login: 'admin', role: 'administrator', active: true });
    expect(await service.callAsync('users.createFirst', { login: 'other', fullName: 'X', password: PASSWORD }, workstation(null))).toMatchObject({
      ok: false,
      error: { code: 'forbidden', messageKey: 'error.firstUserExists' },
    });
    expect(service.call('auth.status', {}, workstation(null))).toMatchObject({ ok: true, value: { firstRun: false, user: null } });
    // The process holding the file may still read it; a change now names a user.
    expect(service.call('elections.list', {})).toEqual({ ok: true, value: [] });
    expect(service.call('elections.create', { preset: 'mazhilis-2023' })).toMatchObject({ ok: false, error: { code: 'unauthenticated', messageKey: 'error.userRequired' } });
  });

  it('refuses a short password and a name that is not a sign-in name', async () => {
    expect(await service.callAsync('users.createFirst', { login: 'admin', fullName: 'A', password: 'short' }, workstation(null))).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', messageKey: 'error.passwordTooShort', params: { minimum: 12 }, field: 'password' },
    });
    expect(await service.callAsync('users.createFirst', { login: 'Әкімші', fullName: 'A', password: PASSWORD }, workstation(null))).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', field: 'login' },
    });
  });
});

describe('roles, enforced by the service', () => {
  it('lets each role do what it may and refuses the rest as forbidden, naming the roles', async () => {
    const { admin, clerk, observer } = await withUsers();
    expect(service.call('elections.create', { preset: 'mazhilis-2023' }, workstation(clerk))).toMatchObject({
      ok: false,
      error: { code: 'forbidden', messageKey: 'error.forbidden', params: { method: 'elections.create', role: 'clerk', needed: 'administrator' } },
    });
    const election = await value<{ id: number }>(service.call('elections.create', { preset: 'mazhilis-2023' }, workstation(admin)));
    expect(service.call('elections.list', {}, workstation(observer))).toMatchObject({ ok: true, value: [{ id: election.id }] });
    expect(service.call('parties.update', { id: 1, depositStatus: 'exempt' }, workstation(observer))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(service.call('users.list', {}, workstation(clerk))).toMatchObject({ ok: false, error: { code: 'forbidden', params: { needed: 'administrator' } } });
    expect(service.call('elections.list', {}, workstation('not-a-session'))).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('names the signed-in user in every journal row: their full name and their id', async () => {
    const { admin } = await withUsers();
    await value(service.call('elections.create', { preset: 'mazhilis-2023' }, workstation(admin)));
    const rows = ledger.db.prepare("SELECT actor, json_extract(change, '$.userId') AS userId FROM journal WHERE action = 'election.create'").all();
    expect(rows).toEqual([{ actor: 'Әкімші Айгерім', userId: 1 }]);
    const signIns = ledger.db.prepare("SELECT actor, entity_id AS id FROM journal WHERE action = 'user.signIn' ORDER BY seq").all();
    expect(signIns).toEqual([
      { actor: 'Әкімші Айгерім', id: 1 },
      { actor: 'Оператор Асель', id: 2 },
      { actor: 'Наблюдатель Борис', id: 3 },
    ]);
    expect(verifyLedger(ledger.db)).toMatchObject({ ok: true, firstBad: null });
  });
});

describe('sessions', () => {
  it('end after the inactivity limit and on sign-out, journaled', async () => {
    const { clerk, observer } = await withUsers();
    at('2023-02-01T04:29:00.000Z');
    expect(service.call('elections.list', {}, workstation(clerk))).toMatchObject({ ok: true });
    at('2023-02-01T04:58:00.000Z');
    // 29 minutes after the clerk's last call: still signed in; the observer, silent for 58 minutes, is not.
    expect(service.call('elections.list', {}, workstation(clerk))).toMatchObject({ ok: true });
    expect(service.call('elections.list', {}, workstation(observer))).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(service.call('auth.signOut', {}, workstation(clerk))).toEqual({ ok: true, value: { signedOut: true } });
    expect(service.call('elections.list', {}, workstation(clerk))).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(ledger.db.prepare("SELECT actor FROM journal WHERE action = 'user.signOut'").all()).toEqual([{ actor: 'Оператор Асель' }]);
  });

  it('of a disabled user end, and the last administrator can be neither disabled nor demoted', async () => {
    const { admin, clerk } = await withUsers();
    const users = await value<{ id: number; login: string; version: number; fullName: string; role: string }[]>(service.call('users.list', {}, workstation(admin)));
    const [adminUser, clerkUser] = [users.find((u) => u.login === 'admin'), users.find((u) => u.login === 'clerk.a')];
    if (!adminUser || !clerkUser) throw new Error('users missing');
    expect(service.call('users.update', { id: adminUser.id, version: adminUser.version, fullName: adminUser.fullName, role: 'clerk', active: true }, workstation(admin))).toMatchObject({
      ok: false,
      error: { code: 'conflict', messageKey: 'error.lastAdministrator' },
    });
    await value(service.call('users.update', { id: clerkUser.id, version: clerkUser.version, fullName: clerkUser.fullName, role: 'clerk', active: false }, workstation(admin)));
    expect(service.call('elections.list', {}, workstation(clerk))).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(await service.callAsync('auth.signIn', { login: 'clerk.a', password: PASSWORD }, workstation(null))).toMatchObject({
      ok: false,
      error: { code: 'forbidden', messageKey: 'error.userDisabled' },
    });
  });
});

describe('a wrong password, again and again', () => {
  it('slows the answers from the fourth failure, locks the account at the tenth, and journals each failure', async () => {
    await withUsers();
    waits = [];
    const attempts = [];
    for (let i = 0; i < 10; i++) attempts.push(await service.callAsync('auth.signIn', { login: 'clerk.a', password: `wrong ${i}` }, workstation(null)));
    expect(attempts.map((r) => (r.ok ? "ok" : r.error.messageKey))).toEqual(Array(10).fill("error.signInFailed"));
    // The wait before each answer, in milliseconds: none for three failures, then doubling.
    expect(waits).toEqual([0, 0, 0, 1000, 2000, 4000, 8000, 16000, 30000, 30000]);

    // Locked: even the right password is refused, with how long the lock lasts, and the attempt is journaled.
    expect(await service.callAsync('auth.signIn', { login: 'clerk.a', password: PASSWORD }, workstation(null))).toMatchObject({
      ok: false,
      error: { code: 'forbidden', messageKey: 'error.accountLocked', params: { minutes: 15 } },
    });
    const failures = ledger.db
      .prepare("SELECT actor, json_extract(change, '$.attempt') AS attempt, json_extract(change, '$.lockedUntil') AS lockedUntil FROM journal WHERE action = 'user.signInFailed' ORDER BY seq")
      .all() as { actor: string; attempt: number; lockedUntil: string | null }[];
    expect(failures.map((f) => f.attempt)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10]);
    expect(failures.every((f) => f.actor === 'Оператор Асель')).toBe(true);
    expect(failures.at(-2)?.lockedUntil).toBe('2023-02-01T04:15:00.000Z');

    // Fifteen minutes later the right password signs in, and the count starts again from none.
    at('2023-02-01T04:15:01.000Z');
    expect(await service.callAsync('auth.signIn', { login: 'clerk.a', password: PASSWORD }, workstation(null))).toMatchObject({ ok: true });
    waits = [];
    await service.callAsync('auth.signIn', { login: 'clerk.a', password: 'wrong again' }, workstation(null));
    expect(waits).toEqual([0]);
  });

  it('answers an unknown name as a wrong password, and journals the name that was tried', async () => {
    await withUsers();
    expect(await service.callAsync('auth.signIn', { login: 'nobody', password: PASSWORD }, workstation(null))).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated', messageKey: 'error.signInFailed' },
    });
    expect(ledger.db.prepare("SELECT actor, entity_id AS id FROM journal WHERE action = 'user.signInFailed'").all()).toEqual([{ actor: 'nobody', id: null }]);
  });

  it('is unlocked at once by an administrator’s reset, which ends the user’s sessions', async () => {
    const { admin } = await withUsers();
    for (let i = 0; i < 10; i++) await service.callAsync('auth.signIn', { login: 'clerk.a', password: `wrong ${i}` }, workstation(null));
    const clerkUser = (await value<{ id: number; login: string }[]>(service.call('users.list', {}, workstation(admin)))).find((u) => u.login === 'clerk.a');
    await value(service.callAsync('users.resetPassword', { id: clerkUser?.id, password: 'новый пароль 2023' }, workstation(admin)));
    expect(await service.callAsync('auth.signIn', { login: 'clerk.a', password: 'новый пароль 2023' }, workstation(null))).toMatchObject({ ok: true });
  });
});

it('lets a user change their own password, given the present one', async () => {
  const { clerk } = await withUsers();
  expect(await service.callAsync('users.changePassword', { current: 'not it', password: 'совсем другой пароль' }, workstation(clerk))).toMatchObject({
    ok: false,
    error: { code: 'invalid-input', messageKey: 'error.currentPasswordWrong', field: 'current' },
  });
  await value(service.callAsync('users.changePassword', { current: PASSWORD, password: 'совсем другой пароль' }, workstation(clerk)));
  expect(await service.callAsync('auth.signIn', { login: 'clerk.a', password: PASSWORD }, workstation(null))).toMatchObject({ ok: false });
  expect(await service.callAsync('auth.signIn', { login: 'clerk.a', password: 'совсем другой пароль' }, workstation(null))).toMatchObject({ ok: true });
});
