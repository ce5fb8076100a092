import { afterEach, beforeEach, expect, it } from 'vitest';
import { withDeferredIndexes } from '../../src/ledger/derived-indexes';
import { withJournalHead } from '../../src/ledger/journal';
import { insertNominations, setNominationStatus, updateNomination, voidNomination } from '../../src/ledger/nominations';
import { insertPerson, insertPersons, updatePerson } from '../../src/ledger/persons';
import { seedCandidates, syntheticPerson } from '../fixtures/synthetic';
import { openDesk, person, type Desk } from './helpers';

// A bulk write (an import) fills the names' search index and the candidates' order once at its end (migration 016).
// Whatever the write does to the rows it makes meanwhile, and whether it lands or fails, both indexes must then hold
// exactly what the tables give, as `verify` checks, and the row-by-row triggers must be back for every later write.

let desk: Desk;
let electionId: number;
const who = { actor: 'test', at: '2023-02-02T10:00:00.000Z' };
beforeEach(() => {
  desk = openDesk();
  electionId = desk.must('elections.create', { preset: 'mazhilis-2023' }).id;
  seedCandidates(desk.ledger, electionId, 40);
});
afterEach(() => desk.close());

const deferrals = (): number => (desk.ledger.db.prepare('SELECT count(*) FROM derived_index_deferral').pluck().get() as number);
const found = (query: string): number[] => desk.must('nominations.list', { electionId, query, limit: 100 }).rows.map((r) => r.nominationId);
const ordered = (): number[] => desk.must('nominations.list', { electionId, limit: 500 }).rows.map((r) => r.nominationId);
const byTables = (): number[] =>
  desk.ledger.db
    .prepare('SELECT n.id FROM nomination n JOIN person p ON p.id = n.person_id WHERE n.election_id = ? AND n.voided_at IS NULL ORDER BY p.name_sort, p.id, n.id')
    .pluck()
    .all(electionId) as number[];
const district = (): number => desk.must('districts.list', { electionId })[0]?.id as number;
const selfNomination = { kind: 'district-self' as const, partyId: null, associationName: '', listPosition: null, receivedOn: '2023-02-01', receivedTime: '10:00', documents: {} };

it('indexes what a bulk write made, renamed, moved and voided, from the rows as it left them', () => {
  const before = desk.must('nominations.list', { electionId, limit: 1 }).rows[0];
  if (!before) throw new Error('no seeded nomination');
  const old = desk.must('nominations.get', { id: before.nominationId });
  const db = desk.ledger.db;
  db.transaction(() => withJournalHead(db, () => withDeferredIndexes(db, () => {
    expect(deferrals()).toBe(1);
    const ids = insertPersons(db, who, [0, 1, 2].map((i) => ({ person: { ...syntheticPerson(1000 + i), surname: `Бөлекбаев${i}` } })));
    const noms = insertNominations(db, who, electionId, ids.map((personId) => ({ personId, nomination: { ...selfNomination, districtId: district() } })));
    // A person made in the write is renamed in it, one of its nominations is voided and another decided.
    const renamed = desk.must('persons.get', { id: ids[0] as number });
    expect(updatePerson(db, who, renamed.id, renamed.version, { ...renamed, surname: 'Аббасова' })).toBe('changed');
    expect(voidNomination(db, who, noms[1] as number, 1, 'внесено по ошибке')).toBe(true);
    expect(setNominationStatus(db, who, noms[2] as number, 1, 'registered', {})).toBe(true);
    // A person and a nomination made before the write change in it too: their triggers still run.
    expect(updatePerson(db, who, old.person.id, old.person.version, { ...old.person, surname: 'Яковлев' })).toBe('changed');
    expect(updateNomination(db, who, old.nomination.id, old.nomination.version, { ...old.nomination, ...selfNomination, districtId: district() })).toBe('changed');
  })))();
  expect(deferrals()).toBe(0);
  expect(ordered()).toEqual(byTables());
  expect(ordered()).toHaveLength(42);
  // «Аббасова» leads the order; the voided one is not there; names are found by the new name, not the old.
  expect(found('аббасова')).toHaveLength(1);
  expect(found('бөлекбаев0')).toEqual([]);
  expect(found('бөлекбаев1')).toEqual([]);
  expect(found('бөлекбаев2')).toHaveLength(1);
  expect(found('яковлев')).toEqual([old.nomination.id]);
  expect(desk.must('journal.verify', {})).toMatchObject({ ok: true, firstBad: null });
});

it('leaves no deferral behind when the bulk write fails, and later writes are indexed row by row', () => {
  const db = desk.ledger.db;
  const journalRows = (): number => db.prepare('SELECT count(*) FROM journal').pluck().get() as number;
  const rows = journalRows();
  // The caller's transaction goes on after the failed bulk write: the deferral was the write's savepoint, and went with it.
  db.transaction(() => withJournalHead(db, () => {
    expect(() =>
      withDeferredIndexes(db, () => {
        insertPersons(db, who, [{ person: { ...syntheticPerson(2000), surname: 'Жоғалған' } }]);
        throw new Error('the disk is full');
      }),
    ).toThrow('the disk is full');
    expect(deferrals()).toBe(0);
  }))();
  expect(journalRows()).toBe(rows);
  const id = db.transaction(() => withJournalHead(db, () => insertPerson(db, who, person({ surname: 'Кейінгі', iin: syntheticPerson(2001).iin, birthDate: syntheticPerson(2001).birthDate, sex: syntheticPerson(2001).sex }))))();
  db.transaction(() => withJournalHead(db, () => insertNominations(db, who, electionId, [{ personId: id, nomination: { ...selfNomination, districtId: district() } }])))();
  expect(found('кейінгі')).toHaveLength(1);
  expect(found('жоғалған')).toEqual([]);
  expect(ordered()).toEqual(byTables());
  expect(desk.must('journal.verify', {})).toMatchObject({ ok: true });
});

it('is found by verify when a write under the deferral never filled the indexes', () => {
  // What the fill prevents: rows written while the deferral stood, and the deferral then dropped behind the
  // service's back. The names' index lacks the person, and verify names it.
  const db = desk.ledger.db;
  const unindexed = db.transaction(() => withJournalHead(db, () => {
    db.prepare('INSERT INTO derived_index_deferral VALUES ((SELECT max(id) + 1 FROM person), (SELECT max(id) + 1 FROM nomination))').run();
    const [id] = insertPersons(db, who, [{ person: syntheticPerson(3000) }]);
    db.prepare('DELETE FROM derived_index_deferral').run();
    return id;
  }))();
  const report = desk.must('journal.verify', {});
  expect(report.ok).toBe(false);
  expect(report.firstBad).toMatchObject({ problem: 'search', entity: 'person', entityId: unindexed });
});
