import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { catalogs } from '../../src/domain/i18n';
import { makeIin } from '../fixtures/iin';
import { fillTemplate, type TemplateRow } from '../fixtures/workbooks';
import { expect, test } from './fixtures';

// Issue 11, items 2 and 22, in the Russian UI. A party's list picked without its party is asked for at the party
// selector, not marked at every row; the file is picked through a button in the desk's language; the templates ask
// the time of receipt, so the 18:00 cut-off applies to imported rows; the outcome of the commit is shown where the
// clerk pressed the button and takes the focus. A district file names its parties as parties write them, and the
// candidates table shows each by its Russian short name.

test.use({ locale: 'ru-RU' });

const ru = catalogs.ru.core;
const NO = ru.declarationAnswer.no;

function candidate(surname: string, givenName: string, birthIso: string, sex: 'female' | 'male', serial: number, more: Partial<TemplateRow>): TemplateRow {
  return {
    surname, givenName, iin: makeIin(birthIso, sex, serial), birthDate: new Date(`${birthIso}T00:00:00Z`), sex: ru.sex[sex],
    citizenship: ru.citizenship.KZ, residentSince: new Date(`${birthIso}T00:00:00Z`), disability: NO, residenceRegion: 'город Астана',
    declIncapacity: NO, declImprisonment: NO, declCriminalRecord: NO, declCorruption: NO, ...more,
  };
}

