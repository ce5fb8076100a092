import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { makeIin } from '../fixtures/iin';
import { nomination, openDesk, person, type Desk } from './helpers';
import { register } from './list-helpers';

// Issue 11, item 14, read back from the workbook as LibreOffice and Excel lay it out: a wrapped header row is tall
// enough for its lines (it overlapped the first data row), a column is at least as wide as its header's longest word
// («Численно/сть», «Дата/рождения» broke inside a word), the region column holds «Карагандинская область» whole,
// dates stand centred clear of the next column, and a long place of work wraps onto a row tall enough for it.

let desk: Desk;
beforeEach(() => {
  desk = openDesk('clerk.test', () => new Date('2023-03-01T03:30:00Z'));
});
afterEach(() => desk.close());

const HEADER = 7;
const LINE = 15;

function seed(): number {
  const e = desk.must('elections.create', { preset: 'mazhilis-2023' });
  const [amanat] = desk.must('parties.list', { electionId: e.id });
  if (!amanat) throw new Error('no party');
  const people = [
    { surname: 'Әлиева', sex: 'female' as const, birthDate: '1981-05-05', residenceRegion: 'karaganda', residenceSettlement: 'Караганда',
      workplace: 'Карагандинский государственный технический университет имени Абылкаса Сагинова' },
    { surname: 'Мухамедкалиев', sex: 'male' as const, birthDate: '1975-03-10', residenceRegion: 'east-kazakhstan', residenceSettlement: 'Усть-Каменогорск' },
    { surname: 'Бекетова', sex: 'female' as const, birthDate: '1968-11-02', residenceRegion: 'astana', residenceSettlement: 'Астана' },
  ];
  people.forEach((p, i) =>
    desk.must('nominations.create', {
      electionId: e.id,
      person: person({ ...p, givenName: 'Айгерим', iin: makeIin(p.birthDate, p.sex, 400 + i * 9), partyMembership: amanat.code }),
      nomination: nomination({ kind: 'party-list', partyId: amanat.id }),
    }),
  );
  register(desk, desk.must('lists.get', { electionId: e.id, partyId: amanat.id }));
  return e.id;
}

async function sheetOf(electionId: number, report: string): Promise<ExcelJS.Worksheet> {
  const file = join(desk.dir, `${report}.xlsx`);
  const result = await desk.service.streamFile('reports.export', { electionId, report, lang: 'ru' }, createWriteStream(file));
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const ws = book.worksheets[0];
  if (!ws) throw new Error('no sheet');
  return ws;
}

const headers = (ws: ExcelJS.Worksheet): string[] => (ws.getRow(HEADER).values as unknown[]).slice(1).map(String);
const longestWord = (text: string): number => Math.max(...text.split(/\s+/).map((w) => w.length));

it('the party lists: headers wrap between words on a tall enough row, regions and dates have room, long text wraps', async () => {
  const ws = await sheetOf(seed(), 'party-lists');
  const names = headers(ws);
  expect(names).toEqual(['№', 'Фамилия', 'Имя', 'Отчество', 'Дата рождения', 'Пол', 'Занятие', 'Место работы', 'Регион', 'Населённый пункт', 'Партийность', 'Статус']);
  names.forEach((h, i) => expect(ws.getColumn(i + 1).width ?? 0).toBeGreaterThanOrEqual(longestWord(h) + 2));

  // «Дата рождения» is wider than its column of dates: it wraps after «Дата», on a row of two lines.
  const birth = ws.getColumn(5).width ?? 0;
  expect(birth).toBeLessThan('Дата рождения'.length + 2);
  expect(ws.getRow(HEADER).height).toBe(2 * LINE + 2);
  expect(ws.getCell(HEADER, 5).alignment).toMatchObject({ wrapText: true });

  const region = (ws.getRow(HEADER + 1).values as unknown[])[9];
  expect(region).toBe('Карагандинская область');
  expect(ws.getColumn(9).width ?? 0).toBeGreaterThanOrEqual('Восточно-Казахстанская область'.length + 2);

  // Dates are centred, so they never touch the text of the column after them.
  expect(ws.getCell(HEADER + 1, 5).value).toEqual(new Date(Date.UTC(1981, 4, 5)));
  expect(ws.getCell(HEADER + 1, 5).alignment).toMatchObject({ horizontal: 'center' });

  // The long place of work (80 characters) wraps onto three lines, and its row is made three lines tall; the others
  // keep one line.
  expect(ws.getCell(HEADER + 1, 8).alignment).toMatchObject({ wrapText: true });
  expect(ws.getRow(HEADER + 1).height).toBe(3 * LINE);
  expect(ws.getRow(HEADER + 2).height ?? LINE).toBe(LINE);
});

it('the quota report: «Численность» and «С инвалидностью» whole, a share clear of the «да» beside it', async () => {
  const ws = await sheetOf(seed(), 'quota');
  const names = headers(ws);
  expect(names.slice(0, 11)).toEqual(['Партия', 'Список', 'Численность', 'Предел', 'Женщины', 'До 29 лет', 'С инвалидностью', 'Лиц по квоте', 'Требуется', 'Доля', 'Соблюдена']);
  names.forEach((h, i) => expect(ws.getColumn(i + 1).width ?? 0).toBeGreaterThanOrEqual(longestWord(h) + 2));
  // «Требуется среди обладателей» takes three lines at its width.
  expect(ws.getRow(HEADER).height).toBe(3 * LINE + 2);
  expect(ws.getCell(HEADER + 1, 10).alignment).toMatchObject({ horizontal: 'right' });
  expect(ws.getCell(HEADER + 1, 11).alignment).toMatchObject({ horizontal: 'left', indent: 1 });
  // The title block runs on in one line, whatever the first column's alignment.
  expect(ws.getCell('A1').alignment?.wrapText ?? false).toBe(false);
});
