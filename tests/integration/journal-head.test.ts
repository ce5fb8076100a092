import { afterEach, beforeEach, expect, it } from 'vitest';
import { openLedger } from '../../src/ledger';
import { journalHead, withJournalHead } from '../../src/ledger/journal';
import { insertPerson } from '../../src/ledger/persons';
import { verifyLedger } from '../../src/ledger/verify';
import { openDesk, person, type Desk } from './helpers';

// Issue 15: a write keeps the journal's head in memory for its transaction instead of querying it per row. The
// chain must come out exactly as before: a write rolled back leaves no head behind for the next one, another
// connection's write between two of ours is chained onto, and every image journaled from RETURNING is what verify
// reads back from the table.

let desk: Desk;
beforeEach(() => {
  desk = openDesk();
});
afterEach(() => desk.close());

const who = { actor: 'clerk.test', at: '2023-02-01T10:00:00.000Z' };

it('leaves no kept head behind a rolled-back write, so the next write chains onto the journal as it is', () => {
  const db = desk.ledger.db;
  const before = journalHead(db);
  expect(() =>
    db.transaction(() =>
      withJournalHead(db, () => {
        insertPerson(db, who, person({ iin: '870101300019' }));
        expect(journalHead(db).seq).toBe(before.seq + 1);
        throw new Error('refused');
      }),
    )(),
  ).toThrow('refused');
  expect(journalHead(db)).toEqual(before);
  db.transaction(() => withJournalHead(db, () => insertPerson(db, who, person({ iin: '870101300019' }))))();
  expect(journalHead(db).seq).toBe(before.seq + 1);
  expect(verifyLedger(db)).toMatchObject({ ok: true, entries: before.seq + 1, firstBad: null });
});

it('chains onto a row another connection appended between two writes of this one', () => {
  const other = openLedger(desk.path);
  try {
    const db = desk.ledger.db;
    db.transaction(() => withJournalHead(db, () => insertPerson(db, who, person({ iin: '870101300019' }))))();
    other.db.transaction(() => withJournalHead(other.db, () => insertPerson(other.db, who, person({ iin: '900202400028' }))))();
    db.transaction(() => withJournalHead(db, () => insertPerson(db, who, person({ iin: '750303300037' }))))();
    expect(verifyLedger(db)).toMatchObject({ ok: true, firstBad: null });
    expect(journalHead(db)).toEqual(journalHead(other.db));
  } finally {
    other.close();
  }
});

it('refuses to keep a head outside a transaction', () => {
  expect(() => withJournalHead(desk.ledger.db, () => undefined)).toThrow('not inside a transaction');
});

it('journals each inserted person and nomination with the image the table holds', () => {
  const e = desk.must('elections.create', { preset: 'mazhilis-2023' });
  const p = desk.must('persons.create', { person: person() });
  const rows = desk.ledger.db.prepare("SELECT change FROM journal WHERE entity = 'person' AND entity_id = ?").all(p.id) as { change: string }[];
  expect(rows).toHaveLength(1);
  const stored = desk.ledger.db.prepare('SELECT * FROM person WHERE id = ?').get(p.id);
  expect((JSON.parse(rows[0]?.change ?? '{}') as { after: unknown }).after).toEqual(stored);
  expect(verifyLedger(desk.ledger.db)).toMatchObject({ ok: true });
  expect(e.id).toBe(1);
});
