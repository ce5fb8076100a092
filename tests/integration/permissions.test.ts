import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allows, ROLES, type Permission, type Role } from '../../src/domain/users';
import { openLedger, type Ledger } from '../../src/ledger';
import { deskMethods } from '../../src/main/desk-methods';
import { createService, type Caller, type Service } from '../../src/service';
import { methods } from '../../src/service/methods';

// Every method of the API, called by every role (and by no one): it runs, or it is refused as `forbidden` (or, for
// no one, `unauthenticated`), exactly as the permission declared beside it says, whatever its input. The service
// checks who is calling before it reads the input, so an input that is not even valid tells the roles apart.

const PASSWORD = 'пароль для проверки ролей';
let dir: string;
let ledger: Ledger;
let service: Service;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tizim-permissions-'));
  ledger = openLedger(join(dir, 'ledger.sqlite'));
  service = createService(ledger, { actor: 'test', passwordCost: 12 });
  await service.callAsync('users.createFirst', { login: 'administrator', fullName: 'Administrator', password: PASSWORD });
  const admin = await session('administrator');
  service.call('elections.create', { preset: 'mazhilis-2023' }, admin);
  for (const role of ROLES.filter((r) => r !== 'administrator'))
    await service.callAsync('users.create', { login: role, fullName: role, role, password: PASSWORD }, admin);
});
afterAll(() => {
  ledger.close();
  rmSync(dir, { recursive: true, force: true });
});

async function session(login: string): Promise<Caller> {
  const r = await service.callAsync('auth.signIn', { login, password: PASSWORD }, { session: null, origin: 'test' });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return { session: (r.value as { session: string }).session, origin: 'test' };
}

async function answer(name: string, caller: Caller): Promise<{ ok: boolean; code?: string }> {
  const kind = service.kindOf(name);
  const r = kind === 'streams-file' ? await service.prepareFile(name, {}, caller) : await service.callAsync(name, {}, caller);
  return r.ok ? { ok: true } : { ok: false, code: r.error.code };
}

const declared = Object.entries(methods) as [string, { permission: Permission }][];

it('declares a permission for every method of the service and of the desk window', () => {
  const desk = Object.entries(deskMethods).map(([name, m]): [string, { permission: Permission }] => [name, m]);
  for (const [name, m] of [...declared, ...desk]) expect([...ROLES, 'anyone'], name).toContain(m.permission);
});

describe.each([...ROLES])('a signed-in %s', (role: Role) => {
  it('runs exactly the methods its role reaches, and is refused the others as forbidden', async () => {
    const refused: string[] = [];
    const expected: string[] = [];
    for (const [name, m] of declared) {
      // A fresh session for each call, so that one method (a sign-out) cannot change what the next one sees.
      const r = await answer(name, await session(role));
      if (r.code === 'forbidden') refused.push(name);
      if (!allows(role, m.permission)) expected.push(name);
    }
    expect(refused.sort()).toEqual(expected.sort());
  });
});

it('answers no one but the sign-in and the first-run questions before someone signs in', async () => {
  const open: string[] = [];
  for (const [name] of declared) if ((await answer(name, { session: null, origin: 'test' })).code !== 'unauthenticated') open.push(name);
  expect(open.sort()).toEqual(declared.filter(([, m]) => m.permission === 'anyone').map(([name]) => name).sort());
});
