import { writeLargeDistrictFile } from '../fixtures/large-workbook';
import { expect, test } from './fixtures';

// Issue 15, item 6: reading a large workbook for the preview shows its progress on the import screen, as the commit
// does: a bar, the count of rows read so far (the total is known only once the sheet is read), and a stop. Stopping
// reads nothing into the ledger and says so; reading the file again then gives the preview.

test.use({ server: true, ignoreHTTPSErrors: true, jobs: true, locale: 'ru-RU' });

// Large enough that the reading is still under way when Stop is pressed, on a fast machine too (20,000 rows once
// finished between the count and the click, and the click waited for a button no longer there).
const ROWS = 60_000;

test('the preview of a large workbook shows the rows read, and a stop that leaves the ledger as it was', async ({ page, desk }) => {
  test.setTimeout(180_000);
  const file = test.info().outputPath('Кандидаты по округам.xlsx');
  await writeLargeDistrictFile(file, ROWS);
  await page.goto(desk.url);
  await page.getByRole('button', { name: /^Открыть:/ }).click();
  await page.getByRole('navigation').getByRole('button', { name: 'Импорт' }).click();
  await page.getByLabel('Книга для импорта (.xlsx)').setInputFiles(file);

  const reading = page.getByRole('group', { name: 'Чтение файла' });
  // A count of rows read part-way (the reader reports every 1,000 rows).
  await expect(reading.getByText(/^Прочитано строк: [1-9][\d\u00a0\u202f ]*000$/)).toBeVisible({ timeout: 60_000 });
  await expect(reading.getByRole('progressbar')).toBeVisible();
  await reading.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('import-preview-progress.png') });
  await reading.getByRole('button', { name: 'Остановить' }).click();

  await expect(page.getByText('Операция остановлена по вашему запросу; в реестре ничего не изменено.')).toBeVisible({ timeout: 30_000 });
  await expect(reading).toBeHidden();
  expect(desk.must('nominations.list', { electionId: 1, limit: 1 }).total).toBe(0);

  await page.getByRole('button', { name: 'Прочитать файл заново' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Что содержит файл' })).toBeVisible({ timeout: 120_000 });
  await expect(reading).toBeHidden();
});
