import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { catalogs } from '../../src/domain/i18n';
import { makeIin } from '../fixtures/iin';
import { fillTemplate, type TemplateRow } from '../fixtures/workbooks';
import { expect, test } from './fixtures';

// Issue 6's "Must show", end to end in the browser mode and the Russian UI: the clerk downloads the party-list
// template, the test fills it in as a party would (five candidates, one IIN with a wrong check digit), the clerk picks
// the file and the party, sees the bad IIN flagged at its sheet row, skips it, commits the rest and finds the
// candidates in the table. Importing the same file again adds no one.

// The Mazhilis: a party's list of candidates aged 25 and over, ten years resident.
test.use({ locale: 'ru-RU' });

const ru = catalogs.ru.core;
const NO = ru.declarationAnswer.no;

function candidate(surname: string, givenName: string, birthIso: string, sex: 'female' | 'male', serial: number): TemplateRow {
  return {
    surname, givenName, iin: makeIin(birthIso, sex, serial), birthDate: new Date(`${birthIso}T00:00:00Z`), sex: ru.sex[sex],
    citizenship: ru.citizenship.KZ, residentSince: new Date(`${birthIso}T00:00:00Z`), disability: NO, partyMembership: 'AMANAT',
    receivedOn: '01.02.2023', declIncapacity: NO, declImprisonment: NO, declCriminalRecord: NO, declCorruption: NO,
  };
}

/** The same IIN with its last digit changed: the check digit no longer matches. */
const wrongCheckDigit = (iin: string): string => `${iin.slice(0, 11)}${(Number(iin.slice(11)) + 1) % 10}`;

const people = [
  candidate('Әлиева', 'Гүлнар', '1985-06-01', 'female', 31),
  candidate('Бекетов', 'Ерлан', '1979-12-30', 'male', 32),
  candidate('Қасымов', 'Нұрлан', '1990-01-01', 'male', 33),
  candidate('Өтепова', 'Сәуле', '1982-03-03', 'female', 34),
  candidate('Жұмабаев', 'Арман', '1975-04-04', 'male', 35),
];
const badIin = wrongCheckDigit(makeIin('1990-01-01', 'male', 33));
(people[2] as TemplateRow).iin = badIin;

async function openImport(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: 'Импорт' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Импорт выдвижений из Excel' })).toBeVisible();
}

