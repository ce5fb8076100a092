import { describe, expect, it } from 'vitest';
import { dateProblem, parseDate } from '../../src/domain/dates';
import { checkPersonFormat } from '../../src/domain/format-checks';
import { type ImportColumn } from '../../src/domain/import-columns';
import { cellDate, IMPORT_CELL_KEYS, mapRow } from '../../src/domain/import-row';
import type { PersonInput } from '../../src/domain/types';
import { emptyDraft, formFindings, personOf } from '../../src/renderer/screens/candidate/draft';

// Issue 11, item 17: an IIN's check-digit message cites how the number is formed (not the 2013 rule on its date
// digits); an IIN that no check digit can end says so; dates typed 01/02/1980, 01-02-1980 and 01021980 are read, in
// the form and in the import, and "format not recognised" and "no such date" are each said only where true.

const TODAY = '2023-02-01';
const person: PersonInput = {
  surname: 'Ұзақов', givenName: 'Әлихан', patronymic: '', iin: '871008301420', birthDate: '1987-10-08', sex: 'male',
  citizenship: 'KZ', residentSince: '', disability: false, residenceRegion: '', residenceSettlement: '', education: '',
  occupation: '', workplace: '', partyMembership: '', nationality: '',
  declarations: { incapacity: 'unknown', imprisonment: 'unknown', criminalRecord: 'unknown', corruption: 'unknown' },
  serviceRestriction: '',
};

describe('IIN messages', () => {
  it('cites the way an IIN is formed for a wrong check digit, never the 2013 rule on its date digits', () => {
    expect(checkPersonFormat({ ...person, iin: '871008301421' }, TODAY)).toEqual([
      { rule: 'iin.format', severity: 'error', field: 'iin', messageKey: 'finding.iin.checksum', legalRef: 'legal.iinFormat' },
    ]);
  });

  it('says that no check digit exists when both passes give 10, whatever the twelfth digit', () => {
    // 87100840032: weights 1..11 give 10, weights 3..11,1,2 give 10 again.
    for (const last of ['0', '5', '9'])
      expect(checkPersonFormat({ ...person, birthDate: '1987-10-08', sex: 'female', iin: `87100840032${last}` }, TODAY)).toEqual([
        { rule: 'iin.format', severity: 'error', field: 'iin', messageKey: 'finding.iin.noCheckDigit', legalRef: 'legal.iinFormat' },
      ]);
  });

  it('keeps the 2013 rule for what it is about: a date digit that differs from the person', () => {
    const [warning] = checkPersonFormat({ ...person, birthDate: '1987-10-09' }, TODAY);
    expect(warning).toMatchObject({ rule: 'iin.birthDate', severity: 'warning', legalRef: 'legal.iin' });
  });
});

describe('dates as clerks type them', () => {
  it('reads 01/02/1980, 01-02-1980, 01021980 and 1.2.1980 as 1 February 1980', () => {
    for (const typed of ['01/02/1980', '01-02-1980', '01021980', '1.2.1980', '01.02.1980', '1980-02-01'])
      expect(parseDate(typed), typed).toBe('1980-02-01');
  });

  it('tells a day the calendar lacks from text that is no date', () => {
    expect(['31.02.1980', '31/02/1980', '31021980', '29.02.1981'].map(dateProblem)).toEqual(['no-such-date', 'no-such-date', 'no-such-date', 'no-such-date']);
    expect(['1 февраля 1980', '01.02.80', '0102198', '01.02/1980', 'завтра'].map(dateProblem)).toEqual(['unreadable', 'unreadable', 'unreadable', 'unreadable', 'unreadable']);
    expect(dateProblem('29.02.1980')).toBeNull();
  });

  it('in the candidate form: reads the new forms and says which problem a date has', () => {
    const draft = (birthDate: string) => ({ ...emptyDraft(TODAY), birthDate });
    expect(personOf(draft('08/10/1987')).birthDate).toBe('1987-10-08');
    expect(personOf(draft('08101987')).birthDate).toBe('1987-10-08');
    const birth = (typed: string) => formFindings(draft(typed), TODAY, false).filter((f) => f.field === 'birthDate').map((f) => f.messageKey);
    expect(birth('31.02.1987')).toEqual(['finding.dateInvalid']);
    expect(birth('31021987')).toEqual(['finding.dateInvalid']);
    expect(birth('8 октября')).toEqual(['finding.dateUnreadable']);
    expect(birth('08.10.87')).toEqual(['finding.dateUnreadable']);
  });

  it('in the import: reads the new forms, a ddmmyyyy number Excel stripped of its zero, and names the problem', () => {
    expect(cellDate('01/02/1980')).toBe('1980-02-01');
    expect(cellDate('01-02-1980')).toBe('1980-02-01');
    expect(cellDate('01021980')).toBe('1980-02-01');
    expect(cellDate(1021980)).toBe('1980-02-01');
    expect(cellDate(17051980)).toBe('1980-05-17');
    // An Excel serial still reads as the day it counts.
    expect(cellDate(29358)).toBe('1980-05-17');
    const problems = (value: string | number) =>
      mapRow([value], new Map<number, ImportColumn>([[0, 'birthDate']]), { districts: new Map(), party: () => null, region: () => null }).problems.map((p) => [p.messageKey, p.params]);
    expect(problems('31.02.1980')).toEqual([[IMPORT_CELL_KEYS.noSuchDate, { column: 'A', value: '31.02.1980' }]]);
    expect(problems(31021980)).toEqual([[IMPORT_CELL_KEYS.noSuchDate, { column: 'A', value: '31021980' }]]);
    expect(problems('1 февраля')).toEqual([[IMPORT_CELL_KEYS.date, { column: 'A', value: '1 февраля' }]]);
    expect(IMPORT_CELL_KEYS.noSuchDate).toBe('import.cell.noSuchDate');
  });
});
