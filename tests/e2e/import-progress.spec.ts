import { writeLargeDistrictFile } from '../fixtures/large-workbook';
import { expect, test } from './fixtures';

// Issue 15, item 3 and its "Must show": in browser mode (the commission server, its job thread), committing a large
// import shows its progress on the screen that started it: a bar and a count of the rows written out of all of them
// (persons, then nominations), and that the commit, one transaction, cannot be stopped midway. The count moves while
// the commit runs, because the job thread writes and the request thread answers the page's polls. 20,000 rows here;
// TIZIM_E2E_IMPORT_ROWS=100000 for the screenshot.

test.use({ server: true, ignoreHTTPSErrors: true, jobs: true, locale: 'ru-RU' });

const ROWS = Number(process.env.TIZIM_E2E_IMPORT_ROWS ?? 20_000);
const number = (n: number): string => new Intl.NumberFormat('ru-RU').format(n).replace(/\s/g, ' ');

test(`a ${ROWS}-row import commit shows its progress, counted, with no stop`, async ({ page, desk }) => {
  test.setTimeout(Math.max(120_000, ROWS * 4));
  const file = test.info().outputPath('Кандидаты по округам.xlsx');
  await writeLargeDistrictFile(file, ROWS);
  await page.goto(desk.url);
  await page.getByRole('button', { name: /^Открыть:/ }).click();
  await page.getByRole('navigation').getByRole('button', { name: 'Импорт' }).click();
  await page.getByLabel('Книга для импорта (.xlsx)').setInputFiles(file);
  await expect(page.getByRole('heading', { level: 2, name: 'Что содержит файл' })).toBeVisible({ timeout: ROWS * 2 });

  await page.getByRole('button', { name: 'Внести импорт' }).click();
  await page.getByRole('dialog', { name: 'Внести импорт?' }).getByRole('button', { name: 'Внести', exact: true }).click();

  const progress = page.getByRole('group', { name: 'Запись в реестр' });
  const total = number(ROWS * 2);
  // A count part-way, out of every row the commit writes.
  const count = progress.getByText(new RegExp(`^[1-9][\\d\\u00a0\\u202f ]* из ${total.replace(/ /g, '[\\u00a0\\u202f ]')}$`));
  await expect(count).toBeVisible({ timeout: ROWS * 2 });
  await expect(progress.getByRole('progressbar')).toHaveAttribute('max', String(ROWS * 2));
  await expect(progress.getByText('Импорт записывается одной транзакцией: остановить его на середине нельзя.')).toBeVisible();
  await expect(progress.getByRole('button')).toHaveCount(0);
  await progress.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('import-commit-progress.png') });
  const first = await count.textContent();

  await expect(page.getByText(`Из «Кандидаты по округам.xlsx» внесено выдвижений: ${number(ROWS)}`)).toBeVisible({ timeout: ROWS * 4 });
  await expect(progress).toBeHidden();
  expect(first).not.toBe(`${total} из ${total}`);
  expect(desk.must('nominations.list', { electionId: 1, limit: 1 }).total).toBe(ROWS);
});