/** Picks the party and the file; the preview of the file follows. */
async function chooseFile(page: Page, path: string, partyName: string): Promise<void> {
  await page.getByLabel('Партия, чей это список').selectOption({ label: partyName });
  await page.getByLabel('Книга для импорта (.xlsx)').setInputFiles(path);
  await expect(page.getByRole('status').filter({ hasText: 'Файл: Список АМАНАТ.xlsx' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Что содержит файл' })).toBeVisible();
}

async function commit(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Внести импорт' }).click();
  const dialog = page.getByRole('dialog', { name: 'Внести импорт?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Внести', exact: true }).click();
  await expect(dialog).toBeHidden();
}

test('a party list is imported from the template: the bad IIN is flagged at its row and the rest are recorded', async ({ page, desk }) => {
  const amanat = desk.must('parties.list', { electionId: 1 }).find((p) => p.code === 'amanat');
  if (!amanat) throw new Error('the Mazhilis preset has AMANAT');
  const partyName = amanat.name.ru;

  await page.goto(desk.url);
  await page.getByRole('button', { name: /^Открыть:/ }).click();
  await openImport(page);

  // The template, as the UI offers it.
  await expect(page.getByLabel('Шаблон для')).toHaveValue('party-list');
  await expect(page.getByLabel('Язык шаблона')).toHaveValue('ru');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Скачать шаблон' }).click()]);
  expect(download.suggestedFilename()).toBe('template-party-list-ru.xlsx');
  const file = test.info().outputPath('Список АМАНАТ.xlsx');
  await download.saveAs(file);
  const template = new ExcelJS.Workbook();
  await template.xlsx.readFile(file);
  const header = (template.worksheets[0]?.getRow(1).values as ExcelJS.CellValue[]).slice(1);
  expect(header).toEqual(expect.arrayContaining(['Фамилия', 'Имя', 'ИИН', 'Дата рождения']));

  // The party fills it in: rows 2 to 6, the bad IIN on row 4.
  await fillTemplate(file, people);

  await chooseFile(page, file, partyName);
  const counts = page.getByRole('table', { name: 'Строки по тому, что сделает импорт' });
  // Read, new persons, persons already in the register, already nominated, repeated in the file, cannot be recorded,
  // recorded with errors, with warnings.
  await expect(counts.getByRole('cell')).toHaveText(['5', '4', '0', '0', '0', '1', '0', '4']);
  await expect(page.getByRole('region', { name: 'Партийные списки после импорта' })).toContainText('0 + 4 = 4');

  const rows = page.getByRole('table', { name: 'Строки' });
  const flagged = rows.getByRole('row').filter({ hasText: badIin });
  await expect(flagged.getByRole('cell').first()).toHaveText('4');
  await expect(flagged).toContainText('Не может быть внесена');
  await expect(flagged).toContainText('ИИН');
  await expect(rows.getByRole('row').filter({ hasText: 'Әлиева Гүлнар' })).toContainText('Новое лицо');
  await page.setViewportSize({ width: 1280, height: 2200 });
  await page.screenshot({ path: test.info().outputPath('import-preview.png') });
  await page.setViewportSize({ width: 1280, height: 720 });

  // Only the rows with problems: the bad one.
  await page.getByLabel('Только строки с замечаниями').check();
  await expect(rows.getByRole('row').filter({ hasText: 'Бекетов' })).toHaveCount(0);
  await expect(rows.getByRole('row').filter({ hasText: badIin })).toBeVisible();

  // Without skipping, the commit is refused; with it, the four others are recorded.
  await commit(page);
  await expect(page.getByRole('alert')).toHaveText(
    'Строк файла Список АМАНАТ.xlsx, которые нельзя внести: 1 (строки: 4). Исправьте их или выберите пропуск.',
  );
  await page.getByLabel('Пропустить строки, которые нельзя внести').check();
  await commit(page);
  const outcome = page.getByRole('status').filter({ hasText: 'Из «Список АМАНАТ.xlsx» внесено выдвижений: 4, из них новых лиц: 4.' });
  await expect(outcome).toBeVisible();
  await expect(outcome).toContainText('невносимых строк — 1');

  // The candidates are in the table.
  await outcome.getByRole('button', { name: 'Перейти к кандидатам' }).click();
  const search = page.getByLabel('Поиск по ФИО или ИИН');
  await search.fill('Өтепова');
  const grid = page.getByRole('grid', { name: 'Кандидаты' });
  await expect(grid.getByRole('row').filter({ hasText: 'Өтепова Сәуле' })).toHaveCount(1);
  await search.fill('Қасымов');
  await expect(grid.getByRole('row').filter({ hasText: 'Қасымов' })).toHaveCount(0);
  await search.fill('');
  await expect(page.getByText('Найдено: 4')).toBeVisible();

  // The same file again: everyone is already nominated, and nothing is added.
  await openImport(page);
  await chooseFile(page, file, partyName);
  await expect(counts.getByRole('cell')).toHaveText(['5', '0', '0', '4', '0', '1', '0', '0']);
  await page.getByLabel('Пропустить строки, которые нельзя внести').check();
  await commit(page);
  await expect(page.getByRole('status').filter({ hasText: 'Из «Список АМАНАТ.xlsx» ничего не добавлено.' })).toBeVisible();
  expect(desk.must('nominations.list', { electionId: 1 }).total).toBe(4);
});

test('the error report downloads with the flagged row and its findings', async ({ page, desk }) => {
  const amanat = desk.must('parties.list', { electionId: 1 }).find((p) => p.code === 'amanat');
  if (!amanat) throw new Error('the Mazhilis preset has AMANAT');
  await page.goto(desk.url);
  await page.getByRole('button', { name: /^Открыть:/ }).click();
  await openImport(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Скачать шаблон' }).click()]);
  const file = test.info().outputPath('Список АМАНАТ.xlsx');
  await download.saveAs(file);
  await fillTemplate(file, people);
  await chooseFile(page, file, amanat.name.ru);

  const [report] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Выгрузить отчёт об ошибках' }).click()]);
  expect(report.suggestedFilename()).toBe('Список АМАНАТ-errors.xlsx');
  const path = test.info().outputPath(report.suggestedFilename());
  await report.saveAs(path);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const rows: string[][] = [];
  book.worksheets[0]?.eachRow((row) => {
    const texts: string[] = [];
    row.eachCell((cell) => texts.push(cell.text));
    rows.push(texts);
  });
  expect(rows[0]).toEqual(expect.arrayContaining(['Фамилия', 'ИИН']));
  const flagged = rows.find((r) => r.includes(badIin));
  expect(flagged).toEqual(expect.arrayContaining(['Қасымов', 'Нұрлан']));
  expect(flagged?.join(' ')).toContain('Неверная контрольная цифра ИИН');
});
