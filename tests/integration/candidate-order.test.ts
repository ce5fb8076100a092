import { afterEach, beforeEach, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { MIGRATIONS, migrate } from '../../src/ledger/migrate';
import { createService } from '../../src/service';
import { openLedger } from '../../src/ledger';
import { insertNomination, setNominationStatus, updateNomination } from '../../src/ledger/nominations';
import { seedCandidates } from '../fixtures/synthetic';
import { openDesk, type Desk } from './helpers';

// The candidates table in name order reads its pages from a derived order (migration 014) so that a page at offset
// 90,000 does not look up 90,000 nominations. Whatever happens to the persons and nominations, every page must hold
// exactly the rows, in exactly the order, that the tables themselves give.

let desk: Desk;
beforeEach(() => {
  desk = openDesk();
});
afterEach(() => desk.close());

type Filter = { kind?: string; partyId?: number; districtId?: number; status?: string };

/** A person's data as the form sends it back. */
function withoutRecordFields<T extends { id: number; version: number; createdAt: string; updatedAt: string }>(p: T): Omit<T, 'id' | 'version' | 'createdAt' | 'updatedAt'> {
  const { id: _id, version: _version, createdAt: _c, updatedAt: _u, ...data } = p;
  return data;
}

/** The order the tables give, read without the derived order. */
function expected(electionId: number, f: Filter = {}): number[] {
  const where = ['n.election_id = ?', 'n.voided_at IS NULL'];
  const params: unknown[] = [electionId];
  for (const [column, value] of [['kind', f.kind], ['party_id', f.partyId], ['district_id', f.districtId], ['status', f.status]] as const)
    if (value !== undefined) {
      where.push(`n.${column} = ?`);
      params.push(value);
    }
  return desk.ledger.db
    .prepare(`SELECT n.id FROM nomination n JOIN person p ON p.id = n.person_id WHERE ${where.join(' AND ')} ORDER BY p.name_sort, p.id, n.id`)
    .pluck()
    .all(...params) as number[];
}

/** Every row of the table, page after page, as the renderer reads it. */
function paged(electionId: number, f: Filter = {}, limit = 37): number[] {
  const ids: number[] = [];
  for (let offset = 0; ; offset += limit) {
    const page = desk.must('nominations.list', { electionId, limit, offset, ...(f as object) });
    ids.push(...page.rows.map((r) => r.nominationId));
    if (offset + limit >= page.total) return ids;
  }
}

it('pages in name order through renames, voids, decisions and moves exactly as the tables order them', () => {
  const e = desk.must('elections.create', { preset: 'mazhilis-2023' });
  seedCandidates(desk.ledger, e.id, 240);
  const all = expected(e.id);
  expect(all).toHaveLength(240);
  expect(paged(e.id)).toEqual(all);

  // A rename moves the person's nominations to the new name's place: «Аббасов» comes before every seeded surname.
  const last = desk.must('nominations.get', { id: all[all.length - 1] as number });
  desk.must('persons.update', { id: last.person.id, version: last.person.version, person: { ...withoutRecordFields(last.person), surname: 'Аббасов' } });
  // An entry made in error leaves the table; a decision and a move change what the filters find.
  const voided = desk.must('nominations.get', { id: all[10] as number });
  desk.must('nominations.void', { id: voided.nomination.id, version: voided.nomination.version, reason: 'внесено по ошибке' });
  const who = { actor: 'test', at: '2023-02-02T10:00:00.000Z' };
  const decided = desk.must('nominations.get', { id: all[20] as number }).nomination;
  desk.ledger.db.transaction(() => setNominationStatus(desk.ledger.db, who, decided.id, decided.version, 'registered', {}))();
  const moved = desk.must('nominations.get', { id: all[30] as number }).nomination;
  const district = desk.must('districts.list', { electionId: e.id })[3];
  if (!district) throw new Error('no district');
  desk.ledger.db.transaction(() =>
    updateNomination(desk.ledger.db, who, moved.id, moved.version, { ...moved, kind: 'district-self', partyId: null, listPosition: null, associationName: '', districtId: district.id }),
  )();
  // Another election's nominations of the same persons stay in their own table.
  const other = desk.must('elections.create', { preset: 'mazhilis-2023' });
  const otherDistrict = desk.must('districts.list', { electionId: other.id })[0]?.id ?? null;
  desk.ledger.db.transaction(() =>
    insertNomination(desk.ledger.db, who, other.id, last.person.id, { ...moved, kind: 'district-self', partyId: null, listPosition: null, associationName: '', districtId: otherDistrict }),
  )();

  const now = expected(e.id);
  expect(now).toHaveLength(239);
  expect(now[0]).toBe(last.nomination.id);
  expect(now).not.toContain(voided.nomination.id);
  expect(paged(e.id)).toEqual(now);
  expect(paged(other.id)).toEqual(expected(other.id));
  expect(expected(other.id)).toHaveLength(1);
  const party = desk.must('parties.list', { electionId: e.id })[0];
  for (const f of [{ kind: 'district-self' }, { kind: 'party-list', partyId: party?.id }, { districtId: district.id }, { status: 'registered' }, { status: 'nominated', kind: 'district-party' }]) {
    expect(paged(e.id, f)).toEqual(expected(e.id, f));
    expect(expected(e.id, f).length).toBeGreaterThan(0);
  }
  expect(paged(e.id, { districtId: district.id })).toContain(moved.id);
  expect(paged(e.id, { status: 'registered' })).toEqual([decided.id]);
  // A page deep in the table is the slice of the whole order at its offset.
  expect(desk.must('nominations.list', { electionId: e.id, offset: 200, limit: 25 }).rows.map((r) => r.nominationId)).toEqual(now.slice(200, 225));
});

it('fills the order from the nominations a ledger already holds when it is upgraded', () => {
  // A ledger as Tizim left it before migration 014, with its nominations: all of them must be in the table after.
  const path = join(desk.dir, 'before-014.sqlite');
  const db = new Database(path);
  migrate(db, path, MIGRATIONS.filter((m) => m.version < 14));
  const old = createService({ path, db, close: () => db.close() }, { actor: 'test' });
  const created = old.call('elections.create', { preset: 'mazhilis-2023' });
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  const electionId = (created.value as { id: number }).id;
  seedCandidates({ path, db, close: () => db.close() }, electionId, 60);
  db.close();
  desk.ledger.close();
  desk.ledger = openLedger(path);
  desk.service = createService(desk.ledger, { actor: 'test' });
  expect(expected(electionId)).toHaveLength(60);
  expect(paged(electionId, {}, 7)).toEqual(expected(electionId));
});
