import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent } from '../../src/domain/numbers';

// One way of writing numbers for screens, prints and reports (issue 11, item 12).

const NB = '\u00a0';

describe('numbers as each language writes them', () => {
  it('groups thousands with a no-break space in Kazakh and Russian, with a comma in English', () => {
    expect(formatNumber(1_000_000, 'ru')).toBe(`1${NB}000${NB}000`);
    expect(formatNumber(1_000_000, 'kk')).toBe(`1${NB}000${NB}000`);
    expect(formatNumber(1_000_000, 'en')).toBe('1,000,000');
    expect(formatNumber(1000, 'ru')).toBe(`1${NB}000`);
    expect(formatNumber(999, 'ru')).toBe('999');
    expect(formatNumber(0, 'kk')).toBe('0');
  });

  it('writes a decimal comma in Kazakh and Russian, a point in English', () => {
    expect(formatNumber(2.5, 'ru')).toBe('2,5');
    expect(formatNumber(2.5, 'kk')).toBe('2,5');
    expect(formatNumber(2.5, 'en')).toBe('2.5');
    expect(formatNumber(1234567.891, 'ru', 2)).toBe(`1${NB}234${NB}567,89`);
    expect(formatNumber(49.25, 'kk', 1)).toBe('49,3');
    expect(formatNumber(7, 'ru', 2)).toBe('7,00');
    // Floating-point noise is not the reader's: 0.1 + 0.2 reads 0,3.
    expect(formatNumber(0.1 + 0.2, 'ru')).toBe('0,3');
  });

  it('writes a negative number with the minus sign, and no minus for a rounded zero', () => {
    expect(formatNumber(-1500, 'ru')).toBe(`−1${NB}500`);
    expect(formatNumber(-0.001, 'en', 1)).toBe('0.0');
  });

  it('writes a share as a percent: 83,33 % in Kazakh and Russian, 83.33% in English', () => {
    expect(formatPercent(0.83333, 'ru', 2)).toBe(`83,33${NB}%`);
    expect(formatPercent(0.83333, 'kk', 2)).toBe(`83,33${NB}%`);
    expect(formatPercent(0.83333, 'en', 2)).toBe('83.33%');
    expect(formatPercent(0.3, 'ru')).toBe(`30${NB}%`);
    expect(formatPercent(0.07, 'en')).toBe('7%');
    expect(formatPercent(0.5, 'kk', 1)).toBe(`50,0${NB}%`);
  });
});
