import { describe, expect, it } from 'vitest';
import { dispositionName } from '../../src/renderer/api/export';
import { printInput } from '../../src/renderer/screens/print/print-request';

describe('the name of a downloaded report', () => {
  it('takes the RFC 5987 name first, so Cyrillic names survive', () => {
    expect(dispositionName(`attachment; filename="quota.xlsx"; filename*=UTF-8''%D0%BA%D0%B2%D0%BE%D1%82%D0%B0.xlsx`, 'x.xlsx')).toBe('квота.xlsx');
  });
  it('takes the plain name, quoted or not', () => {
    expect(dispositionName('attachment; filename="party-lists-1.xlsx"', 'x.xlsx')).toBe('party-lists-1.xlsx');
    expect(dispositionName('attachment; filename=journal.xlsx', 'x.xlsx')).toBe('journal.xlsx');
  });
  it('falls back when there is no header or no name', () => {
    expect(dispositionName(null, 'quota.xlsx')).toBe('quota.xlsx');
    expect(dispositionName('attachment', 'quota.xlsx')).toBe('quota.xlsx');
    expect(dispositionName(`attachment; filename*=UTF-8''%E0%A4%A`, 'quota.xlsx')).toBe('quota.xlsx');
  });
});

describe('the input of a print view', () => {
  it('names the party, the district or neither, in the document language', () => {
    expect(printInput(3, { document: 'party-list', partyId: 7, order: 'alphabetical' }, 'kk')).toEqual({
      electionId: 3, document: 'party-list', partyId: 7, lang: 'kk', order: 'alphabetical',
    });
    expect(printInput(3, { document: 'party-list', partyId: 7 }, 'ru')).toMatchObject({ order: 'submitted' });
    expect(printInput(3, { document: 'district', districtId: 12 }, 'en')).toEqual({
      electionId: 3, document: 'district', districtId: 12, lang: 'en', order: 'submitted',
    });
    expect(printInput(3, { document: 'quota' }, 'ru')).toEqual({ electionId: 3, document: 'quota', lang: 'ru', order: 'submitted' });
  });
});
