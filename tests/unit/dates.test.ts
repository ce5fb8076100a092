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

describe('real calendar dates, read digit by digit', () => {
  it('agrees with the calendar of Date.UTC on every day, month and year written with two and four digits', () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    let checked = 0;
    for (const y of [1799, 1800, 1801, 1899, 1900, 1904, 1999, 2000, 2001, 2023, 2024, 2100, 2400, 9999])
      for (let mo = 0; mo <= 13; mo++)
        for (let d = 0; d <= 32; d++) {
          const date = new Date(Date.UTC(y, mo - 1, d));
          const real = y >= 1800 && date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
          expect(isRealIsoDate(`${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`), `${y}-${mo}-${d}`).toBe(real);
          checked += 1;
        }
    expect(checked).toBe(14 * 14 * 33);
  });

  it('refuses what is not YYYY-MM-DD in ASCII digits', () => {
    for (const text of ['', '2000-1-01', '2000-01-1', '2000/01/01', '2000-01-01 ', ' 2000-01-01', '20000-01-01', '2000-0a-01', '２０００-01-01', '2000-01-01\n', '+200-01-01'])
      expect(isRealIsoDate(text), JSON.stringify(text)).toBe(false);
  });
});
