import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyLedger, VerifyStopped } from '../../src/ledger/verify';
import { startAside } from '../../src/ledger/verify-aside';
import { CANDIDATE_ORDER_CHECK, SEARCH_INDEX_CHECK } from '../../src/ledger/verify-extras';
import { makeIin } from '../fixtures/iin';
import { openDesk, person, type Desk } from './helpers';

// verify runs its SQL-only checks (integrity, the names' search index, the candidates' order) on a second thread
// when the file is large. Whatever is wrong with a ledger, the verdict must be the same on one thread and on two.

let desk: Desk;
beforeEach(() => {
  desk = openDesk();
  const e = desk.must('elections.create', { preset: 'mazhilis-2023' });
  const party = desk.must('parties.list', { electionId: e.id })[0]?.id ?? 0;
  for (const [birthDate, surname, sex] of [['1990-01-01', 'Серікова', 'female'], ['1985-03-15', 'Ұзақов', 'male'], ['1978-06-20', 'Ёлкина', 'female']] as const) {
    desk.must('nominations.create', {
      electionId: e.id,
      person: person({ iin: makeIin(birthDate, sex), birthDate, sex, surname }),
      nomination: { kind: 'party-list', partyId: party, associationName: '', districtId: null, listPosition: null, receivedOn: '2023-02-01' },
    });
  }
});
afterEach(() => desk.close());

function tamper(sql: string): void {
  desk.ledger.close();
  const db = new Database(desk.path);
  db.exec(sql);
  db.close();
  desk.reopen();
}

const bothWays = () => {
  const one = verifyLedger(desk.ledger.db, { aside: false });
  const two = verifyLedger(desk.ledger.db, { aside: true });
  expect(two).toEqual(one);
  return two;
};

describe('verify with its SQL checks on a second thread', () => {
  it('finds a sound ledger sound, the second thread giving the SQL checks', () => {
    expect(bothWays()).toMatchObject({ ok: true, integrity: 'ok', firstBad: null });
    const checks = [SEARCH_INDEX_CHECK, CANDIDATE_ORDER_CHECK];
    expect(startAside(desk.ledger.db, checks, true).wait()).toEqual({ integrity: 'ok', found: [null, null], aside: true });
    expect(startAside(desk.ledger.db, checks).wait()).toEqual({ integrity: 'ok', found: [null, null], aside: false });
  });

  it('names the person missing from the search index', () => {
    const id = desk.ledger.db.prepare('SELECT min(id) FROM person').pluck().get() as number;
    tamper(`INSERT INTO person_name (person_name, rowid, name_folded) SELECT 'delete', id, name_folded FROM person WHERE id = ${id}`);
    expect(bothWays()).toMatchObject({ ok: false, firstBad: { seq: null, problem: 'search', entity: 'person', entityId: id } });
  });

  it('names the nomination missing from the candidates’ order', () => {
    const id = desk.ledger.db.prepare('SELECT max(nomination_id) FROM candidate_order').pluck().get() as number;
    tamper(`DELETE FROM candidate_order WHERE nomination_id = ${id}`);
    expect(bothWays()).toMatchObject({ ok: false, firstBad: { seq: null, problem: 'order', entity: 'nomination', entityId: id } });
  });

  it('puts a record changed behind the journal before the indexes, as one thread does', () => {
    const id = desk.ledger.db.prepare('SELECT min(id) FROM person').pluck().get() as number;
    // The surname changed in the table (the journal keeps the old one), the order row deleted too.
    tamper(`UPDATE person SET surname = 'Иванова' WHERE id = ${id}; DELETE FROM candidate_order`);
    expect(bothWays()).toMatchObject({ ok: false, firstBad: { problem: 'state', entity: 'person', entityId: id } });
  });

  it('finds a broken chain first and still gives SQLite’s verdict', () => {
    tamper("DROP TRIGGER IF EXISTS journal_no_update; UPDATE journal SET actor = 'someone else' WHERE seq = 4");
    expect(bothWays()).toMatchObject({ ok: false, integrity: 'ok', firstBad: { seq: 4, problem: 'hash' } });
  });

  it('stops when asked as it waits for the second thread, leaving no report', () => {
    let asked = 0;
    expect(() => verifyLedger(desk.ledger.db, { aside: true, stopped: () => ++asked > 1 })).toThrow(VerifyStopped);
  });
});
