import { createWriteStream } from 'node:fs';
import { PassThrough } from 'node:stream';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Sex } from '../../src/domain/types';
import { makeIin } from '../fixtures/iin';
import { nomination, openDesk, person, type Desk } from './helpers';
import { register } from './list-helpers';

// Every report exported through the service to a real file and read back with exceljs: the values a commission
// will publish, not what the writer was asked to write.

let desk: Desk;
// 03:30 UTC is 09:30 in Astana (UTC+6 in 2023), the Mazhilis commission's seat; the suite's own zone (Anchorage,
// UTC−9) reads the same moment as the day before, 18:30.
const NOW = new Date('2023-03-01T03:30:00Z');
beforeEach(() => {
  desk = openDesk('hatshy.aigerim', () => NOW);
});
afterEach(() => desk.close());

const INJECTION = '=HYPERLINK("http://x","y")';

function seed() {
  const e = desk.must('elections.create', { preset: 'mazhilis-2023' });
  const [amanat, auyl] = desk.must('parties.list', { electionId: e.id });
  const [d1, d2] = desk.must('districts.list', { electionId: e.id });
  if (!amanat || !auyl || !d1 || !d2) throw new Error('no parties or districts');
  let serial = 0;
  const add = (surname: string, givenName: string, sex: Sex, birthDate: string, rest: Parameters<typeof nomination>[0], extra: Parameters<typeof person>[0] = {}) => {
    serial++;
    return desk.must('nominations.create', {
      electionId: e.id,
      person: person({ surname, givenName, patronymic: sex === 'female' ? 'Серікқызы' : 'Серікұлы', iin: makeIin(birthDate, sex, 300 + serial * 7), birthDate, sex, ...extra }),
      nomination: nomination(rest),
    });
  };
  const list = { kind: 'party-list' as const, partyId: amanat.id };
  add('Әлиева', 'Гүлнар', 'female', '1981-05-05', list, { partyMembership: amanat.code });
  add(INJECTION, 'Ерлан', 'male', '1975-03-10', list, { partyMembership: amanat.code });
  add('Ұзақов', 'Нұрлан', 'male', '1990-07-20', list, { partyMembership: amanat.code, disability: true });
  add('Бекетов', 'Асхат', 'male', '1968-11-02', { kind: 'party-list', partyId: auyl.id }, { partyMembership: auyl.code });
  const self = add('Қасымова', 'Сәуле', 'female', '1985-01-01', { kind: 'district-self', districtId: d1.id });
  const assoc = add('Иванов', 'Сергей', 'male', '1970-09-09', { kind: 'district-association', districtId: d2.id, associationName: '+Жастар' });
  const young = add('Өтепов', 'Дәулет', 'male', '2005-01-01', { kind: 'district-self', districtId: d2.id });
  register(desk, desk.must('lists.get', { electionId: e.id, partyId: amanat.id }));
  for (const c of [self, assoc])
    desk.must('nominations.decide', { id: c.nomination.id, version: c.nomination.version, decision: 'registered', resolutionNumber: '5/1', resolutionDate: '2023-02-20', grounds: { rules: [], text: '' } });
  return { e, amanat, auyl, young, self };
}

const cells = (ws: ExcelJS.Worksheet, row: number): unknown[] => (ws.getRow(row).values as unknown[]).slice(1);
const HEADER = 7;

async function exportOf(input: Record<string, unknown>, name: string) {
  const file = join(desk.dir, `${name}.xlsx`);
  const result = await desk.service.streamFile('reports.export', input, createWriteStream(file));
  if (!result.ok) throw new Error(`export failed: ${JSON.stringify(result.error)}`);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return { rows: result.value.rows, book, file };
}

