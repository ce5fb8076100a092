import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allocateSeats } from '../../src/domain/seats';
import { openDesk, type Desk } from './helpers';
import { addMembers, MAN, register, WOMAN } from './list-helpers';

// Issue 11, item 8: a list of 23 received 69 seats without a word, and the desk then asked for 21 quota mandate
// holders. A list takes at most as many seats as it has registered candidates; the seats it cannot fill go where the
// profile says (to the other lists that passed, by default, or stay vacant), and the desk warns.

describe('seat allocation with a limit of candidates', () => {
  // 69 mandates: by votes A wins 41, B 21, C 7; A has 23 candidates, B 50, C 10.
  const lists = [
    { partyId: 1, votes: 6000, registeredOrder: 1, candidates: 23 },
    { partyId: 2, votes: 3000, registeredOrder: 2, candidates: 50 },
    { partyId: 3, votes: 1000, registeredOrder: 3, candidates: 10 },
  ];
  const taken = (unfilled: 'redistribute' | 'vacant') => allocateSeats(lists, 0, 69, 0.05, unfilled).map((s) => [s.won, s.seats]);

  it('gives the seats A cannot fill to B and C by the same method, capping C at its 10 in turn', () => {
    // A keeps 23; 46 left over B 3,000 and C 1,000: 34.5 and 11.5, the tie on remainders to B (registered first);
    // C's 11 are more than its 10, so the 36 left go to B.
    expect(taken('redistribute')).toEqual([[41, 23], [21, 36], [7, 10]]);
  });

  it('leaves them vacant when the profile says so', () => {
    expect(taken('vacant')).toEqual([[41, 23], [21, 21], [7, 7]]);
  });

  it('changes nothing when every list can fill its seats', () => {
    const roomy = lists.map((l) => ({ ...l, candidates: 90 }));
    expect(allocateSeats(roomy, 0, 69, 0.05).map((s) => [s.won, s.seats])).toEqual([[41, 41], [21, 21], [7, 7]]);
  });
});

describe('the desk', () => {
  let desk: Desk;
  beforeEach(() => {
    desk = openDesk();
  });
  afterEach(() => {
    expect(desk.must('journal.verify', {})).toMatchObject({ ok: true });
    desk.close();
  });

  /** 10 list mandates; A registers 3 candidates (a woman among them), B 10. */
  function election() {
    const e = desk.must('elections.create', { preset: 'maslikhat-regional-2023', regionCode: 'astana', listMandates: 10, districtCount: 3 });
    desk.must('elections.updateProfile', { id: e.id, changes: { mandateQuota: true } });
    const [a, b] = desk.must('parties.list', { electionId: e.id });
    if (!a || !b) throw new Error('the preset has parties');
    addMembers(desk, e.id, a.id, a.code, [WOMAN, MAN, MAN]);
    addMembers(desk, e.id, b.id, b.code, [WOMAN, WOMAN, WOMAN, MAN, MAN, MAN, MAN, MAN, MAN, MAN]);
    for (const p of [a, b]) register(desk, desk.must('lists.get', { electionId: e.id, partyId: p.id }));
    const vote = () => desk.must('results.enter', { electionId: e.id, againstAll: 0, votes: [{ partyId: a.id, votes: 6000 }, { partyId: b.id, votes: 4000 }] });
    return { e, a, b, vote };
  }

  it('warns that A won 6 seats with 3 candidates, gives the 3 to B, and asks A for 1 quota holder, not 2', () => {
    const { e, a, b, vote } = election();
    const r = vote();
    expect(r.lists.map((l) => [l.partyId, l.won, l.candidates, l.seats])).toEqual([[a.id, 6, 3, 3], [b.id, 4, 10, 7]]);
    expect(r.vacant).toBe(0);
    expect(r.lists[0]?.findings).toEqual([{
      rule: 'seats.overCandidates', severity: 'warning', field: 'seats', messageKey: 'finding.seats.overCandidates.redistribute',
      params: { won: 6, candidates: 3, unfilled: 3 }, legalRef: 'legal.seats',
    }]);
    expect(r.lists[1]?.findings).toEqual([{
      rule: 'seats.received', severity: 'info', field: 'seats', messageKey: 'finding.seats.received', params: { won: 4, seats: 7, more: 3 }, legalRef: 'legal.seats',
    }]);
    // The party's mandates are its 3 seats: 30% of 3 is 1 quota holder.
    const listA = desk.must('lists.get', { electionId: e.id, partyId: a.id });
    expect(listA.seats).toBe(3);
    expect(listA.findings.find((f) => f.rule === 'mandate.quota')?.params).toEqual({ count: 0, required: 1, missing: 1, seats: 3 });
    expect(desk.must('lists.get', { electionId: e.id, partyId: b.id }).seats).toBe(7);
  });

  it('leaves the 3 seats vacant when the commission sets the profile so', () => {
    const { e, a, b, vote } = election();
    desk.must('elections.updateProfile', { id: e.id, changes: { unfilledSeats: 'vacant' } });
    const r = vote();
    expect(r.lists.map((l) => [l.partyId, l.won, l.seats])).toEqual([[a.id, 6, 3], [b.id, 4, 4]]);
    expect(r.vacant).toBe(3);
    expect(r.lists[0]?.findings.map((f) => f.messageKey)).toEqual(['finding.seats.overCandidates.vacant']);
    expect(r.lists[1]?.findings).toEqual([]);
  });
});
