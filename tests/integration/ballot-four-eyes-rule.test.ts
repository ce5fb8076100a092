import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../src/ledger';
import { createService, type Caller, type Service } from '../../src/service';
import { nomination, person } from './helpers';

// Issue 13, item 6: registration waits for verified ballot data — but only where a second entry can be made at all,
// that is while the ledger has two or more active users who may enter data (clerks, secretaries, administrators).
// A commission of one administrator, or one with an observer, registers as before; a second clerk changes that, and
// disabling them changes it back.

const PASSWORD = 'пароль сотрудника комиссии';
let dir: string;
let ledger: Ledger;
let service: Service;
let admin: Caller;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tizim-four-eyes-'));
  ledger = openLedger(join(dir, 'ledger.sqlite'));
  service = createService(ledger, { actor: 'test', passwordCost: 12, now: () => new Date('2023-02-16T05:00:00.000Z') });
  await service.callAsync('users.createFirst', { login: 'admin', fullName: 'Аманова Сәуле', password: PASSWORD });
  const r = await service.callAsync('auth.signIn', { login: 'admin', password: PASSWORD }, { session: null, origin: 'test' });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  admin = { session: (r.value as { session: string }).session, origin: 'test' };
});
afterEach(() => {
  ledger.close();
  rmSync(dir, { recursive: true, force: true });
});

function must<T>(r: { ok: boolean; value?: unknown; error?: unknown }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as T;
}

async function addUser(login: string, role: string): Promise<{ id: number; version: number }> {
  return must(await service.callAsync('users.create', { login, fullName: `Сотрудник ${login}`, role, password: PASSWORD }, admin));
}

it('asks for verified ballot data at registration only while two active users can enter data', async () => {
  const e = must<{ id: number }>(service.call('elections.create', { preset: 'mazhilis-2023' }, admin));
  const districtId = must<{ id: number }[]>(service.call('districts.list', { electionId: e.id }, admin))[0]?.id ?? 0;
  const c = must<{ nomination: { id: number } }>(
    service.call('nominations.create', { electionId: e.id, person: person(), nomination: nomination({ kind: 'district-self', districtId }) }, admin),
  );
  const ballotFindings = (): string[] =>
    must<{ rule: string; severity: string }[]>(service.call('nominations.registrationCheck', { id: c.nomination.id }, admin))
      .filter((f) => f.rule.startsWith('ballot.'))
      .map((f) => `${f.rule}:${f.severity}`);

  // One administrator: nobody could make the second entry.
  expect(ballotFindings()).toEqual([]);
  // An observer enters nothing.
  await addUser('kim', 'observer');
  expect(ballotFindings()).toEqual([]);
  // A clerk beside the administrator: four eyes are possible, and registration waits for them.
  const clerk = await addUser('bekov', 'clerk');
  const waiting = ballotFindings();
  expect(waiting.length).toBeGreaterThan(0);
  expect(waiting.every((f) => f.endsWith(':error'))).toBe(true);
  // The clerk disabled: one who can enter data again, and registration no longer waits.
  must(service.call('users.update', { id: clerk.id, version: clerk.version, fullName: 'Сотрудник bekov', role: 'clerk', active: false }, admin));
  expect(ballotFindings()).toEqual([]);
});
