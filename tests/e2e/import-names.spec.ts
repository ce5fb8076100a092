import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { catalogs } from '../../src/domain/i18n';
import { makeIin } from '../fixtures/iin';
import { fillTemplate, type TemplateRow } from '../fixtures/workbooks';
import { expect, test } from './fixtures';

// Issue 11, items 1, 2 and 11, in the Kazakh UI: the party-list template offers the election's regions and parties
// in Kazakh; a party fills it in the way parties write (a Russian «г.» and «обл.», an abbreviation, the party's
// Russian full name); every region and party resolves, the candidate form shows the region in Kazakh, the list and
// the printed list name the party and the regions in Kazakh, and the printed list keeps the settlement of a region.

test.use({ locale: 'kk-KZ' });

const kk = catalogs.kk.core;
const NO = kk.declarationAnswer.no;

function candidate(surname: string, givenName: string, birthIso: string, sex: 'female' | 'male', serial: number, place: Partial<TemplateRow>): TemplateRow {
  return {
    surname, givenName, iin: makeIin(birthIso, sex, serial), birthDate: new Date(`${birthIso}T00:00:00Z`), sex: kk.sex[sex],
    citizenship: kk.citizenship.KZ, residentSince: new Date(`${birthIso}T00:00:00Z`), disability: NO,
    receivedOn: '01.02.2023', declIncapacity: NO, declImprisonment: NO, declCriminalRecord: NO, declCorruption: NO, ...place,
  };
}

// As the party wrote them: regions in Russian with «г.» and «обл.», an abbreviation; the party by three of its names.
const PEOPLE = [
  candidate('Әлиева', 'Гүлнар', '1985-06-01', 'female', 41, { residenceRegion: 'г. Астана', residenceSettlement: 'Астана', partyMembership: 'Ак жол' }),
  candidate('Бекетов', 'Ерлан', '1979-12-30', 'male', 42, { residenceRegion: 'Акмолинская обл.', residenceSettlement: 'Көкшетау', partyMembership: 'Демократическая партия Казахстана «Ак жол»' }),
  candidate('Өтепова', 'Сәуле', '1982-03-03', 'female', 43, { residenceRegion: 'ВКО', residenceSettlement: 'Өскемен', partyMembership: 'Ақ жол' }),
];

/** The words a drop-down offers: the cells its formula names on the lists sheet. */
function dropDown(book: ExcelJS.Workbook, ws: ExcelJS.Worksheet, header: string): string[] {
  let col = 0;
  ws.getRow(1).eachCell((cell, c) => {
    if (cell.text === header) col = c;
  });
  const letter = ws.getColumn(col).letter;
  const validation = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } }).dataValidations.model[`${letter}2`];
  const m = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(String(validation?.formulae[0] ?? ''));
  if (!m) return [];
  const lists = book.getWorksheet(m[1]?.replace(/''/g, "'") ?? '');
  const words: string[] = [];
  for (let r = Number(m[3]); r <= Number(m[5]); r++) words.push(lists?.getCell(`${m[2]}${r}`).text ?? '');
  return words;
}

async function openImport(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: 'Импорт' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ұсынуларды Excel-ден импорттау' })).toBeVisible();
}

