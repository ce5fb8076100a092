import { afterEach, beforeEach, expect, it } from 'vitest';
import { iinCheckDigit } from '../../src/domain/iin';
import { verifyLedger } from '../../src/ledger/verify';
import { openDesk, person, type Desk } from './helpers';

// Issue 14, item 7: a full disk during a save. The ledger file is held at its size with SQLite's max_page_count,
// which fails a write exactly as a full disk does (SQLITE_FULL, "database or disk is full"): the clerk is told the
// disk is full, and nothing of the save — person, nomination or journal row — is in the ledger.

let desk: Desk;
beforeEach(() => {
  desk = openDesk('clerk.disk');
  desk.must('elections.create', { preset: 'mazhilis-2023' });
});
afterEach(() => desk.close());

const counts = () =>
  ['person', 'nomination', 'journal'].map((t) => (desk.ledger.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n);

function save(n: number) {
  const first11 = `8710083${String(n).padStart(4, '0')}`;
  const party = desk.must('parties.list', { electionId: 1 })[0]?.id ?? 0;
  return desk.service.call('nominations.create', {
    electionId: 1,
    person: person({ iin: `${first11}${iinCheckDigit(first11) ?? ''}`, surname: `Толықдисков${n}`, workplace: 'ТОО «Құрылыс»'.repeat(20) }),
    nomination: { kind: 'party-list', partyId: party, associationName: '', districtId: null, listPosition: null, receivedOn: '2023-02-01' },
  });
}

it('ends a save with the disk-full message and nothing of it written, and the same save goes through once there is room', () => {
  const pages = desk.ledger.db.pragma('page_count', { simple: true }) as number;
  desk.ledger.db.pragma(`max_page_count = ${pages}`);
  let n = 1;
  let before = counts();
  let result = save(n);
  // The free pages the file has take a few saves; the first that needs one more page is refused.
  while (result.ok && n < 500) {
    before = counts();
    result = save(++n);
  }
  expect(result).toEqual({ ok: false, error: { code: 'internal', messageKey: 'error.diskFull' } });
  expect(counts()).toEqual(before);
  expect(desk.must('nominations.list', { electionId: 1, query: `Толықдисков${n}` }).total).toBe(0);
  expect(verifyLedger(desk.ledger.db).ok).toBe(true);

  desk.ledger.db.pragma('max_page_count = 1073741823');
  expect(save(n)).toMatchObject({ ok: true });
  expect(counts()[1]).toBe((before[1] ?? 0) + 1);
});
