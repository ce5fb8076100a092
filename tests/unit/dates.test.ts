import { describe, expect, it } from 'vitest';
import { ageOn, formatDate, isRealIsoDate, parseDate } from '../../src/domain/dates';

describe('dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isRealIsoDate('2000-02-29')).toBe(true);
    expect(isRealIsoDate('1900-02-29')).toBe(false);
    expect(isRealIsoDate('2023-02-29')).toBe(false);
    expect(isRealIsoDate('2023-04-31')).toBe(false);
    expect(isRealIsoDate('2023-13-01')).toBe(false);
    expect(isRealIsoDate('23-01-01')).toBe(false);
  });

  it('reads dates as clerks type them', () => {
    expect(parseDate('8.3.1987')).toBe('1987-03-08');
    expect(parseDate(' 08.03.1987 ')).toBe('1987-03-08');
    expect(parseDate('1987-03-08')).toBe('1987-03-08');
    expect(parseDate('31.02.1987')).toBeNull();
    expect(parseDate('08/03/1987')).toBe('1987-03-08');
    expect(parseDate('1987/03/08')).toBeNull();
    expect(parseDate('')).toBeNull();
    expect(formatDate('1987-03-08')).toBe('08.03.1987');
  });
});

describe('age on a reference date', () => {
  it('counts a birthday on the reference date as reached', () => {
    expect(ageOn('1998-03-19', '2023-03-19')).toBe(25);
    expect(ageOn('1998-03-20', '2023-03-19')).toBe(24);
    expect(ageOn('1998-03-18', '2023-03-19')).toBe(25);
  });

  it('lets a person born on 29 February reach the new age on 28 February of a common year', () => {
    expect(ageOn('2000-02-29', '2025-02-27')).toBe(24);
    expect(ageOn('2000-02-29', '2025-02-28')).toBe(25);
    expect(ageOn('2000-02-29', '2024-02-28')).toBe(23);
    expect(ageOn('2000-02-29', '2024-02-29')).toBe(24);
  });
});
