import { describe, expect, it } from 'vitest';
import { iinCheckDigit, iinFacts, iinProblem } from '../../src/domain/iin';

describe('IIN check digit (domain §7)', () => {
  it('accepts the worked example computed with weights 1..11', () => {
    expect(iinCheckDigit('87100840142')).toBe(7);
    expect(iinProblem('871008401427')).toBeNull();
  });

  it('accepts the worked example that needs the second weights 3..11,1,2', () => {
    // First pass: 0·1+6·2+1·3+2·4+1·5+1·6+6·7+0·8+0·9+0·10+1·11 = 87, 87 mod 11 = 10, so the second pass decides.
    expect(iinCheckDigit('06121160001')).toBe(2);
    expect(iinProblem('061211600012')).toBeNull();
  });

  it('rejects a wrong check digit', () => {
    expect(iinProblem('871008401428')).toBe('checksum');
    expect(iinProblem('061211600010')).toBe('checksum');
  });

  it('says what is wrong with a malformed IIN', () => {
    expect(iinProblem('')).toBe('empty');
    expect(iinProblem('87100840142')).toBe('length');
    expect(iinProblem('8710084014270')).toBe('length');
    expect(iinProblem('87100840142a')).toBe('digits');
    expect(iinProblem('871008 01427')).toBe('digits');
  });

  it('reports no check digit when both passes give 10', () => {
    // Search a prefix for which both weighted sums are 10 mod 11: such prefixes have no valid IIN at all.
    let found: string | null = null;
    for (let s = 0; s < 10000 && !found; s++) {
      const prefix = `9001013${String(s).padStart(4, '0')}`;
      if (iinCheckDigit(prefix) === null) found = prefix;
    }
    expect(found).not.toBeNull();
    for (let d = 0; d <= 9; d++) expect(iinProblem(`${found ?? ''}${d}`)).toBe('noCheckDigit');
  });
});

describe('IIN facts', () => {
  it('reads birth date and sex from the century digit', () => {
    expect(iinFacts('871008401427')).toEqual({ birthDate: '1987-10-08', sex: 'female' });
    expect(iinFacts('871008301420')).toEqual({ birthDate: '1987-10-08', sex: 'male' });
    expect(iinFacts('061211600012')).toEqual({ birthDate: '2006-12-11', sex: 'female' });
    expect(iinFacts('991231100000')).toMatchObject({ birthDate: '1899-12-31', sex: 'male' });
  });

  it('gives no date when the digits are not a real date, and nothing for an unknown century digit', () => {
    expect(iinFacts('870230300000').birthDate).toBeNull();
    expect(iinFacts('871008001427')).toEqual({ birthDate: null, sex: null });
  });
});
