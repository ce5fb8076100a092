import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { makeIin } from '../fixtures/iin';
import { expect, test } from './fixtures';

// Issue 14, item 4 on the screen: a workbook with several visible sheets gets a sheet selector (the first visible
// one read until the clerk picks another), and the preview tells of the hidden sheets and hidden rows it found.

test.use({ locale: 'ru-RU' });

const HEADER = ['Фамилия', 'Имя', 'ИИН', 'Дата рождения', 'Пол', 'Гражданство', 'Постоянно проживает в Казахстане с', 'Партийность'];
const row = (surname: string, iin: string, born: string, sex: string): (string | Date)[] => [
  surname, 'Тест', iin, new Date(`${born}T00:00:00Z`), sex, 'Казахстан', new Date(`${born}T00:00:00Z`), 'AMANAT',
];

async function workbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const hidden = wb.addWorksheet('Черновик', { state: 'hidden' });
  hidden.addRow(HEADER);
  hidden.addRow(row('Черновикова', makeIin('1985-06-01', 'female', 61), '1985-06-01', 'Женский'));
  const first = wb.addWorksheet('Список 1');
  first.addRow(HEADER);
  first.addRow(row('Біріншіева', makeIin('1985-06-01', 'female', 62), '1985-06-01', 'Женский'));
  const second = wb.addWorksheet('Список 2');
  second.addRow(HEADER);
  second.addRow(row('Екіншіев', makeIin('1979-12-30', 'male', 63), '1979-12-30', 'Мужской'));
  second.addRow(row('Көрінбеев', makeIin('1980-05-05', 'male', 64), '1980-05-05', 'Мужской')).hidden = true;
  await wb.xlsx.writeFile(path);
}

async function pick(page: Page, file: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Выбрать книгу…' }).click()]);
  await chooser.setFiles(file);
}

test('the clerk picks the sheet of a workbook with several, and is told what is hidden', async ({ page, desk }) => {
  const amanat = desk.must('parties.list', { electionId: 1 }).find((p) => p.code === 'amanat');
  if (!amanat) throw new Error('the Mazhilis preset has AMANAT');
  const file = test.info().outputPath('Списки.xlsx');
  await workbook(file);
  await page.goto(desk.url);
  await page.getByRole('button', { name: /^Открыть:/ }).click();
  await page.getByRole('navigation').getByRole('button', { name: 'Импорт' }).click();
  await pick(page, file);
  await page.getByLabel('Партия, чей это список').selectOption({ label: amanat.name.ru });

  const sheet = page.getByLabel('Лист для импорта');
  await expect(sheet).toHaveValue('Список 1');
  await expect(sheet.locator('option')).toHaveText(['Список 1', 'Список 2']);
  await expect(sheet).toHaveAccessibleDescription('В книге видимых листов: 2; читается первый, если не выбран другой.');
  await expect(page.getByText('Скрытые листы не прочитаны (1): «Черновик». Если на них есть кандидаты, отобразите лист в Excel и выберите файл заново.')).toBeVisible();
  const rows = page.getByRole('table', { name: 'Строки' });
  await expect(rows.getByRole('row').filter({ hasText: 'Біріншіева' })).toHaveCount(1);
  await expect(page.getByText('Внимание: строки этого листа, скрытые в Excel')).toHaveCount(0);

  await sheet.selectOption('Список 2');
  await expect(rows.getByRole('row').filter({ hasText: 'Екіншіев' })).toHaveCount(1);
  await expect(rows.getByRole('row').filter({ hasText: 'Біріншіева' })).toHaveCount(0);
  await expect(page.getByText('Внимание: строки этого листа, скрытые в Excel (1), читаются наравне с остальными: 3.')).toBeVisible();
  await page.locator('.import-summary').screenshot({ path: 'test-results/import-sheet-ru.png' });

  await page.getByRole('button', { name: 'Внести импорт' }).click();
  const dialog = page.getByRole('dialog', { name: 'Внести импорт?' });
  await dialog.getByRole('button', { name: 'Внести', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Из «Списки.xlsx» внесено выдвижений: 2' })).toBeVisible();
  const surnames = desk.must('nominations.list', { electionId: 1 }).rows.map((r) => r.surname).sort();
  expect(surnames).toEqual(['Екіншіев', 'Көрінбеев']);
});
