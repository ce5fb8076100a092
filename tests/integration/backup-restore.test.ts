import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { iinCheckDigit } from '../../src/domain/iin';
import { openLedger } from '../../src/ledger';
import { verifyLedger } from '../../src/ledger/verify';
import type { Caller } from '../../src/service';
import { sealPlaces, trustProblem } from '../../src/service/ledger-files';
import { openDesk, person, TEST_ADMIN, type Desk } from './helpers';

// Issue 14, item 2: the administrator restores a backup from the screen while the desk runs. The desk's own
// connection reads the restored ledger at once, the replaced one is kept beside it, the restore is journaled in the
// restored ledger, a confirm made against an old view or a backup not in the folder is refused, and every other
// session ends (its user signs in again against the restored users).

const CLERK = { login: 'clerk', fullName: 'Хатшы Дана', role: 'clerk' as const, password: 'пароль хатшысы 2023' };
let desk: Desk;
let clock: Date;
let admin: Caller;
let clerk: Caller;

function iinNo(n: number): string {
  const first11 = `8710083${String(n).padStart(4, '0')}`;
  return `${first11}${iinCheckDigit(first11) ?? ''}`;
}

async function must<T>(method: string, input: unknown, caller: Caller = admin): Promise<T> {
  const result = await desk.service.callAsync(method, input, caller);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

async function signIn(login: string, password: string): Promise<Caller> {
  const { session } = await must<{ session: string }>('auth.signIn', { login, password }, { session: null, origin: 'test' });
  return { session, origin: 'test' };
}

async function nominate(n: number): Promise<void> {
  const party = (await must<{ id: number }[]>('parties.list', { electionId: 1 }))[0]?.id ?? 0;
  await must('nominations.create', {
    electionId: 1,
    person: person({ iin: iinNo(n), surname: `Тексеру${n}` }),
    nomination: { kind: 'party-list', partyId: party, associationName: '', districtId: null, listPosition: null, receivedOn: '2023-02-01' },
  });
}

const head = (): number => (desk.ledger.db.prepare('SELECT max(seq) AS seq FROM journal').get() as { seq: number }).seq;
const surnames = (db: Database.Database): string[] =>
  (db.prepare('SELECT surname FROM person ORDER BY surname').all() as { surname: string }[]).map((r) => r.surname);

let folder: string;
let usb: string;
let backup: { name: string; seq: number };

beforeEach(async () => {
  clock = new Date('2026-12-01T10:00:00Z');
  desk = openDesk('admin.test', () => clock);
  await desk.service.callAsync('users.createFirst', TEST_ADMIN);
  admin = await signIn(TEST_ADMIN.login, TEST_ADMIN.password);
  await must('users.create', CLERK);
  clerk = await signIn(CLERK.login, CLERK.password);
  await must('elections.create', { preset: 'mazhilis-2023' });
  usb = mkdtempSync(join(tmpdir(), 'tizim-usb-'));
  folder = join(usb, 'tizim');
  await must('backups.settings', { folder, keep: 10, version: 0 });
  await nominate(1);
  backup = (await must<{ backup: { name: string; seq: number } }>('backups.make', {})).backup;
  // After the backup: a second candidate, and the findings of both as the desk keeps them.
  clock = new Date('2026-12-01T10:10:00Z');
  await nominate(2);
  expect((await must<{ nominations: unknown[] }>('checks.run', { electionId: 1 }, clerk)).nominations).toHaveLength(2);
});
afterEach(() => {
  desk.close();
  rmSync(usb, { recursive: true, force: true });
});

describe('a restore from the screen', () => {
  it('puts the backup in place of the running ledger, keeps the replaced one, journals the restore and ends the other sessions', async () => {
    const before = head();
    const status = await must<{ backups: { name: string; seq: number }[]; journal: { seq: number } }>('backups.status', {});
    expect(status.backups.map((b) => b.name)).toEqual([backup.name]);
    expect(status.journal.seq).toBe(before);

    clock = new Date('2026-12-01T10:20:00Z');
    const restored = await must<{ backup: { name: string }; kept: string; lost: number; seq: number }>('backups.restore', { name: backup.name, seq: before });
    const kept = `${desk.path}.replaced-20261201T102000Z.sqlite`;
    expect(restored).toEqual({ backup: expect.objectContaining({ name: backup.name, seq: backup.seq }), kept, lost: before - backup.seq, seq: backup.seq + 1 });

    // The running desk reads the restored ledger: the second candidate is gone, the findings too.
    expect(surnames(desk.ledger.db)).toEqual(['Тексеру1']);
    expect((await must<{ nominations: unknown[] }>('checks.run', { electionId: 1 })).nominations).toHaveLength(1);
    expect((await must<{ total: number }>('nominations.list', { electionId: 1, query: 'Тексеру2' })).total).toBe(0);
    const last = (await must<{ rows: { seq: number; action: string; actor: string; subject: string }[] }>('journal.list', { limit: 1 })).rows[0];
    expect(last).toMatchObject({ seq: backup.seq + 1, action: 'backup.restore', actor: TEST_ADMIN.fullName });
    const change = JSON.parse((desk.ledger.db.prepare('SELECT change FROM journal WHERE seq = ?').get(backup.seq + 1) as { change: string }).change) as Record<string, unknown>;
    expect(change).toMatchObject({ backup: backup.name, backupSeq: backup.seq, replacedSeq: before, kept });
    expect(verifyLedger(desk.ledger.db).ok).toBe(true);

    // The replaced ledger is kept beside it, whole.
    const replaced = new Database(kept, { readonly: true });
    expect(surnames(replaced)).toEqual(['Тексеру1', 'Тексеру2']);
    expect((replaced.prepare('SELECT max(seq) AS seq FROM journal').get() as { seq: number }).seq).toBe(before);
    replaced.close();

    // The administrator stays signed in; the clerk signs in again.
    expect(await desk.service.callAsync('elections.list', {}, clerk)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(await desk.service.callAsync('elections.list', {}, admin)).toMatchObject({ ok: true });
    const again = await signIn(CLERK.login, CLERK.password);
    expect(await desk.service.callAsync('elections.list', {}, again)).toMatchObject({ ok: true });

    // The desk's seal moved with the ledger: it is trusted as it is now (the clerk's sign-in journaled after the
    // restore), and at the next start.
    expect(await must('backups.status', {})).toMatchObject({ trust: null, lastSeal: { seq: backup.seq }, journal: { seq: backup.seq + 2 } });
    desk.reopen();
    expect(trustProblem(desk.ledger.db, sealPlaces(desk.path))).toBeNull();
    expect(surnames(desk.ledger.db)).toEqual(['Тексеру1']);
    const reopened = openLedger(desk.path);
    expect(verifyLedger(reopened.db).ok).toBe(true);
    reopened.close();
  });

  it('is refused, with nothing changed, when the journal moved since the administrator looked or the backup is not in the folder', async () => {
    const before = head();
    const moved = await desk.service.callAsync('backups.restore', { name: backup.name, seq: before - 1 }, admin);
    expect(moved).toMatchObject({ ok: false, error: { code: 'stale', messageKey: 'restore.moved', params: { seq: before } } });
    const unknown = await desk.service.callAsync('backups.restore', { name: '../ledger.sqlite', seq: before }, admin);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not-found', messageKey: 'restore.notListed', params: { name: '../ledger.sqlite', folder } } });
    expect(await desk.service.callAsync('backups.restore', { name: backup.name, seq: before }, clerk)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(head()).toBe(before);
    expect(surnames(desk.ledger.db)).toEqual(['Тексеру1', 'Тексеру2']);
    expect(readdirSync(desk.dir).filter((n) => n.includes('.replaced-'))).toEqual([]);
    expect(await desk.service.callAsync('elections.list', {}, clerk)).toMatchObject({ ok: true });
    expect(existsSync(join(folder, backup.name))).toBe(true);
  });
});