test('a party’s list written the way parties write imports into the Kazakh desk with every region and party resolved', async ({ page, desk }) => {
  const aqJol = desk.must('parties.list', { electionId: 1 }).find((p) => p.code === 'aq-jol');
  if (!aqJol) throw new Error('the Mazhilis preset has Aq Jol');
  await page.goto(desk.url);
  await page.getByRole('button', { name: /^Ашу:/ }).click();
  await openImport(page);

  // The template in Kazakh: the regions and the parties of the election in its drop-downs, the parties listed.
  await expect(page.getByLabel('Үлгінің тілі')).toHaveValue('kk');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Үлгіні жүктеп алу' }).click()]);
  const file = test.info().outputPath('Ақ жол тізімі.xlsx');
  await download.saveAs(file);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.worksheets[0] as ExcelJS.Worksheet;
  const regions = dropDown(book, sheet, kk.field.residenceRegion);
  expect(regions).toHaveLength(20);
  expect(regions.slice(0, 4)).toEqual(['Астана қаласы', 'Алматы қаласы', 'Шымкент қаласы', 'Абай облысы']);
  expect(dropDown(book, sheet, kk.field.partyMembership)).toEqual(['AMANAT', 'Ауыл', 'Respublica', 'ҚХП', 'Байтақ', 'Ақ жол', 'ЖСДП', 'партиясыз']);
  const instructions: string[] = [];
  book.worksheets[1]?.eachRow((row) => instructions.push([1, 2, 3].map((c) => row.getCell(c).text).join(' | ')));
  expect(instructions).toContain('Ақ жол | aq-jol | «Ақ жол» Қазақстан демократиялық партиясы');

  await fillTemplate(file, PEOPLE);
  await page.getByLabel('Тізім қай партияныкі').selectOption({ label: aqJol.name.kk });
  await page.getByLabel('Импортталатын кітап (.xlsx)').setInputFiles(file);
  const counts = page.getByRole('table', { name: 'Импорт не істейтіні бойынша жолдар' });
  // Read, new persons, persons on file, already nominated, repeated, cannot be recorded, with errors, with warnings.
  await expect(counts.getByRole('cell')).toHaveText(['3', '3', '0', '0', '0', '0', '0', '3']);
  await expect(page.getByRole('region', { name: 'Импорттан кейінгі партиялық тізімдер' }).getByRole('rowheader')).toHaveText(['Ақ жол']);
  await page.setViewportSize({ width: 1280, height: 2000 });
  await page.screenshot({ path: test.info().outputPath('import-screen-kk.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });

  await page.getByRole('button', { name: 'Импортты енгізу' }).click();
  const dialog = page.getByRole('dialog', { name: 'Импортты енгізу керек пе?' });
  await dialog.getByRole('button', { name: 'Енгізу', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'енгізілген ұсынулар: 3' })).toBeVisible();

  // The candidate form shows the region the party wrote in Russian by its Kazakh name.
  await page.getByRole('button', { name: 'Кандидаттарға өту' }).click();
  await page.getByRole('grid', { name: 'Кандидаттар' }).getByRole('button', { name: 'Ашу: Бекетов Ерлан' }).click();
  const region = page.getByLabel('Тұратын облысы (қаласы)');
  await expect(region).toHaveValue('akmola');
  await expect(region.locator('option:checked')).toHaveText('Ақмола облысы');
  await expect(page.getByLabel('Партиялығы').locator('option:checked')).toHaveText(aqJol.name.kk);

  // The printed list in Kazakh: the party by its Kazakh short name, the regions in Kazakh, each settlement kept but
  // the city that is itself the region.
  await page.getByRole('navigation').getByRole('button', { name: 'Тізімдер' }).click();
  await page.getByRole('button', { name: `Тізімді ашу: ${aqJol.name.kk}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Ақ жол');
  await page.getByRole('button', { name: 'Тізімді басып шығару' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '«Ақ жол» партиясы ұсынған депутаттыққа кандидаттардың тізімі' })).toBeVisible();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(4);
  const residence = (n: number) => rows.nth(n).getByRole('cell').nth(3);
  await expect(residence(1)).toHaveText('Астана қаласы');
  await expect(residence(2)).toHaveText('Ақмола облысы, Көкшетау');
  await expect(residence(3)).toHaveText('Шығыс Қазақстан облысы, Өскемен');
  await page.screenshot({ path: test.info().outputPath('printed-list-kk.png'), fullPage: true });
});

test('a region an old import stored as text is shown as it is, with a warning asking for the region', async ({ page, desk }) => {
  const [district] = desk.must('districts.list', { electionId: 1 });
  const stored = 'Павлодарская обл., г. Экибастуз';
  desk.must('nominations.create', {
    electionId: 1,
    person: {
      surname: 'Сергеев', givenName: 'Павел', patronymic: '', iin: makeIin('1978-03-03', 'male', 44), birthDate: '1978-03-03',
      sex: 'male', citizenship: 'KZ', residentSince: '1978-03-03', disability: false, residenceRegion: stored, residenceSettlement: '',
      education: '', occupation: '', workplace: '', partyMembership: '', nationality: '',
      declarations: { incapacity: 'no', imprisonment: 'no', criminalRecord: 'no', corruption: 'no' }, serviceRestriction: '',
    },
    nomination: { kind: 'district-self', districtId: district?.id ?? null, receivedOn: '2023-02-01', receivedTime: '10:00' },
  });
  await page.goto(desk.url);
  await page.getByRole('button', { name: /^Ашу:/ }).click();
  await page.getByRole('grid', { name: 'Кандидаттар' }).getByRole('button', { name: 'Ашу: Сергеев Павел' }).click();
  const region = page.getByLabel('Тұратын облысы (қаласы)');
  // Not «not stated»: the stored text, until the clerk chooses; and the warning says which text and what to do.
  await expect(region.locator('option:checked')).toHaveText(stored);
  await expect(region).toHaveAccessibleDescription(
    `Ескерту: Тұратын облысы «${stored}» деген мәтінмен жазылған, ол бұл сайлаудың бірде-бір облысын (республикалық маңызы бар қаласын) атамайды. Тұратын облысын тізімнен таңдаңыз.`,
  );
  await region.selectOption({ label: 'Павлодар облысы' });
  await expect(region).not.toHaveAccessibleDescription(/Ескерту/);
});
