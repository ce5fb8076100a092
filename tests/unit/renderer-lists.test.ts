import { describe, expect, it } from 'vitest';
import { isQuotaPerson, moveMember, percent, readPosition } from '../../src/renderer/screens/lists/list-order';
import { readVotes } from '../../src/renderer/screens/results/votes';

describe('the list editor', () => {
  it('moves a member up, down and across; a move out of the list changes nothing', () => {
    expect(moveMember(['a', 'b', 'c', 'd'], 3, 2)).toEqual(['a', 'b', 'd', 'c']);
    expect(moveMember(['a', 'b', 'c', 'd'], 0, 1)).toEqual(['b', 'a', 'c', 'd']);
    expect(moveMember(['a', 'b', 'c', 'd'], 0, 3)).toEqual(['b', 'c', 'd', 'a']);
    expect(moveMember(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveMember(['a', 'b'], 1, 2)).toEqual(['a', 'b']);
  });

  it('reads a number to move to: a whole number from 1 to the length of the list', () => {
    expect(readPosition('2', 25)).toBe(2);
    expect(readPosition(' 25 ', 25)).toBe(25);
    expect(readPosition('1', 1)).toBe(1);
    expect(readPosition('26', 25)).toBeNull();
    expect(readPosition('0', 25)).toBeNull();
    expect(readPosition('', 25)).toBeNull();
    expect(readPosition('-3', 25)).toBeNull();
    expect(readPosition('2.5', 25)).toBeNull();
    expect(readPosition('№2', 25)).toBeNull();
  });

  it('says the share as a whole percent, never rounding up to the quota', () => {
    expect(percent(2 / 9)).toBe(22);
    expect(percent(3 / 10)).toBe(30);
    expect(percent(0.2999)).toBe(29);
    expect(percent(0)).toBe(0);
  });

  it('counts a person in the quota by any one category', () => {
    expect(isQuotaPerson({ sex: 'male', youth: false, disability: false })).toBe(false);
    expect(isQuotaPerson({ sex: 'female', youth: false, disability: false })).toBe(true);
    expect(isQuotaPerson({ sex: 'male', youth: true, disability: false })).toBe(true);
    expect(isQuotaPerson({ sex: 'male', youth: false, disability: true })).toBe(true);
  });
});

describe('the votes form', () => {
  it('reads whole numbers from 0, with spaces between thousands', () => {
    expect(readVotes('9000')).toBe(9000);
    expect(readVotes('9 000')).toBe(9000);
    expect(readVotes('0')).toBe(0);
    expect(readVotes('')).toBeNull();
    expect(readVotes('-5')).toBeNull();
    expect(readVotes('1.5')).toBeNull();
  });
});
