import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ImportPreview } from '../../src/domain/import-records';
import type { Result } from '../../src/service';
import { makeIin } from '../fixtures/iin';
import { openDesk, person, type Desk } from './helpers';

// Issue 11, item 9, in the import: a row whose folded name and birth date equal those of a person on file under
// another IIN, or those of another row of the file under another IIN, is warned in the preview as the form warns,
// with the same rule and message; a pair the commission told apart is not, nor is the person on file itself.

const HEADER = ['Фамилия', 'Имя', 'Отчество', 'ИИН', 'Дата рождения', 'Пол', 'Гражданство', 'Постоянно проживает в Казахстане с', 'Инвалидность'];

const ON_FILE = makeIin('1970-03-04', 'male', 11);
const NEW_UZAKOV = makeIin('1970-03-04', 'male', 12);
const BEKOVA = [makeIin('1990-07-07', 'female', 31), makeIin('1990-07-07', 'female', 32)] as const;
const OMAROVA = [makeIin('1988-05-05', 'female', 41), makeIin('1988-05-05', 'female', 42)] as const;
const SERIKOVA = makeIin('1983-09-10', 'female', 51);

let desk: Desk;
let electionId: number;
let partyId: number;
let ids: { uzakov: number; omarova1: number; omarova2: number; serikova: number };

beforeEach(() => {
  desk = openDesk('clerk.import', () => new Date('2023-02-01T09:00:00Z'));
  electionId = desk.must('elections.create', { preset: 'mazhilis-2023' }).id;
  partyId = desk.must('parties.list', { electionId }).find((p) => p.code === 'amanat')?.id ?? 0;
  const add = (p: Parameters<typeof person>[0]) => desk.must('persons.create', { person: person(p) }).id;
  const woman = (surname: string, givenName: string, patronymic: string, iin: string, birthDate: string) =>
    add({ surname, givenName, patronymic, iin, birthDate, residentSince: birthDate, sex: 'female' });
  ids = {
    uzakov: add({ iin: ON_FILE, birthDate: '1970-03-04', residentSince: '1970-03-04' }),
    omarova1: woman('Омарова', 'Айгүл', 'Маратқызы', OMAROVA[0], '1988-05-05'),
    omarova2: woman('Омарова', 'Айгүл', 'Маратқызы', OMAROVA[1], '1988-05-05'),
    serikova: woman('Серікова', 'Дана', 'Асқарқызы', SERIKOVA, '1983-09-10'),
  };
  desk.must('persons.distinguish', { personId: ids.omarova1, otherId: ids.omarova2 });
});
afterEach(() => desk.close());

async function preview(rows: (string | Date)[][]): Promise<ImportPreview> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Кандидаты');
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  const file = join(desk.dir, 'amanat.xlsx');
  await wb.xlsx.writeFile(file);
  const fileId = desk.service.registerImportFile(file, 'amanat.xlsx');
  const result = (await desk.service.callAsync('imports.preview', { electionId, fileId, partyId })) as Result<ImportPreview>;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const row = (surname: string, givenName: string, patronymic: string, iin: string, birth: string, sex: string) => [
  surname, givenName, patronymic, iin, birth, sex, 'Казахстан', birth, 'нет',
];

it('warns a row of a namesake on file and rows of namesakes in the file, and no one else', async () => {
  const p = await preview([
    row('УЗАКОВ', 'Алихан', ' Серикулы ', NEW_UZAKOV, '04.03.1970', 'М'), // 2: a namesake on file, typed without Kazakh letters
    row('Бекова', 'Сәуле', 'Ерланқызы', BEKOVA[0], '07.07.1990', 'Ж'), // 3: a namesake of row 4
    row('Бекова', 'Сауле', 'Ерланкызы', BEKOVA[1], '07.07.1990', 'Ж'), // 4: a namesake of row 3
    row('Омарова', 'Айгүл', 'Маратқызы', OMAROVA[1], '05.05.1988', 'Ж'), // 5: on file, told apart from her namesake
    row('Серікова', 'Дана', 'Асқарқызы', SERIKOVA, '10.09.1983', 'Ж'), // 6: the person on file herself
    row('Бекова', 'Сәуле', 'Ерланқызы', BEKOVA[0], '07.07.1990', 'Ж'), // 7: row 3 again
  ]);
  expect(p.page.rows.map((r) => [r.row, r.status])).toEqual([
    [2, 'new'], [3, 'new'], [4, 'new'], [5, 'existing-person'], [6, 'existing-person'], [7, 'duplicate'],
  ]);
  const namesakes = Object.fromEntries(p.page.rows.map((r) => [r.row, r.findings.filter((f) => f.rule === 'person.namesake')]));
  const warning = (params: Record<string, string | number>) => ({ rule: 'person.namesake', severity: 'warning', field: 'iin', messageKey: 'finding.person.namesake', params });
  expect(namesakes).toEqual({
    2: [warning({ iin: ON_FILE, personId: ids.uzakov })],
    3: [warning({ iin: BEKOVA[1], row: 4 })],
    4: [warning({ iin: BEKOVA[0], row: 3 })],
    5: [],
    6: [],
    7: [],
  });
});

it('warns again once the commission takes back that the two are different people', async () => {
  desk.must('persons.undistinguish', { personId: ids.omarova2, otherId: ids.omarova1, reason: 'Отмечено по ошибке' });
  const p = await preview([row('Омарова', 'Айгүл', 'Маратқызы', OMAROVA[1], '05.05.1988', 'Ж')]);
  expect(p.page.rows[0]?.findings.filter((f) => f.rule === 'person.namesake').map((f) => f.params)).toEqual([{ iin: OMAROVA[0], personId: ids.omarova1 }]);
});
