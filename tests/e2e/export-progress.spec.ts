import { openLedger } from '../../src/ledger';
import { formatNumber } from '../../src/domain/numbers';
import { seedCandidates } from '../fixtures/synthetic';
import { expect, test } from './fixtures';

// Issue 15, item 3: a large export shows its progress on the reports screen (a bar, the rows written of the report's
// rows) with a stop reached from the keyboard; stopping downloads nothing and says so, and the screen goes on working.
// The journal extract of 25,000 seeded candidates (a person and a nomination each) is over 50,000 rows.

test.use({ locale: 'ru-RU', viewport: { width: 1280, height: 800 } });

const CANDIDATES = 25_000;
const number = (n: number): string => new Intl.NumberFormat('ru-RU').format(n);
/** A count part-way: thousands of rows written (the writer reports every 1,000), out of the report's rows. */
const partWay = (of: string, rows: number): RegExp => new RegExp(`^[1-9][\\d\\u00a0\\u202f ]*000 ${of} ${number(rows).replace(/\s/g, '[\\u00a0\\u202f ]')}$`);

test('a large export shows its rows written, and Stop (from the keyboard) downloads nothing', async ({ page, desk }) => {
  test.setTimeout(90_000);
  // Seeded straight into the ledger file, then the desk opened again on it, as after a large import.
  const ledger = openLedger(desk.path);
  seedCandidates(ledger, 1, CANDIDATES, 'clerk.e2e');
  ledger.close();
  await desk.restart();
  // Every journal entry is a row of the extract: the seeded ones and the fixture's own (the election, the sign-ins).
  const rows = desk.must('journal.list', { limit: 1 }).rows[0]?.seq ?? 0;
  expect(rows).toBeGreaterThan(CANDIDATES * 2);
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));

  await page.goto(desk.url);
  await page.getByRole('button', { name: /^Открыть:/ }).click();
  await page.getByRole('button', { name: 'Отчёты' }).click();
  await page.getByLabel('Отчёт', { exact: true }).selectOption('journal');
  // The preview's count is written as Russian writes numbers (issue 11, item 12), not «50062».
  await expect(page.getByText(/^Выписка из журнала: первые 20 строк из /)).toHaveText(
    `Выписка из журнала: первые 20 строк из ${formatNumber(rows, 'ru')}`,
  );
  expect(formatNumber(rows, 'ru')).toMatch(/^5\d\s\d{3}$/);
  const progress = page.getByRole('group', { name: 'Запись отчёта в Excel' });
  const exportButton = page.getByRole('button', { name: 'Экспорт в Excel' });

  // Run to its end, once: the bar counts the rows, then goes, and the whole file downloads.
  const [whole] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    (async () => {
      await exportButton.click();
      await expect(progress.getByText(partWay('из', rows))).toBeVisible({ timeout: 30_000 });
      await expect(progress.getByRole('progressbar')).toHaveAttribute('max', String(rows));
      await expect(progress.getByRole('button', { name: 'Остановить' })).toBeVisible();
      await page.screenshot({ path: test.info().outputPath('export-progress-ru.png') });
    })(),
  ]);
  expect(whole.suggestedFilename()).toMatch(/^journal-1-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await expect(progress).toBeHidden();
  downloads.length = 0;

  // Stopped from the keyboard: the stop comes right after the export button.
  await exportButton.focus();
  await page.keyboard.press('Enter');
  await expect(progress.getByText(partWay('из', rows))).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press('Tab');
  await expect(progress.getByRole('button', { name: 'Остановить' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'остановлена' })).toHaveText('Выгрузка отчёта остановлена; файл не сохранён.', { timeout: 30_000 });
  await expect(progress).toBeHidden();
  await expect(exportButton).toBeFocused();

  // The same in Kazakh: the bar's label, its count and its stop, and what is said after it.
  await page.getByRole('button', { name: 'Қазақша' }).click();
  await expect(page.getByLabel('Есеп', { exact: true })).toHaveValue('journal');
  await page.getByRole('button', { name: 'Excel-ге экспорттау' }).click();
  const kazakh = page.getByRole('group', { name: 'Есепті Excel-ге жазу' });
  await expect(kazakh.getByText(partWay('/', rows))).toBeVisible({ timeout: 30_000 });
  await kazakh.getByRole('button', { name: 'Тоқтату' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'тоқтатылды' })).toHaveText('Есепті экспорттау тоқтатылды; файл сақталмады.', { timeout: 30_000 });
  expect(downloads).toEqual([]);

  // The screen goes on working: a small report downloads whole.
  await page.getByLabel('Есеп', { exact: true }).selectOption('quota');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Excel-ге экспорттау' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^quota-1-\d{4}-\d{2}-\d{2}\.xlsx$/);
});
