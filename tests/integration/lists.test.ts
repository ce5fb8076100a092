import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ListView } from '../../src/domain/records';
import { openDesk, type Desk } from './helpers';
import { addMembers, MAN, register, resolution, WOMAN } from './list-helpers';

// Party lists and their 30% quota through the service, on a real ledger: the meter, the submitted order, the
// list's registration as a whole, and a withdrawal after it.

let desk: Desk;
beforeEach(() => {
  desk = openDesk();
});
afterEach(() => {
  expect(desk.must('journal.verify', {})).toMatchObject({ ok: true });
  desk.close();
});

function mazhilis() {
  const e = desk.must('elections.create', { preset: 'mazhilis-2023' });
  const [amanat, auyl] = desk.must('parties.list', { electionId: e.id });
  if (!amanat || !auyl) throw new Error('no parties');
  return { e, amanat, auyl };
}

const get = (electionId: number, partyId: number, order: 'submitted' | 'alphabetical' = 'submitted'): ListView =>
  desk.must('lists.get', { electionId, partyId, order });

const rules = (list: { findings: { rule: string; severity: string }[] }) => list.findings.map((f) => `${f.rule}:${f.severity}`);

describe('the quota meter', () => {
  it('9 with 2 quota persons needs 1 more; a 23-year-old man makes 10 compliant', () => {
    const { e, amanat, auyl } = mazhilis();
    addMembers(desk, e.id, amanat.id, amanat.code, [WOMAN, { ...MAN, disability: true }, MAN, MAN, MAN, MAN, MAN, MAN, MAN]);
    const nine = get(e.id, amanat.id);
    expect(nine.quota).toMatchObject({ length: 9, count: 2, required: 3, missing: 1, compliant: false, women: 1, disabled: 1, youth: 0 });
    expect(nine.findings).toEqual([expect.objectContaining({ rule: 'list.quota', severity: 'error', params: { count: 2, required: 3, missing: 1, length: 9 } })]);

    addMembers(desk, e.id, amanat.id, amanat.code, [{ sex: 'male', birthDate: '2000-01-15' }]);
    const ten = get(e.id, amanat.id);
    expect(ten.quota).toMatchObject({ length: 10, count: 3, required: 3, missing: 0, compliant: true, youth: 1 });
    expect(ten.findings).toEqual([]);
    expect(ten.members.map((m) => m.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // Youth for the quota, though too young (under 25) to be registered to the Mazhilis: the meter counts the list as typed.
    expect(ten.members.at(-1)).toMatchObject({ youth: true });

    const all = desk.must('lists.list', { electionId: e.id });
    expect(all.find((l) => l.partyId === amanat.id)?.quota).toEqual(ten.quota);
    // A party without candidates has submitted no list: not «0 of 0, compliant» (issue 11).
    expect(all.find((l) => l.partyId === auyl.id)).toMatchObject({ status: 'empty', version: 1, quota: { length: 0, compliant: false }, findings: [{ rule: 'list.empty', severity: 'error' }] });
  });

  it('a list longer than its limit is saved and carries the error', () => {
    const e = desk.must('elections.create', { preset: 'maslikhat-regional-2023', regionCode: 'aktobe', listMandates: 1, districtCount: 3 });
    const [party] = desk.must('parties.list', { electionId: e.id });
    if (!party) throw new Error('no party');
    addMembers(desk, e.id, party.id, party.code, [WOMAN, WOMAN, WOMAN]);
    const list = get(e.id, party.id);
    expect(list).toMatchObject({ maxLength: 2, quota: { length: 3 } });
    expect(rules(list)).toEqual(['list.length:error']);
  });
});

describe('lists.reorder', () => {
  it('keeps the new order after a restart, offers the alphabetical order, and refuses a bad order', () => {
    const { e, amanat, auyl } = mazhilis();
    const ids = addMembers(desk, e.id, amanat.id, amanat.code, [WOMAN, MAN, MAN, WOMAN]);
    const [other] = addMembers(desk, e.id, auyl.id, auyl.code, [MAN]);
    const before = get(e.id, amanat.id);
    const order = [ids[3], ids[0], ids[2], ids[1]].map(Number);
    const after = desk.must('lists.reorder', { electionId: e.id, partyId: amanat.id, version: before.version, order });
    expect(after.members.map((m) => m.nominationId)).toEqual(order);
    expect(after.version).toBe(before.version + 1);

    desk.reopen();
    expect(get(e.id, amanat.id).members.map((m) => [m.nominationId, m.position])).toEqual(order.map((id, i) => [id, i + 1]));
    const alphabetical = get(e.id, amanat.id, 'alphabetical').members.map((m) => m.surname);
    expect(alphabetical).toEqual([...alphabetical].sort((a, b) => a.localeCompare(b, 'kk')));

    const refuse = (o: number[], version = after.version) =>
      desk.service.call('lists.reorder', { electionId: e.id, partyId: amanat.id, version, order: o });
    expect(refuse(order.slice(1))).toMatchObject({ ok: false, error: { code: 'invalid-input', messageKey: 'error.listOrder', params: { nominationId: order[0] } } });
    expect(refuse([...order.slice(1), Number(other)])).toMatchObject({ ok: false, error: { code: 'invalid-input', params: { nominationId: other } } });
    expect(refuse([...order, order[0] ?? 0])).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(refuse(order, before.version)).toMatchObject({ ok: false, error: { code: 'stale' } });
  });
});

describe('lists.decide', () => {
  it('refuses to register a list short of its quota, registers it compliant with a decision for every candidate', () => {
    const { e, amanat } = mazhilis();
    const ids = addMembers(desk, e.id, amanat.id, amanat.code, [WOMAN, MAN, MAN, MAN]);
    const short = get(e.id, amanat.id);
    const refused = desk.service.call('lists.decide', { electionId: e.id, partyId: amanat.id, version: short.version, ...resolution('registered') });
    expect(refused).toMatchObject({ ok: false, error: { code: 'findings' } });
    if (!refused.ok) expect(refused.error.findings?.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual(['list.quota']);
    expect(get(e.id, amanat.id).status).toBe('submitted');

    addMembers(desk, e.id, amanat.id, amanat.code, [WOMAN]);
    const registered = register(desk, get(e.id, amanat.id));
    expect(registered).toMatchObject({ status: 'registered', registeredOrder: 1, resolutionNumber: '7/1', findings: [] });
    expect(registered.members.every((m) => m.status === 'registered')).toBe(true);
    for (const id of ids)
      expect(desk.must('nominations.history', { id }).decisions).toEqual([expect.objectContaining({ decision: 'registered', from: 'nominated', resolutionNumber: '7/1' })]);

    // A withdrawal after registration shortens the list: 1 of 4 is short of 2, a warning by default.
    const woman = registered.members[0];
    if (!woman) throw new Error('no member');
    desk.must('nominations.decide', { id: woman.nominationId, version: woman.version, ...resolution('registered'), decision: 'withdrawn', grounds: { rules: [], text: 'Өтініш' } });
    const shorter = get(e.id, amanat.id);
    expect(shorter.quota).toMatchObject({ length: 4, count: 1, required: 2 });
    expect(shorter.departed.map((m) => m.nominationId)).toEqual([woman.nominationId]);
    expect(rules(shorter)).toEqual(['list.quota:warning']);
  });

  it('names the candidate whose error blocks the list, and refuses a list with grounds', () => {
    const { e, amanat, auyl } = mazhilis();
    const [bad] = addMembers(desk, e.id, amanat.id, 'not-the-party', [WOMAN]);
    const list = get(e.id, amanat.id);
    const r = desk.service.call('lists.decide', { electionId: e.id, partyId: amanat.id, version: list.version, ...resolution('registered') });
    expect(r).toMatchObject({ ok: false, error: { code: 'findings' } });
    if (!r.ok) expect(r.error.findings?.filter((f) => f.severity === 'error')).toEqual([expect.objectContaining({ rule: 'party.membership', params: { memberNominationId: bad } })]);

    addMembers(desk, e.id, auyl.id, auyl.code, [MAN]);
    const refused = desk.must('lists.decide', { electionId: e.id, partyId: auyl.id, version: get(e.id, auyl.id).version, ...resolution('refused', '8/2') });
    expect(refused).toMatchObject({ status: 'refused', registeredOrder: null, members: [] });
    expect(refused.departed.map((m) => m.status)).toEqual(['refused']);
  });
});
