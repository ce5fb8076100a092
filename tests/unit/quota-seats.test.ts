import { describe, expect, it } from 'vitest';
import { quotaFigures, quotaRequired, type QuotaPerson } from '../../src/domain/quota';
import { listFindings, mandateFindings } from '../../src/domain/rules';
import { allocateSeats } from '../../src/domain/seats';
import { MAZHILIS } from './rules-fixtures';

describe('quota required (ceil of 30%)', () => {
  it('rounds up, read strictly', () => {
    expect([52, 54, 90, 18, 10, 9, 1, 0].map((n) => quotaRequired(n, 0.3))).toEqual([16, 17, 27, 6, 3, 3, 1, 0]);
  });
});

describe('quota figures', () => {
  const man = (personId: number, birthDate = '1970-01-01'): QuotaPerson => ({ personId, sex: 'male', birthDate, disability: false });

  it('counts a young woman with a disability once, and each category for information', () => {
    const list = [{ personId: 1, sex: 'female' as const, birthDate: '2000-01-01', disability: true }, man(2), man(3)];
    expect(quotaFigures(list, MAZHILIS.profile, '2023-03-19')).toEqual({
      length: 3, count: 1, required: 1, share: 1 / 3, compliant: true, missing: 0, women: 1, youth: 1, disabled: 1,
    });
  });

  it('is no longer youth on the 29th birthday', () => {
    const on29th = quotaFigures([man(1, '1994-03-19')], MAZHILIS.profile, '2023-03-19');
    const dayBefore = quotaFigures([man(1, '1994-03-20')], MAZHILIS.profile, '2023-03-19');
    expect(on29th.youth).toBe(0);
    expect(dayBefore.youth).toBe(1);
  });

  it('says how many more are needed: 9 persons with 2 in the quota need 1 more', () => {
    const nine = [
      { personId: 1, sex: 'female' as const, birthDate: '1970-01-01', disability: false },
      { personId: 2, sex: 'male' as const, birthDate: '1970-01-01', disability: true },
      ...[3, 4, 5, 6, 7, 8, 9].map((id) => man(id)),
    ];
    expect(quotaFigures(nine, MAZHILIS.profile, '2023-03-19')).toMatchObject({ length: 9, count: 2, required: 3, compliant: false, missing: 1 });
    const ten = [...nine, man(10, '2000-01-01')];
    expect(quotaFigures(ten, MAZHILIS.profile, '2023-03-19')).toMatchObject({ length: 10, count: 3, required: 3, compliant: true, missing: 0 });
  });

  it('counts a person listed twice once', () => {
    expect(quotaFigures([man(1), man(1)], MAZHILIS.profile, '2023-03-19').length).toBe(1);
  });
});

describe('list seats', () => {
  it('reproduces the synthetic example of domain §6', () => {
    const seats = allocateSeats(
      [
        { partyId: 1, votes: 4700, registeredOrder: 1 },
        { partyId: 2, votes: 2900, registeredOrder: 2 },
        { partyId: 3, votes: 1600, registeredOrder: 3 },
        { partyId: 4, votes: 300, registeredOrder: 4 },
      ],
      500,
      10,
      0.05,
    );
    expect(seats.map((s) => [s.partyId, s.passed, s.seats])).toEqual([[1, true, 5], [2, true, 3], [3, true, 2], [4, false, 0]]);
    expect(seats[3]?.share).toBeCloseTo(0.03);
  });

  it('gives a seat on equal remainders to the list registered first', () => {
    const seats = allocateSeats(
      [
        { partyId: 1, votes: 500, registeredOrder: 2 },
        { partyId: 2, votes: 500, registeredOrder: 1 },
      ],
      0,
      3,
      0.05,
    );
    expect(seats.map((s) => s.seats)).toEqual([1, 2]);
  });

  it('lets "against all" votes decide the threshold but not the quotient', () => {
    const lists = [
      { partyId: 1, votes: 9000, registeredOrder: 1 },
      { partyId: 2, votes: 500, registeredOrder: 2 },
    ];
    // Without "against all", 500 of 9,500 is 5.26%: passes. With 600 against all, 500 of 10,100 is 4.95%: fails.
    expect(allocateSeats(lists, 0, 10, 0.05).map((s) => s.passed)).toEqual([true, true]);
    const withAgainst = allocateSeats(lists, 600, 10, 0.05);
    expect(withAgainst.map((s) => [s.passed, s.seats])).toEqual([[true, 10], [false, 0]]);
  });

  it('passes a list at exactly the threshold', () => {
    const seats = allocateSeats([{ partyId: 1, votes: 95, registeredOrder: 1 }, { partyId: 2, votes: 5, registeredOrder: 2 }], 0, 20, 0.05);
    expect(seats[1]?.passed).toBe(true);
  });

  it('gives no seats when no list passes', () => {
    expect(allocateSeats([{ partyId: 1, votes: 1, registeredOrder: 1 }], 100, 5, 0.05).map((s) => s.seats)).toEqual([0]);
  });
});

describe('list findings', () => {
  const figures = (length: number, count: number) => ({
    length, count, required: Math.ceil(length * 0.3), share: count / length, compliant: count >= Math.ceil(length * 0.3),
    missing: Math.max(0, Math.ceil(length * 0.3) - count), women: count, youth: 0, disabled: 0,
  });
  const profile = { quotaAfterWithdrawal: 'warning' as const };

  it('refuses a list longer than its limit: 91 on a 90 limit', () => {
    expect(listFindings({ length: 90, maxLength: 90, quota: figures(90, 27), registered: false }, profile)).toEqual([]);
    expect(listFindings({ length: 91, maxLength: 90, quota: figures(91, 28), registered: false }, profile)).toEqual([
      expect.objectContaining({ rule: 'list.length', severity: 'error', params: { length: 91, max: 90 } }),
    ]);
  });

  it('calls a list short of its quota an error before registration, and as the profile says after a withdrawal', () => {
    const short = figures(9, 2);
    expect(listFindings({ length: 9, maxLength: 90, quota: short, registered: false }, profile)).toEqual([
      expect.objectContaining({ rule: 'list.quota', severity: 'error', params: { count: 2, required: 3, missing: 1, length: 9 }, legalRef: 'legal.quota' }),
    ]);
    expect(listFindings({ length: 9, maxLength: 90, quota: short, registered: true }, profile)[0]?.severity).toBe('warning');
    expect(listFindings({ length: 9, maxLength: 90, quota: short, registered: true }, { quotaAfterWithdrawal: 'error' })[0]?.severity).toBe('error');
  });
});

describe('mandate findings', () => {
  const profile = { mandateQuota: true, quotaShare: 0.3 };

  it('asks the quota among the mandates: 10 seats need 3', () => {
    expect(mandateFindings({ seats: 10, designated: 10, quotaCount: 3 }, profile)).toEqual([]);
    expect(mandateFindings({ seats: 10, designated: 10, quotaCount: 2 }, profile)).toEqual([
      expect.objectContaining({ rule: 'mandate.quota', severity: 'error', params: { count: 2, required: 3, missing: 1, seats: 10 } }),
    ]);
  });

  it('does not ask it where the profile does not (maslikhat), and warns while holders are not all designated', () => {
    expect(mandateFindings({ seats: 10, designated: 10, quotaCount: 0 }, { ...profile, mandateQuota: false })).toEqual([]);
    expect(mandateFindings({ seats: 5, designated: 3, quotaCount: 3 }, profile).map((f) => f.rule)).toEqual(['mandate.count']);
  });
});
