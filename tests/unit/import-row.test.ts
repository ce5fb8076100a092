import { describe, expect, it } from 'vitest';
import { type ImportColumn } from '../../src/domain/import-columns';
import { rowOptions } from '../../src/domain/import-lookups';
import { cellDate, cellIin, IMPORT_CELL_KEYS, mapRow } from '../../src/domain/import-row';
import { REFERENCE } from '../../src/domain/reference';

// The reference parties numbered in ballot order (AMANAT 1, Respublica 3, Aq Jol 6) and the reference regions, as
// an election is created with them; the region names in the ledger carry no aliases, the lookups add them.
const options = rowOptions({
  districts: new Map([
    [1, 101],
    [7, 107],
  ]),
  parties: REFERENCE.parties.map((p) => ({ ...p, id: p.ballotOrder })),
  regions: REFERENCE.regions.map(({ code, kind, name }) => ({ code, kind, name })),
});

function columns(...names: ImportColumn[]): Map<number, ImportColumn> {
  return new Map(names.map((n, i) => [i, n]));
}

describe('reading cells', () => {
  it('reads dates: Excel dates in UTC, serials, dd.mm.yyyy and ISO text', () => {
    expect(cellDate(new Date(Date.UTC(1980, 4, 17)))).toBe('1980-05-17');
    expect(cellDate(29358)).toBe('1980-05-17');
    expect(cellDate(' 17.05.1980 ')).toBe('1980-05-17');
    expect(cellDate('1980-05-17')).toBe('1980-05-17');
    expect(cellDate(null)).toBe('');
    expect(cellDate('31.02.1980')).toBeNull();
    expect(cellDate('May 17')).toBeNull();
    expect(cellDate(1.5)).toBeNull();
  });

  it('reads each Excel date as its UTC calendar day, the days already met included, whatever the time of day', () => {
    // Days are kept by their number once met: the same day at another hour, and the days either side, must still read right.
    for (const start of [Date.UTC(1899, 11, 31), Date.UTC(1969, 11, 31), Date.UTC(1980, 4, 17), Date.UTC(2023, 1, 1)])
      for (let hour = 0; hour < 72; hour += 5) {
        const date = new Date(start + hour * 3_600_000 + 59_999);
        expect(cellDate(date), date.toISOString()).toBe(date.toISOString().slice(0, 10));
        expect(cellDate(new Date(date.getTime())), date.toISOString()).toBe(date.toISOString().slice(0, 10));
      }
  });

  it('keeps an IIN as text, restoring the zeros a numeric cell lost', () => {
    expect(cellIin(109600071)).toBe('000109600071');
    expect(cellIin(800517300018)).toBe('800517300018');
    expect(cellIin(' 000109600071 ')).toBe('000109600071');
    expect(cellIin('0001 0960 0071')).toBe('000109600071');
    // Text is never padded: a short IIN typed as text stays short for the IIN rule to flag.
    expect(cellIin('109600071')).toBe('109600071');
  });
});

