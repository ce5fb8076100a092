import { describe, expect, it } from 'vitest';
import { correctionProblems } from '../../src/renderer/components/CorrectionDialog';
import { sameElections } from '../../src/renderer/screens/elections/new-election';
import { changeText, changeValueText } from '../../src/renderer/screens/journal/change-text';
import { journalQuery, NO_JOURNAL_FILTERS } from '../../src/renderer/screens/journal/journal-filters';

// The renderer's side of items 4, 5 and 23: what a correction needs before it is sent, which elections a new one
// would repeat, how a change reads, and what the journal's filters ask the service.

const words = {
  lang: 'ru' as const,
  fieldLabel: (field: string) => `«${field}»`,
  t: (key: string, options: Record<string, unknown>) => `${key}${Object.keys(options).length > 0 ? JSON.stringify(options) : ''}`,
};

describe('a change as it reads', () => {
  it('names codes, dates, regions, districts and parties as the reader knows them', () => {
    expect(changeValueText('birthDate', '1987-10-08', words)).toBe('08.10.1987');
    expect(changeValueText('sex', 'female', words)).toBe('sex.female{"defaultValue":"female"}');
    expect(changeValueText('documents.deposit', 'received', words)).toBe('documentState.received{"defaultValue":"received"}');
    expect(changeValueText('declarations.corruption', 'no', words)).toBe('declarationAnswer.no{"defaultValue":"no"}');
    expect(changeValueText('residenceRegion', 'astana', words)).toBe('город Астана');
    expect(changeValueText('districtId', 5, words)).toBe('№ 5');
    expect(changeValueText('partyId', { kk: 'Ақ жол', ru: 'Ак жол', en: 'Aq Jol' }, words)).toBe('Ак жол');
    expect(changeValueText('disability', true, words)).toBe('journal.yes');
    expect(changeValueText('workplace', '', words)).toBe('—');
    expect(changeValueText('surname', 'Ұзақов', words)).toBe('Ұзақов');
  });

  it('says the field, the value before and the value after', () => {
    expect(changeText({ field: 'surname', before: 'Ұзақов', after: 'Ұзақова' }, words)).toBe(
      'journal.change{"field":"«surname»","before":"Ұзақов","after":"Ұзақова"}',
    );
  });
});

describe('the journal filters', () => {
  it('asks only for what is filled in and readable, the "to" day included', () => {
    expect(journalQuery(NO_JOURNAL_FILTERS)).toEqual({});
    const q = journalQuery({ query: '  Узаков ', iin: '87100830142', actor: 'clerk', action: 'nomination.void', from: '01.02.2023', to: '31.02.2023' });
    expect(q).toEqual({ query: 'Узаков', actor: 'clerk', action: 'nomination.void', from: new Date(2023, 1, 1).toISOString() });
    expect(journalQuery({ ...NO_JOURNAL_FILTERS, iin: '871008301420', to: '28.02.2023' })).toEqual({
      iin: '871008301420',
      to: new Date(2023, 2, 1).toISOString(),
    });
  });
});

describe('a correction before it is sent', () => {
  const current = { resolutionNumber: '12/3', resolutionDate: '2023-02-10' };
  it('needs a number, a real date, a reason and a change', () => {
    expect(correctionProblems(current, '', '31.02.2023', '').map((f) => [f.field, f.messageKey])).toEqual([
      ['resolutionNumber', 'finding.required'],
      ['resolutionDate', 'finding.dateInvalid'],
      ['reason', 'finding.required'],
    ]);
    expect(correctionProblems(current, ' 12/3 ', '10.02.2023', 'Опечатка').map((f) => f.messageKey)).toEqual(['finding.correctionUnchanged']);
    expect(correctionProblems(current, '12/4', '10.02.2023', 'Опечатка')).toEqual([]);
  });
});

describe('an election created twice', () => {
  it('is the same preset, region and council as one on file', () => {
    const on = [
      { preset: 'mazhilis-2023', regionCode: null, councilName: null },
      { preset: 'maslikhat-regional-2023', regionCode: 'abai', councilName: 'Абай облысының мәслихаты' },
      { preset: 'maslikhat-regional-2023', regionCode: 'astana', councilName: 'Астана қалалық мәслихаты' },
    ] as const;
    expect(sameElections({ preset: 'mazhilis-2023' }, on)).toEqual([0]);
    expect(sameElections({ preset: 'maslikhat-regional-2023', regionCode: 'abai', councilName: ' абай облысының мәслихаты ' }, on)).toEqual([1]);
    expect(sameElections({ preset: 'maslikhat-regional-2023', regionCode: 'abai', councilName: 'Другой' }, on)).toEqual([]);
  });
});
