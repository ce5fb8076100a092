import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeIin } from '../fixtures/iin';
import { nomination, openDesk, person, type Desk } from './helpers';

// Issue 11, item 9's leftover: "not the same person" can be taken back. A clerk who marked the wrong pair (or whose
// commission later finds the two to be one person) takes the mark back with a reason; the journal says who and why,
// the warning is on both again, and the pair can be marked once more.

let desk: Desk;
beforeEach(() => {
  desk = openDesk();
});
afterEach(() => {
  expect(desk.must('journal.verify', {})).toMatchObject({ ok: true });
  desk.close();
});

const BIRTH = '1987-10-08';
const first = makeIin(BIRTH, 'male', 101);
const second = makeIin(BIRTH, 'male', 202);

const namesakeIins = (findings: { rule: string; params?: Record<string, unknown> }[]) =>
  findings.filter((f) => f.rule === 'person.namesake').map((f) => f.params?.iin);

function pair() {
  const e = desk.must('elections.create', { preset: 'mazhilis-2023' });
  const [d1, d2] = desk.must('districts.list', { electionId: e.id });
  if (!d1 || !d2) throw new Error('the Mazhilis preset has districts');
  const add = (iin: string, districtId: number) =>
    desk.must('nominations.create', { electionId: e.id, person: person({ iin }), nomination: nomination({ kind: 'district-self', districtId }) });
  return { e, a: add(first, d1.id), b: add(second, d2.id) };
}

describe('taking back "not the same person"', () => {
  it('brings the warning back on both, journaled with who and why, in the table too', () => {
    const { e, a, b } = pair();
    desk.must('persons.distinguish', { personId: a.person.id, otherId: b.person.id });
    expect(desk.must('persons.distinguished', { personId: b.person.id })).toMatchObject([
      { personId: a.person.id, iin: first, surname: 'Ұзақов', givenName: 'Әлихан', patronymic: 'Серікұлы' },
    ]);
    // The candidates index knows the mark before it is taken back, so the take-back must reach it as a change.
    expect(desk.must('checks.run', { electionId: e.id }).nominations.map((n) => namesakeIins(n.findings))).toEqual([[], []]);

    const back = desk.must('persons.undistinguish', { personId: b.person.id, otherId: a.person.id, reason: '  По паспортам это одно лицо  ' });
    expect(back).toEqual({ personId: b.person.id, namesakes: [{ personId: a.person.id, iin: first }] });
    expect(namesakeIins(desk.must('nominations.get', { id: a.nomination.id }).findings)).toEqual([second]);
    expect(namesakeIins(desk.must('nominations.get', { id: b.nomination.id }).findings)).toEqual([first]);
    expect(desk.must('checks.run', { electionId: e.id }).nominations.map((n) => namesakeIins(n.findings))).toEqual([[second], [first]]);
    expect(desk.must('persons.distinguished', { personId: a.person.id })).toEqual([]);

    const [entry] = desk.must('journal.list', { limit: 1 }).rows;
    expect(entry).toMatchObject({
      action: 'person_distinction.withdraw',
      entity: 'person_distinction_change',
      actor: 'clerk.test',
      subject: `Ұзақов Әлихан Серікұлы, ${first} ≠ Ұзақов Әлихан Серікұлы, ${second}`,
    });
    const row = desk.ledger.db.prepare('SELECT stands, reason FROM person_distinction_change').all();
    expect(row).toEqual([{ stands: 0, reason: 'По паспортам это одно лицо' }]);
  });

  it('lets the pair be marked again, and remembers the last word after a restart', () => {
    const { a, b } = pair();
    desk.must('persons.distinguish', { personId: a.person.id, otherId: b.person.id });
    desk.must('persons.undistinguish', { personId: a.person.id, otherId: b.person.id, reason: 'Отмечено по ошибке' });
    expect(desk.must('persons.distinguish', { personId: b.person.id, otherId: a.person.id })).toEqual({ personId: b.person.id, namesakes: [] });
    expect(desk.must('journal.list', { limit: 3 }).rows.map((r) => r.action)).toEqual([
      'person_distinction.renew', 'person_distinction.withdraw', 'person_distinction.create',
    ]);
    desk.reopen();
    expect(namesakeIins(desk.must('nominations.get', { id: a.nomination.id }).findings)).toEqual([]);
    expect(desk.must('persons.distinguished', { personId: a.person.id }).map((d) => d.iin)).toEqual([second]);
  });

  it('refuses without a reason, or for a pair that is not marked, and writes nothing', () => {
    const { a, b } = pair();
    const before = desk.must('journal.verify', {}).entries;
    expect(desk.service.call('persons.undistinguish', { personId: a.person.id, otherId: b.person.id, reason: 'не отмечены' })).toEqual({
      ok: false, error: { code: 'conflict', messageKey: 'error.notDistinguished', field: 'otherId' },
    });
    desk.must('persons.distinguish', { personId: a.person.id, otherId: b.person.id });
    expect(desk.service.call('persons.undistinguish', { personId: a.person.id, otherId: b.person.id, reason: '   ' })).toMatchObject({
      ok: false, error: { code: 'findings', findings: [{ rule: 'format.required', field: 'reason' }] },
    });
    expect(desk.must('journal.verify', {}).entries).toBe(before + 1);
    expect(namesakeIins(desk.must('nominations.get', { id: a.nomination.id }).findings)).toEqual([]);
  });
});
