import { describe, expect, it } from 'vitest';
import { catalogs } from '../../src/domain/i18n';
import {
  columnForLabel,
  columnLabel,
  columnLetter,
  foldLabel,
  IMPORT_COLUMNS,
  isBlankRow,
  isHeader,
  looksLikeLabels,
  matchHeader,
} from '../../src/domain/import-columns';
import { LANGS } from '../../src/domain/types';

describe('header labels', () => {
  for (const lang of LANGS)
    it(`recognises every column by its ${lang} catalog label`, () => {
      for (const column of IMPORT_COLUMNS) {
        const label = columnLabel(lang, column);
        expect(label, column).not.toBe(column);
        expect(columnForLabel(label), `${lang} ${column}`).toBe(column);
      }
    });

  it('names the declaration columns by the declarations themselves, and knows short names for them', () => {
    expect(columnLabel('ru', 'declCriminalRecord')).toBe(catalogs.ru.core.declaration.criminalRecord);
    expect(columnLabel('kk', 'iin')).toBe('ЖСН');
    expect(columnForLabel('Судимость')).toBe('declCriminalRecord');
    expect(columnForLabel('Сыбайлас жемқорлық')).toBe('declCorruption');
    expect(columnForLabel('Incapacity')).toBe('declIncapacity');
    expect(columnForLabel('лишение свободы')).toBe('declImprisonment');
  });

  it('folds case, spaces, punctuation and ё', () => {
    expect(foldLabel('  Населённый   пункт: ')).toBe(foldLabel('населенный пункт'));
    expect(columnForLabel('ДАТА РОЖДЕНИЯ')).toBe('birthDate');
    expect(columnForLabel('date-of-birth')).toBe('birthDate');
    expect(columnForLabel('Туған күні.')).toBe('birthDate');
  });

  it('knows plain aliases for the IIN and names', () => {
    expect(columnForLabel('ИИН')).toBe('iin');
    expect(columnForLabel('ЖСН')).toBe('iin');
    expect(columnForLabel('iin')).toBe('iin');
    expect(columnForLabel('Last name')).toBe('surname');
    expect(columnForLabel('№ округа')).toBe('districtId');
  });

  it('does not split «ФИО» into names', () => {
    expect(columnForLabel('ФИО')).toBeNull();
    expect(columnForLabel('Full name')).toBeNull();
  });

  it('spells column letters', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});

describe('a header row', () => {
  it('is recognised in any order, extra columns reported as ignored', () => {
    const match = matchHeader(['ИИН', null, 'Примечание', 'Аты', 'Тегі', 'Date of birth', 'ИИН']);
    expect(isHeader(match)).toBe(true);
    expect([...match.columns]).toEqual([
      [0, 'iin'],
      [3, 'givenName'],
      [4, 'surname'],
      [5, 'birthDate'],
    ]);
    expect(match.ignored).toEqual([
      { index: 2, letter: 'C', text: 'Примечание', reason: 'unknown' },
      { index: 6, letter: 'G', text: 'ИИН', reason: 'duplicate' },
    ]);
  });

  it('names the required columns it lacks', () => {
    const match = matchHeader(['ФИО', 'ИИН', 'Дата рождения']);
    expect(isHeader(match)).toBe(false);
    expect(match.missing).toEqual(['surname', 'givenName']);
  });

  it('tells labels from data and blank rows', () => {
    expect(looksLikeLabels(['Foo', 'Bar'])).toBe(true);
    expect(looksLikeLabels(['Ivanov', '800517300018'])).toBe(false);
    expect(looksLikeLabels(['Ivanov', 800517300018])).toBe(false);
    expect(looksLikeLabels([null, ''])).toBe(false);
    expect(isBlankRow([null, '  ', ''])).toBe(true);
    expect(isBlankRow([null, 0])).toBe(false);
  });
});