describe('a row', () => {
  const cols = columns('surname', 'givenName', 'patronymic', 'iin', 'birthDate', 'sex', 'kind', 'districtId', 'partyId', 'listPosition', 'disability', 'receivedOn', 'receivedTime', 'citizenship', 'education', 'partyMembership');

  it('maps a row in Russian', () => {
    const { person, nomination, problems } = mapRow(
      ['  Иванов ', 'Иван', 'Иванович', 800517300018, new Date(Date.UTC(1980, 4, 17)), 'Мужской', 'Партийный список', null, 'AMANAT', 3, 'Нет', '01.02.2023', '10:30', 'Республика Казахстан', 'Высшее', 'Amanat'],
      cols,
      options,
    );
    expect(problems).toEqual([]);
    expect(person).toMatchObject({ surname: 'Иванов', givenName: 'Иван', patronymic: 'Иванович', iin: '800517300018', birthDate: '1980-05-17', sex: 'male', disability: false, citizenship: 'KZ', education: 'higher', partyMembership: 'amanat' });
    expect(person.declarations).toEqual({ incapacity: 'unknown', imprisonment: 'unknown', criminalRecord: 'unknown', corruption: 'unknown' });
    expect(nomination).toEqual({ kind: 'party-list', partyId: 1, associationName: '', districtId: null, listPosition: 3, receivedOn: '2023-02-01', receivedTime: '10:30', documents: {} });
  });

  it('maps a row in Kazakh and one in English', () => {
    const kk = mapRow(['Тегі', 'Аты', '', '800517300018', '17.05.1980', 'Әйел', 'Округ, өзін-өзі ұсынған', '7', '', '', 'Иә', '', '', '', '', 'Жоқ'], cols, options);
    expect(kk.problems).toEqual([]);
    expect(kk.person).toMatchObject({ sex: 'female', disability: true, partyMembership: '' });
    expect(kk.nomination).toMatchObject({ kind: 'district-self', districtId: 107, partyId: null });
    const en = mapRow(['Kim', 'Anna', null, 109600071, 29358, 'F', 'District, nominated by a party', 1, 'respublica', null, true, new Date(Date.UTC(2023, 1, 1)), 0.4375, 'Stateless', null, null], cols, options);
    expect(en.problems).toEqual([]);
    expect(en.person).toMatchObject({ iin: '000109600071', birthDate: '1980-05-17', sex: 'female', disability: true, citizenship: 'none' });
    expect(en.nomination).toMatchObject({ kind: 'district-party', districtId: 101, partyId: 3, receivedOn: '2023-02-01', receivedTime: '10:30' });
  });

  it('names each cell it cannot read, with the column letter and the value', () => {
    const { person, nomination, problems } = mapRow(
      ['Иванов', 'Иван', '', '800517300018', '1980/05/17', 'unknown', 'по почте', 99, 'Ақ орда', 'first', 'может быть', '32.01.2023', '', 'Марс', 'Начальное', 'Ұлт тағдыры'],
      cols,
      options,
    );
    expect(problems.map((p) => [p.field, p.messageKey, p.params])).toEqual([
      ['birthDate', IMPORT_CELL_KEYS.date, { column: 'E', value: '1980/05/17' }],
      ['sex', IMPORT_CELL_KEYS.sex, { column: 'F', value: 'unknown' }],
      ['kind', IMPORT_CELL_KEYS.kind, { column: 'G', value: 'по почте' }],
      ['districtId', IMPORT_CELL_KEYS.district, { column: 'H', value: '99' }],
      ['partyId', IMPORT_CELL_KEYS.party, { column: 'I', value: 'Ақ орда' }],
      ['listPosition', IMPORT_CELL_KEYS.number, { column: 'J', value: 'first' }],
      ['disability', IMPORT_CELL_KEYS.yesNo, { column: 'K', value: 'может быть' }],
      ['receivedOn', IMPORT_CELL_KEYS.noSuchDate, { column: 'L', value: '32.01.2023' }],
      ['citizenship', IMPORT_CELL_KEYS.citizenship, { column: 'N', value: 'Марс' }],
      ['education', IMPORT_CELL_KEYS.education, { column: 'O', value: 'Начальное' }],
      ['partyMembership', IMPORT_CELL_KEYS.party, { column: 'P', value: 'Ұлт тағдыры' }],
    ]);
    expect(problems.every((p) => p.severity === 'error' && p.rule === 'import.cell')).toBe(true);
    expect(person.birthDate).toBe('');
    expect(nomination.districtId).toBeNull();
  });

  it('reads a party by any of its names in any language, with or without quotes and the word for party', () => {
    const party = columns('partyId', 'partyMembership');
    const read = (cell: string) => {
      const { nomination, person, problems } = mapRow([cell, cell], party, options);
      return [nomination.partyId, person.partyMembership, problems.length];
    };
    expect(read('партия «Respublica»')).toEqual([3, 'respublica', 0]);
    expect(read('Ак жол')).toEqual([6, 'aq-jol', 0]);
    expect(read('Ақ жол')).toEqual([6, 'aq-jol', 0]);
    expect(read('Демократическая партия Казахстана «Ак жол»')).toEqual([6, 'aq-jol', 0]);
    expect(read('«Ақ жол» Қазақстан демократиялық партиясы')).toEqual([6, 'aq-jol', 0]);
    expect(read('Aq Jol Democratic Party of Kazakhstan')).toEqual([6, 'aq-jol', 0]);
    expect(read('НПК')).toEqual([4, 'qhp', 0]);
    expect(read('«AMANAT» партиясы')).toEqual([1, 'amanat', 0]);
    // The names the reference data knows besides the ledger's: the Latin name as Cyrillic text writes it.
    expect(read('АМАНАТ')).toEqual([1, 'amanat', 0]);
    expect(read('Республика')).toEqual([3, 'respublica', 0]);
    // A former name is not this election's party: the clerk is asked.
    expect(read('Нур Отан')).toEqual([null, '', 2]);
    // The template's own word for no party leaves the membership empty.
    expect(mapRow(['беспартийный'], columns('partyMembership'), options)).toMatchObject({ person: { partyMembership: '' }, problems: [] });
    expect(mapRow(['партиясыз'], columns('partyMembership'), options)).toMatchObject({ person: { partyMembership: '' }, problems: [] });
  });

  it('stores a region as its code, however the party wrote it, and refuses a text that names none', () => {
    const region = columns('surname', 'residenceRegion', 'residenceSettlement');
    const read = (cell: string) => mapRow(['Иванов', cell, 'Павлодар'], region, options);
    expect(read('город Астана').person).toMatchObject({ residenceRegion: 'astana', residenceSettlement: 'Павлодар' });
    expect(read('г. Астана').person.residenceRegion).toBe('astana');
    expect(read('Астана қаласы').person.residenceRegion).toBe('astana');
    expect(read('Павлодарская обл.').person.residenceRegion).toBe('pavlodar');
    expect(read('  ПАВЛОДАР   облысы ').person.residenceRegion).toBe('pavlodar');
    expect(read('ВКО').person.residenceRegion).toBe('east-kazakhstan');
    expect(read('Восточно-Казахстанская область').person.residenceRegion).toBe('east-kazakhstan');
    expect(read('Алматы').person.residenceRegion).toBe('almaty-city');
    expect(read('Алматинская область').person.residenceRegion).toBe('almaty-region');
    expect(read('').problems).toEqual([]);
    const refused = read('Павлодарская обл., г. Экибастуз');
    expect(refused.person.residenceRegion).toBe('');
    expect(refused.problems).toEqual([
      { rule: 'import.cell', severity: 'error', field: 'residenceRegion', messageKey: 'import.cell.region', params: { column: 'B', value: 'Павлодарская обл., г. Экибастуз' } },
    ]);
  });

  it('reads the four declarations as yes or no, an empty cell as not yet known', () => {
    const decl = columns('surname', 'declIncapacity', 'declImprisonment', 'declCriminalRecord', 'declCorruption');
    const ru = mapRow(['Иванов', 'Нет', 'да', null, true], decl, options);
    expect(ru.problems).toEqual([]);
    expect(ru.person.declarations).toEqual({ incapacity: 'no', imprisonment: 'yes', criminalRecord: 'unknown', corruption: 'yes' });
    const kk = mapRow(['Тегі', 'Жоқ', 'Иә', ' жоқ ', false], decl, options);
    expect(kk.person.declarations).toEqual({ incapacity: 'no', imprisonment: 'yes', criminalRecord: 'no', corruption: 'no' });
    const signs = mapRow(['Kim', '+', '-', '—', '!!'], decl, options);
    expect(signs.person.declarations).toEqual({ incapacity: 'yes', imprisonment: 'no', criminalRecord: 'no', corruption: 'unknown' });
    expect(signs.problems.map((p) => p.params)).toEqual([{ column: 'E', value: '!!' }]);
    const unknown = mapRow(['Kim', 'Not yet known', 'Әлі белгісіз', 'ещё не известно', '?'], decl, options);
    expect(unknown.problems).toEqual([]);
    expect(unknown.person.declarations).toEqual({ incapacity: 'unknown', imprisonment: 'unknown', criminalRecord: 'unknown', corruption: 'unknown' });
    const bad = mapRow(['Иванов', 'не знаю', '', 'No', ''], decl, options);
    expect(bad.person.declarations).toEqual({ incapacity: 'unknown', imprisonment: 'unknown', criminalRecord: 'no', corruption: 'unknown' });
    expect(bad.problems.map((p) => [p.field, p.messageKey, p.params])).toEqual([
      ['declarations.incapacity', IMPORT_CELL_KEYS.yesNo, { column: 'B', value: 'не знаю' }],
    ]);
  });

  it('leaves absent columns and blank cells empty without findings', () => {
    const { person, nomination, problems } = mapRow(['Иванов', 'Иван', '800517300018'], columns('surname', 'givenName', 'iin', 'birthDate', 'sex', 'districtId'), options);
    expect(problems).toEqual([]);
    expect(person).toMatchObject({ birthDate: '', sex: '', iin: '800517300018' });
    expect(nomination).toMatchObject({ kind: '', districtId: null });
  });
});
