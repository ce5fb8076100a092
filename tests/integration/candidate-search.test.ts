import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CandidateRow } from '../../src/domain/records';
import { foldName } from '../../src/domain/names';
import { withJournalHead } from '../../src/ledger/journal';
import { insertNomination, walksNameOrder } from '../../src/ledger/nominations';
import { ftsQuery } from '../../src/ledger/search';
import { seedCandidates } from '../fixtures/synthetic';
import { openDesk, type Desk } from './helpers';

// A name the clerk types is looked up one of two ways (ledger/nominations.ts): a common name by walking the persons
// in name order and stopping after the page, a rare one by sorting its matches. Either way the table must show the
// same rows in the same order, and the same count, as a plain reading of the ledger gives.

let desk: Desk;
let electionId: number;

beforeAll(() => {
  desk = openDesk();
  electionId = desk.must('elections.create', { preset: 'mazhilis-2023' }).id;
  // Every seventh person nominated twice: the count is of nominations, not of persons.
  seedCandidates(desk.ledger, electionId, 2000, { repeatEvery: 7 });
  // A second election's nominations of the same persons, and a few entries made in error, are neither counted nor shown.
  const other = desk.must('elections.create', { preset: 'mazhilis-2023' }).id;
  const persons = desk.ledger.db.prepare('SELECT id FROM person ORDER BY id LIMIT 300').all() as { id: number }[];
  const who = { actor: 'test', at: '2023-02-01T10:00:00.000Z' };
  const district = (desk.ledger.db.prepare('SELECT min(id) AS id FROM district WHERE election_id = ?').get(other) as { id: number }).id;
  desk.ledger.db.transaction(() =>
    withJournalHead(desk.ledger.db, () => {
      for (const p of persons)
        insertNomination(desk.ledger.db, who, other, p.id, { kind: 'district-self', partyId: null, associationName: '', districtId: district, listPosition: null, receivedOn: '2023-02-01', receivedTime: '10:00', documents: {} } as never);
    }),
  )();
  const some = desk.must('nominations.list', { electionId, limit: 5, offset: 100 }).rows;
  for (const row of some) desk.must('nominations.void', { id: row.nominationId, version: 1, reason: 'введено ошибочно' });
});
afterAll(() => desk.close());

/** The nominations of the election matching every typed word as a word prefix of the folded name, in name order. */
function expected(query: string, filter: (r: { district_id: number | null }) => boolean = () => true): number[] {
  const words = foldName(query).split(' ').filter(Boolean);
  const rows = desk.ledger.db
    .prepare(
      `SELECT n.id, n.district_id, p.name_folded FROM nomination n JOIN person p ON p.id = n.person_id
       WHERE n.election_id = ? AND n.voided_at IS NULL ORDER BY p.name_sort, p.id, n.id`,
    )
    .all(electionId) as { id: number; district_id: number | null; name_folded: string }[];
  return rows
    .filter((r) => filter(r) && words.every((w) => r.name_folded.split(/[\s-]+/).some((part) => part.startsWith(w))))
    .map((r) => r.id);
}

function shown(input: Record<string, unknown>): { ids: number[]; total: number } {
  const page = desk.must('nominations.list', { electionId, ...input }) as { rows: CandidateRow[]; total: number };
  return { ids: page.rows.map((r) => r.nominationId), total: page.total };
}

it('shows a common name, a rare one and two words the same way a plain reading does, at every offset', () => {
  const common = desk.must('nominations.list', { electionId, limit: 1 }).rows[0]?.givenName ?? '';
  const rare = desk.must('nominations.list', { electionId, limit: 1, offset: 1500 }).rows[0];
  const queries = [common, common.slice(0, 2), `${rare?.surname ?? ''} ${rare?.givenName ?? ''}`, rare?.iin.slice(0, 6) ?? ''];
  for (const query of queries) {
    const all = /^\d+$/.test(query)
      ? (desk.ledger.db
          .prepare('SELECT n.id FROM nomination n JOIN person p ON p.id = n.person_id WHERE n.election_id = ? AND n.voided_at IS NULL AND p.iin LIKE ? ORDER BY p.name_sort, p.id, n.id')
          .all(electionId, `${query}%`) as { id: number }[]).map((r) => r.id)
      : expected(query);
    expect(all.length, query).toBeGreaterThan(0);
    for (const offset of [0, 40, Math.max(0, all.length - 10)]) {
      expect(shown({ query, offset, limit: 50 }), `${query} at ${offset}`).toEqual({ ids: all.slice(offset, offset + 50), total: all.length });
    }
  }
  // The common name is one that walks (many matches), the rare one one that sorts: both ways are exercised.
  expect(walksNameOrder(desk.ledger.db, ftsQuery(common) ?? '', 50)).toBe(true);
  expect(walksNameOrder(desk.ledger.db, ftsQuery(queries[2] ?? '') ?? '', 50)).toBe(false);
});

it('counts and pages a name within a district, and leaves out the entries made in error', () => {
  const row = desk.must('nominations.list', { electionId, limit: 1, kind: 'district-self' }).rows[0];
  const query = row?.givenName ?? '';
  const districtId = row?.districtId ?? 0;
  const all = expected(query, (r) => r.district_id === districtId);
  expect(all.length).toBeGreaterThan(0);
  expect(shown({ query, districtId, limit: 50 })).toEqual({ ids: all.slice(0, 50), total: all.length });
  const voided = shown({ voided: true, limit: 50 });
  expect(voided.total).toBe(5);
});
