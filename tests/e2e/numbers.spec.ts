import type { Locator, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { DOCUMENTS, type Documents, type Sex } from '../../src/domain/types';
import { makeIin } from '../fixtures/iin';
import { expect, test, type Desk } from './fixtures';

// Issue 11, item 12: numbers in Russian and Kazakh take the decimal comma and a thousands separator (1 000 000;
// 83,33 %) everywhere, through one helper of the domain: the results screen, the report preview, the workbook's
// number formats and the printed quota document, here in the Russian UI.

test.use({ locale: 'ru-RU' });

const NB = '\u00a0';
const ALL_DOCUMENTS: Documents = Object.fromEntries(DOCUMENTS.map((d) => [d, 'received']));
let serial = 0;

function seed(desk: Desk, partyId: number, partyCode: string, surname: string, sex: Sex, birthDate: string): void {
  desk.must('nominations.create', {
    electionId: 1,
    person: {
      surname, givenName: 'Айгерим', patronymic: '', iin: makeIin(birthDate, sex, 300 + ++serial * 7), birthDate, sex,
      citizenship: 'KZ', residentSince: birthDate, residenceRegion: 'astana', residenceSettlement: 'Астана',
      partyMembership: partyCode, declarations: { incapacity: 'no', imprisonment: 'no', criminalRecord: 'no', corruption: 'no' },
    },
    nomination: { kind: 'party-list', partyId, receivedOn: '2023-02-01', receivedTime: '10:00', documents: ALL_DOCUMENTS },
  });
}

function register(desk: Desk, partyId: number): void {
  const list = desk.must('lists.get', { electionId: 1, partyId, order: 'submitted' });
  desk.must('lists.decide', { electionId: 1, partyId, version: list.version, decision: 'registered', resolutionNumber: '7/12',
    resolutionDate: '2023-02-16', grounds: { rules: [], text: '' } });
}

/** The exact text of an element, no-break spaces and all (toHaveText would take them for plain spaces). */
async function exactText(locator: Locator, expected: string): Promise<void> {
  await expect.poll(() => locator.textContent()).toBe(expected);
}

async function open(page: Page, desk: Desk, section: string): Promise<void> {
  await page.goto(desk.url);
  await page.getByRole('button', { name: /^Открыть:/ }).click();
  await page.getByRole('button', { name: section }).click();
}

test('votes, shares and quota figures read 1 000 000 and 83,33 % on screen, in the preview, the workbook and the print', async ({ page, desk }) => {
  const [first, second] = desk.must('parties.list', { electionId: 1 });
  if (!first || !second) throw new Error('the Mazhilis preset has parties');
  seed(desk, first.id, first.code, 'Әлиева', 'female', '1981-05-05');
  seed(desk, first.id, first.code, 'Бекетов', 'male', '1975-04-04');
  seed(desk, first.id, first.code, 'Қасымова', 'female', '1968-02-02');
  seed(desk, first.id, first.code, 'Жұмабаев', 'male', '1990-09-09');
  seed(desk, second.id, second.code, 'Өтепова', 'female', '1985-03-03');
  register(desk, first.id);
  register(desk, second.id);
  desk.must('results.enter', { electionId: 1, againstAll: 0, votes: [{ partyId: first.id, votes: 1_000_000 }, { partyId: second.id, votes: 200_000 }] });

  // The results: 1 000 000 of 1 200 000 votes is 83,33 %.
  await open(page, desk, 'Итоги');
  const row = page.getByRole('table', { name: /^Распределение/ }).getByRole('row', { name: new RegExp(`^${first.shortName}`) });
  await exactText(row.getByRole('cell').nth(0), `1${NB}000${NB}000`);
  await exactText(row.getByRole('cell').nth(1), `83,33${NB}%`);
  await exactText(page.locator('.results-screen > .section-hint').first(), `Мандатов по спискам: 69. Порог — 5${NB}% от суммы голосов за списки и «против всех»; мандаты делятся по избирательной квоте и наибольшим остаткам.`);

  // The quota report's preview: 2 of 4 is 50,00 %.
  await page.getByRole('button', { name: 'Отчёты' }).click();
  await page.getByLabel('Отчёт', { exact: true }).selectOption('quota');
  const preview = page.getByRole('region', { name: 'Предварительный просмотр' }).getByRole('table');
  const ours = preview.getByRole('row', { name: new RegExp(`^${first.shortName}`) });
  await exactText(ours.getByRole('cell').nth(9), `50,00${NB}%`);

  // The workbook keeps numbers, formatted in the report's language.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Экспорт в Excel' }).click()]);
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the quota report has a sheet');
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((r) => {
    if (r.getCell(1).value === first.shortName) found = r;
  });
  if (!found) throw new Error('the quota report has a row for the first list');
  expect(found.getCell(3).value).toBe(4);
  expect(found.getCell(3).numFmt).toBe('[$-419]#,##0');
  expect(found.getCell(10).value).toBe(0.5);
  // Written as 0.00\ % (an escaped space before the sign); exceljs reads the escape back as a plain space.
  expect(found.getCell(10).numFmt).toBe('[$-419]0.00 %');

  // The printed quota document.
  await page.getByRole('button', { name: 'Печать соблюдения квоты' }).click();
  const printed = page.locator('.print-doc');
  // The first list's row: its name, then status, length, women, youth, disability, quota persons, required, share.
  await exactText(printed.getByRole('row').nth(1).getByRole('cell').nth(7), `50,00${NB}%`);
  await exactText(printed.locator('.print-subtitle'), `Квота 30${NB}% для женщин, молодёжи и лиц с инвалидностью (Конституционный закон «О выборах», ст. 89 п. 4)`);
});
