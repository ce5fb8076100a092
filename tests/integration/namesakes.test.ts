import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeIin } from '../fixtures/iin';
import { nomination, openDesk, person, type Desk } from './helpers';

// Issue 11, item 9: the same surname, given name, patronymic and birth date entered with a second valid IIN gave no
// warning. Names are compared folded, as search folds them (Ұзақов = Узаков, Ё = Е, case and spaces aside); the clerk
// can mark a pair "not the same person", journaled, after which the warning is gone for that pair.

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

function election() {
  const e = desk.must('elections.create', { preset: 'mazhilis-2023' });
  const [d1, d2, d3] = desk.must('districts.list', { electionId: e.id });
  if (!d1 || !d2 || !d3) throw new Error('the Mazhilis preset has districts');
  return { e, d1, d2, d3 };
}

const namesakes = (findings: { rule: string; severity: string; field?: string; params?: Record<string, unknown> }[]) =>
  findings.filter((f) => f.rule === 'person.namesake').map((f) => [f.severity, f.field, f.params?.iin]);

describe('the same person under another IIN', () => {
  it('warns both candidates, with names folded as search folds them', () => {
    const { e, d1, d2 } = election();
    const a = desk.must('nominations.create', {
      electionId: e.id, person: person({ surname: 'Ұзақов', givenName: 'Әлихан', patronymic: 'Серікұлы', iin: first }),
      nomination: nomination({ kind: 'district-self', districtId: d1.id }),
    });
    expect(namesakes(a.findings)).toEqual([]);
    const b = desk.must('nominations.create', {
      electionId: e.id, person: person({ surname: ' УЗАКОВ ', givenName: 'Алихан', patronymic: 'Серикулы', iin: second }),
      nomination: nomination({ kind: 'district-self', districtId: d2.id }),
    });
    expect(namesakes(b.findings)).toEqual([['warning', 'iin', first]]);
    expect(namesakes(desk.must('nominations.get', { id: a.nomination.id }).findings)).toEqual([['warning', 'iin', second]]);
    // The table's counts and `tizim check` see it too.
    const checked = desk.must('checks.run', { electionId: e.id }).nominations;
    expect(checked.map((n) => namesakes(n.findings))).toEqual([[['warning', 'iin', second]], [['warning', 'iin', first]]]);
  });

  it('says nothing for another birth date or another patronymic, and warns as the clerk types a new one', () => {
    const { e, d1, d2 } = election();
    desk.must('nominations.create', { electionId: e.id, person: person({ iin: first }), nomination: nomination({ kind: 'district-self', districtId: d1.id }) });
    const other = desk.must('nominations.create', {
      electionId: e.id, person: person({ iin: makeIin('1987-10-09', 'male', 5), birthDate: '1987-10-09' }),
      nomination: nomination({ kind: 'district-self', districtId: d2.id }),
    });
    expect(namesakes(other.findings)).toEqual([]);
    const typed = desk.must('checks.candidate', {
      electionId: e.id, person: person({ iin: second }), nomination: nomination({ kind: 'district-self', districtId: d2.id }),
    });
    expect(namesakes(typed)).toEqual([['warning', 'iin', first]]);
    const anotherPatronymic = desk.must('checks.candidate', {
      electionId: e.id, person: person({ iin: second, patronymic: 'Ерланұлы' }), nomination: nomination({ kind: 'district-self', districtId: d2.id }),
    });
    expect(namesakes(anotherPatronymic)).toEqual([]);
  });

  it('is gone for the pair once marked "not the same person", journaled once, and stays for a third namesake', () => {
    const { e, d1, d2, d3 } = election();
    const add = (iin: string, districtId: number) =>
      desk.must('nominations.create', { electionId: e.id, person: person({ iin }), nomination: nomination({ kind: 'district-self', districtId }) });
    const a = add(first, d1.id);
    const b = add(second, d2.id);
    const third = makeIin(BIRTH, 'male', 303);
    const c = add(third, d3.id);
    // The index is up to date before the mark, so the mark must reach it as a change.
    expect(desk.must('checks.run', { electionId: e.id }).counts.warning).toBeGreaterThan(0);
    const before = desk.must('journal.verify', {}).entries;

    const marked = desk.must('persons.distinguish', { personId: b.person.id, otherId: a.person.id });
    expect(marked).toEqual({ personId: b.person.id, namesakes: [{ personId: c.person.id, iin: third }] });
    expect(namesakes(desk.must('nominations.get', { id: a.nomination.id }).findings)).toEqual([['warning', 'iin', third]]);
    expect(namesakes(desk.must('nominations.get', { id: b.nomination.id }).findings)).toEqual([['warning', 'iin', third]]);
    const index = desk.must('checks.run', { electionId: e.id }).nominations;
    expect(index.map((n) => [n.nominationId, namesakes(n.findings).map((f) => f[2])])).toEqual([
      [a.nomination.id, [third]], [b.nomination.id, [third]], [c.nomination.id, [first, second]],
    ]);

    // Said again, nothing is written.
    desk.must('persons.distinguish', { personId: a.person.id, otherId: b.person.id });
    const journal = desk.must('journal.list', { limit: 5 }).rows;
    const marks = journal.filter((r) => r.action === 'person_distinction.create');
    expect(desk.must('journal.verify', {}).entries).toBe(before + 1);
    expect(marks).toHaveLength(1);
    expect(marks[0]).toMatchObject({ entity: 'person_distinction', actor: 'clerk.test', subject: `Ұзақов Әлихан Серікұлы, ${first} ≠ Ұзақов Әлихан Серікұлы, ${second}` });

    // Remembered in the ledger, not in the desk.
    desk.reopen();
    expect(namesakes(desk.must('nominations.get', { id: a.nomination.id }).findings)).toEqual([['warning', 'iin', third]]);
  });

  it('follows a rename in the candidates index: the warning leaves the old namesake and reaches the new one', () => {
    const { e, d1, d2 } = election();
    const a = desk.must('nominations.create', { electionId: e.id, person: person({ iin: first }), nomination: nomination({ kind: 'district-self', districtId: d1.id }) });
    const b = desk.must('nominations.create', {
      electionId: e.id, person: person({ iin: second, givenName: 'Ерлан' }), nomination: nomination({ kind: 'district-self', districtId: d2.id }),
    });
    const warned = () => desk.must('checks.run', { electionId: e.id }).nominations.map((n) => namesakes(n.findings).length);
    expect(warned()).toEqual([0, 0]);
    desk.must('persons.update', { id: b.person.id, version: b.person.version, person: person({ iin: second }) });
    expect(warned()).toEqual([1, 1]);
    const renamed = desk.must('persons.get', { id: b.person.id });
    desk.must('persons.update', { id: renamed.id, version: renamed.version, person: person({ iin: second, givenName: 'Ерлан' }) });
    expect(warned()).toEqual([0, 0]);
    expect(namesakes(desk.must('nominations.get', { id: a.nomination.id }).findings)).toEqual([]);
  });

  it('refuses to mark persons who are not namesakes, and writes nothing', () => {
    const { e, d1, d2 } = election();
    const a = desk.must('nominations.create', { electionId: e.id, person: person({ iin: first }), nomination: nomination({ kind: 'district-self', districtId: d1.id }) });
    const b = desk.must('nominations.create', {
      electionId: e.id, person: person({ iin: second, givenName: 'Ерлан' }), nomination: nomination({ kind: 'district-self', districtId: d2.id }),
    });
    const before = desk.must('journal.verify', {}).entries;
    expect(desk.service.call('persons.distinguish', { personId: a.person.id, otherId: b.person.id })).toEqual({
      ok: false, error: { code: 'invalid-input', messageKey: 'error.notNamesakes', field: 'otherId' },
    });
    expect(desk.service.call('persons.distinguish', { personId: a.person.id, otherId: a.person.id })).toMatchObject({ ok: false });
    expect(desk.must('journal.verify', {}).entries).toBe(before);
  });
});
