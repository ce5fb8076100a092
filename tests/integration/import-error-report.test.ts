import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/domain/finding';
import { IMPORT_CELL_KEYS, IMPORT_CELL_RULE } from '../../src/domain/import-row';
import { type ErrorReportRow, writeErrorReport } from '../../src/imports/error-report';
import { readWorkbook } from '../../src/imports/read-workbook';

// Issue 6, bad rows: the error report gives the clerk's rows back as they were read, with the row number, what the
// import does with each row and its findings in the clerk's language. Hostile text stays text.

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tizim-error-report-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HOSTILE = '=HYPERLINK("http://example.invalid/x","click")';
const header = ['Фамилия', 'Имя', 'ИИН', 'Дата рождения', 'Пол', 'Примечание'];
const cellProblem: Finding = {
  rule: IMPORT_CELL_RULE,
  severity: 'error',
  field: 'sex',
  messageKey: IMPORT_CELL_KEYS.sex,
  params: { column: 'E', value: 'М?' },
};
const required: Finding = { rule: 'format.required', severity: 'error', field: 'birthDate', messageKey: 'finding.required' };
const iinDate: Finding = {
  rule: 'iin.birthDate',
  severity: 'warning',
  field: 'birthDate',
  messageKey: 'finding.iin.birthDateDiffers',
  params: { iinDate: '1980-05-17' },
  legalRef: 'legal.iin',
};

const rows: ErrorReportRow[] = [
  { row: 4, cells: ['Ұзақов', 'Әлихан', '800517300018', new Date(Date.UTC(1980, 4, 18)), 'Мужской', HOSTILE], status: 'new', findings: [iinDate] },
  { row: 6, cells: ['Иванов', 'Иван', 800517300018, null, 'М?'], status: 'invalid', findings: [cellProblem, required] },
  { row: 7, cells: ['+77011234567', '@SUM(1)', '-1', true, null, null, 'без заголовка'], status: 'duplicate', findings: [] },
];

async function write(name: string, input: Parameters<typeof writeErrorReport>[0]): Promise<{ path: string; written: number }> {
  const path = join(dir, name);
  const written = await writeErrorReport(input, createWriteStream(path));
  return { path, written };
}

describe('the error report', () => {
  it('repeats the header and the rows as read, adds the row, the status and the findings in Russian', async () => {
    const { path, written } = await write('report-ru.xlsx', { file: 'list.xlsx', sheet: 'Кандидаты', headerCells: header, rows, lang: 'ru' });
    expect(written).toBe(3);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const ws = book.worksheets[0] as ExcelJS.Worksheet;
    expect(ws.name).toBe('Кандидаты');
    // The widest row has a cell without a header: the added columns come after it.
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([...header, undefined, 'Строка', 'Статус', 'Замечания']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    // The filter spans the header and the three rows, up to the added Замечания column.
    expect(ws.autoFilter).toBe('A1:J4');

    const first = ws.getRow(2);
    expect(first.getCell(1).value).toBe('Ұзақов');
    expect(first.getCell(3).value).toBe('800517300018');
    expect(first.getCell(4).value).toEqual(new Date(Date.UTC(1980, 4, 18)));
    expect(first.getCell(4).numFmt).toBe('dd.mm.yyyy');
    expect(first.getCell(6).value).toBe(HOSTILE);
    expect(first.getCell(6).type).toBe(ExcelJS.ValueType.String);
    expect(first.getCell(6).numFmt).toBe('@');
    expect(first.getCell(8).value).toBe(4);
    expect(first.getCell(9).value).toBe('Новый кандидат');
    expect(first.getCell(10).value).toBe(
      'Дата рождения: В ИИН закодирована дата рождения 17.05.1980, она отличается от введённой. С 2013 года это допустимо: сверьте с удостоверением личности',
    );

    const second = ws.getRow(3);
    expect(second.getCell(3).value).toBe(800517300018);
    expect(second.getCell(4).value).toBeNull();
    expect(second.getCell(9).value).toBe('Не может быть внесена');
    expect(second.getCell(10).value).toBe('Столбец E: «М?» — не пол; Дата рождения: Обязательное поле');

    const third = ws.getRow(4);
    expect([1, 2, 3].map((c) => third.getCell(c).value)).toEqual(['+77011234567', '@SUM(1)', '-1']);
    expect([1, 2, 3].every((c) => third.getCell(c).type === ExcelJS.ValueType.String)).toBe(true);
    expect(third.getCell(4).value).toBe(true);
    expect(third.getCell(7).value).toBe('без заголовка');
    expect(third.getCell(8).value).toBe(7);
    expect(third.getCell(9).value).toBe('ИИН повторяется в файле: не добавляется');
    expect(third.getCell(10).value).toBeNull();
  });

  it('speaks Kazakh and English, and can itself be imported again: the added columns are not import columns', async () => {
    const kk = await write('report-kk.xlsx', { file: 'list.xlsx', sheet: 'Sheet1', headerCells: header, rows: rows.slice(1, 2), lang: 'kk' });
    const en = await write('report-en.xlsx', { file: 'list.xlsx', sheet: '', headerCells: header, rows: rows.slice(1, 2), lang: 'en' });
    const kkBook = new ExcelJS.Workbook();
    await kkBook.xlsx.readFile(kk.path);
    expect(kkBook.worksheets[0]?.getRow(2).getCell(9).value).toBe('E бағаны: «М?» жыныс емес; Туған күні: Міндетті өріс');
    const enBook = new ExcelJS.Workbook();
    await enBook.xlsx.readFile(en.path);
    expect(enBook.worksheets[0]?.name).toBe('Import findings');
    const odd = await write('report-odd.xlsx', { file: 'list.xlsx', sheet: "'Список [2023]: round 1/2'", headerCells: header, rows: [], lang: 'ru' });
    const oddBook = new ExcelJS.Workbook();
    await oddBook.xlsx.readFile(odd.path);
    expect(oddBook.worksheets[0]?.name).toBe('Список  2023   round 1 2');
    expect(enBook.worksheets[0]?.getRow(2).getCell(8).value).toBe('Cannot be recorded');

    const read = await readWorkbook(kk.path);
    if (!read.ok) throw new Error(JSON.stringify(read.failure));
    expect(read.header.match.found).toEqual(['surname', 'givenName', 'iin', 'birthDate', 'sex']);
    expect(read.header.match.ignored.map((c) => c.text)).toEqual(['Примечание', 'Жол', 'Мәртебесі', 'Ескертпелер']);
    expect(read.rows.map((r) => r.cells.slice(0, 3))).toEqual([['Иванов', 'Иван', 800517300018]]);
  });

  it('streams thousands of rows', async () => {
    const many: ErrorReportRow[] = Array.from({ length: 3500 }, (_, i) => ({
      row: i + 2,
      cells: [`Фамилия${i}`, `Имя${i}`, String(i).padStart(12, '0')],
      status: i % 2 ? 'new' : 'invalid',
      findings: i % 2 ? [] : [required],
    }));
    const { path, written } = await write('many.xlsx', { file: 'big.xlsx', sheet: 'Data', headerCells: header.slice(0, 3), rows: many, lang: 'ru' });
    expect(written).toBe(3500);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const ws = book.worksheets[0] as ExcelJS.Worksheet;
    expect(ws.rowCount).toBe(3501);
    expect(ws.getRow(3501).getCell(3).value).toBe('000000003499');
    expect(ws.getRow(3501).getCell(4).value).toBe(3501);
    expect(ws.getRow(3500).getCell(6).value).toBe('Дата рождения: Обязательное поле');
  });
});