function expectSheetSetup(ws: ExcelJS.Worksheet, head: string, columns: number, rows: number) {
  expect(ws.getCell('E1').value ?? null).toBeNull();
  expect(ws.getCell('A5').text).toContain(head);
  expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER });
  // The filter spans the header and every data row, from A to the last column.
  expect(ws.autoFilter).toBe(`A${HEADER}:${String.fromCharCode(64 + columns)}${HEADER + rows}`);
  expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${HEADER}:${HEADER}` });
  expect(ws.getRow(HEADER).cellCount).toBe(columns);
}

describe('reports', () => {
  it('party lists: a sheet per registered list, Cyrillic exact, dates as dates, a formula-like name as text', async () => {
    const { e, amanat } = seed();
    const head = desk.must('journal.verify', {}).headHash;
    const { rows, book } = await exportOf({ electionId: e.id, report: 'party-lists', lang: 'kk' }, 'party-lists');
    expect(rows).toBe(3);
    expect(book.worksheets.map((w) => w.name)).toEqual([amanat.shortName]);
    const ws = book.worksheets[0] as ExcelJS.Worksheet;
    expectSheetSetup(ws, head, 12, 3);
    expect(ws.getCell('A1').value).toBe('Қазақстан Республикасының Орталық сайлау комиссиясы');
    expect(ws.getCell('A3').value).toBe('Партиялық тізімдер бойынша тіркелген кандидаттар');
    expect(ws.getCell('A4').value).toBe('Жасалды: 01.03.2023 09:30 (UTC+6), hatshy.aigerim');
    expect(cells(ws, HEADER).slice(0, 5)).toEqual(['№', 'Тегі', 'Аты', 'Әкесінің аты', 'Туған күні']);
    expect(cells(ws, HEADER + 1).slice(0, 4)).toEqual([1, 'Әлиева', 'Гүлнар', 'Серікқызы']);
    const born = ws.getCell(HEADER + 1, 5);
    expect(born.value).toEqual(new Date(Date.UTC(1981, 4, 5)));
    expect(born.numFmt).toBe('dd.mm.yyyy');
    expect(ws.getCell(HEADER + 1, 6).value).toBe('Әйел');
    expect(ws.getCell(HEADER + 1, 11).value).toBe(amanat.shortName);
    const injected = ws.getCell(HEADER + 2, 2);
    expect(injected.value).toBe(INJECTION);
    expect(injected.type).toBe(ExcelJS.ValueType.String);
    expect(injected.formula).toBeUndefined();
    expect(injected.numFmt).toBe('@');

    const alphabetical = await exportOf({ electionId: e.id, report: 'party-lists', lang: 'ru', order: 'alphabetical' }, 'alpha');
    const surnames = [1, 2, 3].map((i) => (alphabetical.book.worksheets[0] as ExcelJS.Worksheet).getCell(HEADER + i, 2).value);
    expect(surnames).toEqual([INJECTION, 'Әлиева', 'Ұзақов']);
  });

  it('districts: district, region, candidate, kind, nominator, status and its resolution as corrected', async () => {
    const { e, self } = seed();
    // The resolution was typed 5/1; it is 5/2. The report names the resolution in force.
    const [decision] = desk.must('nominations.history', { id: self.nomination.id }).decisions;
    desk.must('nominations.correctDecision', {
      id: self.nomination.id, decisionId: decision?.id ?? 0, corrections: 0, resolutionNumber: '5/2', resolutionDate: '2023-02-21', reason: 'Опечатка',
    });
    const { rows, book } = await exportOf({ electionId: e.id, report: 'districts', lang: 'ru' }, 'districts');
    expect(rows).toBe(3);
    const ws = book.worksheets[0] as ExcelJS.Worksheet;
    expect(cells(ws, HEADER)).toEqual(['Округ', 'Регион', 'Кандидат', 'Выдвижение', 'Кем выдвинут', 'Статус', '№ постановления', 'Дата постановления']);
    expect(cells(ws, HEADER + 1)).toEqual([
      1, 'город Астана', 'Қасымова Сәуле Серікқызы', 'Округ, самовыдвижение', 'самовыдвижение', 'Зарегистрирован', '5/2', new Date(Date.UTC(2023, 1, 21)),
    ]);
    // The candidate still awaiting a decision has no resolution to name.
    const young = [2, 3].map((i) => ws.getRow(HEADER + i)).find((r) => r.getCell(3).value === 'Өтепов Дәулет Серікұлы');
    expect([young?.getCell(7).value, young?.getCell(8).value]).toEqual([null, null]);
    // The association's name starts with '+': text, not a formula.
    const assoc = [2, 3].map((i) => ws.getRow(HEADER + i)).find((r) => r.getCell(3).value === 'Иванов Сергей Серікұлы');
    expect(assoc?.getCell(5).value).toBe('+Жастар');
    expect(assoc?.getCell(5).type).toBe(ExcelJS.ValueType.String);
  });

  it('quota: a row per list with its figures and the share as a percent', async () => {
    const { e, amanat, auyl } = seed();
    const { book } = await exportOf({ electionId: e.id, report: 'quota', lang: 'en' }, 'quota');
    const ws = book.worksheets[0] as ExcelJS.Worksheet;
    expect(ws.name).toBe('Quota');
    expect(ws.getCell('A1').value).toBe('Central Election Commission of the Republic of Kazakhstan');
    const byParty = new Map([HEADER + 1, HEADER + 2].map((r) => [ws.getCell(r, 1).value, cells(ws, r)]));
    // Amanat: 3 standing, 1 woman, 1 with disability, both quota persons; 30% of 3 is 1.
    // The length limit of a Mazhilis list is 90.
    expect(byParty.get(amanat.shortName)?.slice(1, 11)).toEqual(['Registered', 3, 90, 1, 0, 1, 2, 1, 2 / 3, 'yes']);
    expect(byParty.get(auyl.shortName)?.slice(1, 11)).toEqual(['Submitted', 1, 90, 0, 0, 0, 0, 1, 0, 'no']);
    // Numbers stay numbers, formatted in the report's language: English separators here.
    expect(ws.getCell(HEADER + 1, 10).numFmt).toBe('[$-409]0.00%');
    expect(ws.getCell(HEADER + 1, 3).numFmt).toBe('[$-409]#,##0');
  });

  it('quota in Kazakh and Russian: the language tag gives a decimal comma and a spaced percent sign', async () => {
    const { e } = seed();
    for (const [lang, tag] of [['kk', '[$-43F]'], ['ru', '[$-419]']] as const) {
      const { book } = await exportOf({ electionId: e.id, report: 'quota', lang }, `quota-${lang}`);
      const ws = book.worksheets[0] as ExcelJS.Worksheet;
      // Written as 0.00\ %; exceljs reads the escaped space back as a plain one.
      expect(ws.getCell(HEADER + 1, 10).numFmt).toBe(`${tag}0.00 %`);
      expect(ws.getCell(HEADER + 1, 3).numFmt).toBe(`${tag}#,##0`);
    }
  });

  it('statistics: the figures of a press release', async () => {
    const { e } = seed();
    const { book } = await exportOf({ electionId: e.id, report: 'statistics', lang: 'en' }, 'statistics');
    const ws = book.worksheets[0] as ExcelJS.Worksheet;
    const rows = new Map<string, unknown[]>();
    ws.eachRow((row, n) => {
      if (n > HEADER) rows.set(row.getCell(1).text, cells(ws, n));
    });
    expect(rows.get('Total nominated')?.slice(1, 3)).toEqual([7, 1]);
    expect(rows.get('Registered')?.slice(1, 3)).toEqual([5, 5 / 7]);
    expect(rows.get('Registered candidates: 5')).toEqual(['Registered candidates: 5']);
    expect(rows.get('Self-nominated')?.slice(1, 3)).toEqual([1, 0.2]);
    expect(rows.get('Women')?.slice(1, 3)).toEqual([2, 0.4]);
    // Ages on election day 2023-03-19: 41, 48, 32, 38, 52.
    expect(rows.get('Average age')?.[3]).toBe(42.2);
    expect(rows.get('Youngest')?.[3]).toBe(32);
    expect(rows.get('Oldest')?.[3]).toBe(52);
    // Each region once, by its name in the reader's language.
    expect(rows.get('By region of residence')).toEqual(['By region of residence']);
    expect(rows.get('Astana')?.slice(1, 3)).toEqual([5, 1]);
  });

  it('findings: every open finding with its rule, severity, message and law', async () => {
    const { e, young: youngest } = seed();
    const { rows, book } = await exportOf({ electionId: e.id, report: 'findings', lang: 'en' }, 'findings');
    // A deposit note for each of the seven, and the 18-year-old's age error.
    expect(rows).toBe(8);
    const ws = book.worksheets[0] as ExcelJS.Worksheet;
    const young: unknown[][] = [];
    ws.eachRow((row, n) => {
      if (n > HEADER && row.getCell(1).value === 'Өтепов Дәулет Серікұлы') young.push(cells(ws, n));
    });
    expect(young).toEqual([
      [
        'Өтепов Дәулет Серікұлы',
        youngest.person.iin,
        'Minimum age',
        'Error',
        'Date of birth',
        'Under the minimum age: 18 full years on 19.03.2023, while at least 25 are required.',
        'Constitution of the Republic of Kazakhstan, Art. 51(4)',
      ],
      [
        'Өтепов Дәулет Серікұлы',
        youngest.person.iin,
        'Election deposit',
        'Note',
        'Election deposit paid',
        'Election deposit due: 1,050,000 tenge.',
        'Constitutional Law “On Elections”: the election deposit',
      ],
    ]);
  });

  it('journal: every row with its action named and its hash; the last is the head', async () => {
    const { e } = seed();
    const verify = desk.must('journal.verify', {});
    const { rows, book } = await exportOf({ electionId: e.id, report: 'journal', lang: 'ru' }, 'journal');
    expect(rows).toBe(verify.entries);
    const ws = book.worksheets[0] as ExcelJS.Worksheet;
    expect(ws.getCell(HEADER + 1, 1).value).toBe(1);
    // The time of the change as the clerk's clock read it (09:30), like the title's «generated at».
    expect(ws.getCell(HEADER + 1, 2).value).toEqual(new Date(Date.UTC(2023, 2, 1, 9, 30)));
    expect(ws.getCell(HEADER + 1, 2).numFmt).toBe('dd.mm.yyyy hh:mm');
    expect(ws.getCell(HEADER + 1, 4).value).toBe('Созданы выборы');
    expect(ws.getCell(HEADER + rows, 7).value).toBe(verify.headHash);
    const injected: unknown[] = [];
    ws.eachRow((row) => {
      if (row.getCell(6).text.startsWith('=')) injected.push(row.getCell(6).type);
    });
    // The formula-like surname heads four rows (its person, nomination, decision and the nomination's decision): text.
    expect(injected).toEqual(Array(4).fill(ExcelJS.ValueType.String));
  });

  it('the preview is the first rows of the first sheet with the title block', () => {
    const { e } = seed();
    const preview = desk.must('reports.preview', { electionId: e.id, report: 'party-lists', lang: 'en', limit: 2 });
    expect(preview).toMatchObject({ report: 'party-lists', total: 3 });
    expect(preview.kinds).toEqual(['integer', 'text', 'text', 'text', 'date', 'text', 'text', 'text', 'text', 'text', 'text', 'text']);
    expect(preview.rows).toHaveLength(2);
    expect(preview.rows[0]?.slice(0, 5)).toEqual([1, 'Әлиева', 'Гүлнар', 'Серікқызы', '1981-05-05']);
    expect(preview.title).toMatchObject({ generatedBy: 'hatshy.aigerim', generatedAt: '01.03.2023 09:30 (UTC+6)', journalHead: desk.must('journal.verify', {}).headHash });
  });

  it('refuses a bad request without writing, and call() sends exports to their transport', async () => {
    let written = 0;
    const out = new PassThrough().on('data', (chunk: Buffer) => (written += chunk.length));
    const result = await desk.service.streamFile('reports.export', { electionId: 99, report: 'party-lists', lang: 'kk' }, out);
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found', field: 'electionId' } });
    expect(await desk.service.streamFile('reports.export', { report: 'nope' }, out)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(written).toBe(0);
    for (const answer of [desk.service.call('reports.export', { electionId: 1, report: 'quota', lang: 'kk' }), await desk.service.callAsync('reports.export', { electionId: 1, report: 'quota', lang: 'kk' })])
      expect(answer).toMatchObject({ ok: false, error: { code: 'unknown-method', messageKey: 'error.fileMethod', params: { method: 'reports.export' } } });
    expect(await desk.service.prepareFile('reports.preview', { electionId: 1, report: 'quota', lang: 'kk' })).toMatchObject({ ok: false, error: { messageKey: 'error.notFileMethod' } });
  });
});