async function openImport(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: /^Открыть:/ }).click();
  await page.getByRole('navigation').getByRole('button', { name: 'Импорт' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Импорт выдвижений из Excel' })).toBeVisible();
}

async function downloadTemplate(page: Page, name: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Скачать шаблон' }).click()]);
  const file = test.info().outputPath(name);
  await download.saveAs(file);
  return file;
}

async function header(file: string): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return (book.worksheets[0]?.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
}

/** Picks the file as a clerk does: the button in the desk's language opens the browser's file chooser. */
async function pick(page: Page, file: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Выбрать книгу…' }).click()]);
  await chooser.setFiles(file);
}

async function commit(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Внести импорт' }).click();
  const dialog = page.getByRole('dialog', { name: 'Внести импорт?' });
  await dialog.getByRole('button', { name: 'Внести', exact: true }).click();
  await expect(dialog).toBeHidden();
}

test('a party list without its party is asked for at the selector; the time of receipt and the outcome are where they belong', async ({ page, desk }) => {
  const amanat = desk.must('parties.list', { electionId: 1 }).find((p) => p.code === 'amanat');
  if (!amanat) throw new Error('the Mazhilis preset has AMANAT');
  await page.goto(desk.url);
  await openImport(page);

  // The template asks the time of receipt, right after its date.
  const file = await downloadTemplate(page, 'Список АМАНАТ.xlsx');
  const columns = await header(file);
  expect(columns.slice(columns.indexOf(ru.field.receivedOn), columns.indexOf(ru.field.receivedOn) + 2)).toEqual([ru.field.receivedOn, ru.field.receivedTime]);
  await fillTemplate(file, [
    candidate('Әлиева', 'Гүлнар', '1985-06-01', 'female', 51, { partyMembership: 'партия «AMANAT»', receivedOn: '08.02.2023', receivedTime: '17:45' }),
    candidate('Бекетов', 'Ерлан', '1979-12-30', 'male', 52, { partyMembership: 'Аманат', receivedOn: '08.02.2023', receivedTime: '18:30' }),
  ]);

  // The file picked without the party: the party is asked for at its selector, which takes the focus; no row is marked.
  await expect(page.getByText('Файл ещё не выбран.')).toBeVisible();
  await pick(page, file);
  await expect(page.getByRole('status').filter({ hasText: 'Файл: Список АМАНАТ.xlsx' })).toBeVisible();
  const party = page.getByLabel('Партия, чей это список');
  await expect(page.getByRole('alert')).toHaveText(
    'В файле Список АМАНАТ.xlsx нет столбцов способа выдвижения, округа и партии: это партийный список. Выберите партию, чей это список (в командной строке: --party).',
  );
  await expect(party).toBeFocused();
  await expect(party).toHaveAttribute('aria-invalid', 'true');
  await expect(party).toHaveAccessibleDescription(/Выберите партию, чей это список/);
  await expect(page.getByRole('table', { name: 'Строки по тому, что сделает импорт' })).toHaveCount(0);
  await expect(page.getByText('Способ выдвижения — обязательное поле')).toHaveCount(0);

  // The party chosen, the preview: the nomination received at 18:30 of the closing day is late, the one at 17:45 is not.
  await party.selectOption({ label: amanat.name.ru });
  await expect(party).not.toHaveAttribute('aria-invalid', 'true');
  const rows = page.getByRole('table', { name: 'Строки' });
  const late = 'Документы приняты после окончания выдвижения (08.02.2023, 18:00 по местному времени).';
  await expect(rows.getByRole('row').filter({ hasText: 'Бекетов Ерлан' })).toContainText(late);
  await expect(rows.getByRole('row').filter({ hasText: 'Әлиева Гүлнар' })).not.toContainText(late);
  await expect(rows.getByRole('row').filter({ hasText: 'Әлиева Гүлнар' })).not.toContainText('укажите время приёма');

  // The outcome is shown under the button the clerk pressed, in view, and takes the focus.
  await commit(page);
  const outcome = page.getByRole('status').filter({ hasText: 'Из «Список АМАНАТ.xlsx» внесено выдвижений: 2, из них новых лиц: 2.' });
  await expect(outcome).toBeVisible();
  await expect(outcome).toBeFocused();
  await expect(outcome).toBeInViewport();
  await expect(page.getByRole('region', { name: 'Внесение' })).toContainText('Из «Список АМАНАТ.xlsx» внесено выдвижений: 2');
  await page.screenshot({ path: test.info().outputPath('import-outcome-ru.png') });
});

test('a district file names its parties as parties write them, and the table shows each by its Russian short name', async ({ page, desk }) => {
  await page.goto(desk.url);
  await openImport(page);
  await page.getByLabel('Шаблон для').selectOption('district');
  const file = await downloadTemplate(page, 'Округа.xlsx');
  const kind = ru.kind['district-party'];
  await fillTemplate(file, [
    candidate('Әлиева', 'Гүлнар', '1985-06-01', 'female', 61, { districtId: 1, kind, partyId: 'партия «Respublica»', receivedOn: '01.02.2023' }),
    candidate('Бекетов', 'Ерлан', '1979-12-30', 'male', 62, { districtId: 2, kind, partyId: 'Ак жол', receivedOn: '01.02.2023' }),
    candidate('Қасымов', 'Нұрлан', '1975-04-04', 'male', 63, { districtId: 3, kind, partyId: '«Ақ жол» Қазақстан демократиялық партиясы', receivedOn: '01.02.2023' }),
    candidate('Өтепова', 'Сәуле', '1982-03-03', 'female', 64, { districtId: 4, kind, partyId: 'Народная партия Казахстана', receivedOn: '01.02.2023' }),
  ]);
  await pick(page, file);
  const counts = page.getByRole('table', { name: 'Строки по тому, что сделает импорт' });
  // Read, new persons, persons on file, already nominated, repeated, cannot be recorded, with errors, with warnings.
  await expect(counts.getByRole('cell')).toHaveText(['4', '4', '0', '0', '0', '0', '0', '4']);
  await commit(page);
  await page.getByRole('button', { name: 'Перейти к кандидатам' }).click();
  const grid = page.getByRole('grid', { name: 'Кандидаты' });
  const nominator = (name: string) => grid.getByRole('row').filter({ hasText: name }).getByRole('gridcell').nth(4);
  await expect(nominator('Әлиева Гүлнар')).toHaveText('Respublica');
  await expect(nominator('Бекетов Ерлан')).toHaveText('Ак жол');
  await expect(nominator('Қасымов Нұрлан')).toHaveText('Ак жол');
  await expect(nominator('Өтепова Сәуле')).toHaveText('НПК');
});
