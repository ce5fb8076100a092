import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDesk, type Desk } from './helpers';
import { tenMandateElection } from './list-helpers';

// The vote, the list seats and the mandate holders, on the synthetic example of domain §6: 10 mandates; A 4,700,
// B 2,900, C 1,600, D 300, against all 500 → D fails the 5% threshold; A 5, B 3, C 2.

let desk: Desk;
beforeEach(() => {
  desk = openDesk();
});
afterEach(() => {
  expect(desk.must('journal.verify', {})).toMatchObject({ ok: true });
  desk.close();
});

const tenMandates = () => tenMandateElection(desk);

describe('results.enter', () => {
  it('reproduces the synthetic example of §6', () => {
    const { e, a, b, c, d } = tenMandates();
    const r = desk.must('results.enter', {
      electionId: e.id,
      againstAll: 500,
      votes: [{ partyId: a.id, votes: 4700 }, { partyId: b.id, votes: 2900 }, { partyId: c.id, votes: 1600 }, { partyId: d.id, votes: 300 }],
    });
    expect(r).toMatchObject({ mandates: 10, againstAll: 500 });
    expect(r.lists.map((l) => [l.partyId, l.votes, l.passed, l.seats])).toEqual([
      [a.id, 4700, true, 5],
      [b.id, 2900, true, 3],
      [c.id, 1600, true, 2],
      [d.id, 300, false, 0],
    ]);
    expect(r.lists[3]?.share).toBeCloseTo(0.03);
    desk.reopen();
    expect(desk.must('results.get', { electionId: e.id })).toEqual(r);
    expect(desk.must('lists.list', { electionId: e.id }).find((l) => l.partyId === a.id)).toMatchObject({ votes: 4700, seats: 5 });
  });

  it('lets the "against all" votes decide the threshold', () => {
    const { e, a, b, c, d } = tenMandates();
    const votes = [{ partyId: a.id, votes: 4000 }, { partyId: b.id, votes: 3000 }, { partyId: c.id, votes: 1980 }, { partyId: d.id, votes: 520 }];
    // 520 of 9,500 is 5.5%: D passes and takes the largest remainder (A 4.21, B 3.16, C 2.08, D 0.55 quotas).
    const passes = desk.must('results.enter', { electionId: e.id, againstAll: 0, votes });
    expect(passes.lists.map((l) => [l.partyId, l.passed, l.seats])).toEqual([[a.id, true, 4], [b.id, true, 3], [c.id, true, 2], [d.id, true, 1]]);
    // 520 of 10,500 is 4.95%: D fails, and its seat goes to A's remainder (A 4.45, B 3.34, C 2.20 of 8,980).
    const fails = desk.must('results.enter', { electionId: e.id, againstAll: 1000, votes });
    expect(fails.lists.map((l) => [l.partyId, l.passed, l.seats])).toEqual([[a.id, true, 5], [b.id, true, 3], [c.id, true, 2], [d.id, false, 0]]);
  });

  it('refuses votes for a list not registered, and counts a list without votes as 0', () => {
    const { e, a } = tenMandates();
    const [, , , , other] = desk.must('parties.list', { electionId: e.id });
    if (!other) throw new Error('no fifth party');
    const r = desk.service.call('results.enter', { electionId: e.id, againstAll: 0, votes: [{ partyId: other.id, votes: 10 }] });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict', messageKey: 'error.listNotRegistered' } });
    const only = desk.must('results.enter', { electionId: e.id, againstAll: 0, votes: [{ partyId: a.id, votes: 10 }] });
    // A wins all 10 but has 6 candidates; no other list passed to take the other 4, which stay vacant.
    expect(only.lists.map((l) => [l.votes, l.won, l.seats])).toEqual([[10, 10, 6], [0, 0, 0], [0, 0, 0], [0, 0, 0]]);
    expect(only.vacant).toBe(4);
  });
});

describe('mandates.designate', () => {
  it('checks the count and the 30% among the mandate holders', () => {
    const { e, a, b, c, d, aMembers } = tenMandates();
    desk.must('results.enter', {
      electionId: e.id,
      againstAll: 500,
      votes: [{ partyId: a.id, votes: 4700 }, { partyId: b.id, votes: 2900 }, { partyId: c.id, votes: 1600 }, { partyId: d.id, votes: 300 }],
    });
    const before = desk.must('lists.get', { electionId: e.id, partyId: a.id });
    expect(before.mandates).toEqual({ designated: 0, quotaCount: 0 });
    expect(before.findings.map((f) => f.rule)).toEqual(['mandate.count', 'mandate.quota']);

    // Women are the 1st and 4th: designating men and one woman leaves the mandates 1 short of ceil(0.3 × 5) = 2.
    const [w1, m1, m2, w2, m3, m4] = aMembers.map(Number) as [number, number, number, number, number, number];
    const short = desk.must('mandates.designate', { electionId: e.id, partyId: a.id, nominationIds: [w1, m1, m2, m3, m4] });
    expect(short.mandates).toEqual({ designated: 5, quotaCount: 1 });
    expect(short.findings).toEqual([expect.objectContaining({ rule: 'mandate.quota', severity: 'error', params: { count: 1, required: 2, missing: 1, seats: 5 } })]);
    expect(short.members.filter((m) => m.mandate).map((m) => m.nominationId)).toEqual([w1, m1, m2, m3, m4]);

    const fixed = desk.must('mandates.designate', { electionId: e.id, partyId: a.id, nominationIds: [w1, w2, m1, m2, m3] });
    expect(fixed.findings).toEqual([]);
    expect(fixed.members.find((m) => m.nominationId === m4)?.mandate).toBe(false);

    const tooMany = desk.service.call('mandates.designate', { electionId: e.id, partyId: a.id, nominationIds: aMembers });
    expect(tooMany).toMatchObject({ ok: false, error: { code: 'invalid-input', messageKey: 'error.tooManyMandates', params: { seats: 5, designated: 6 } } });
    const [bMember] = desk.must('lists.get', { electionId: e.id, partyId: b.id }).members;
    const foreign = desk.service.call('mandates.designate', { electionId: e.id, partyId: a.id, nominationIds: [bMember?.nominationId ?? 0] });
    expect(foreign).toMatchObject({ ok: false, error: { code: 'invalid-input', messageKey: 'error.notListMember' } });
  });

  it('refuses designations before the seats are known', () => {
    const { e, a, aMembers } = tenMandates();
    const r = desk.service.call('mandates.designate', { electionId: e.id, partyId: a.id, nominationIds: aMembers.slice(0, 1) });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict', messageKey: 'error.noSeats' } });
  });
});
