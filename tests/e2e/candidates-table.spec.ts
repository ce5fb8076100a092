import { openLedger } from '../../src/ledger';
import { seedCandidates } from '../fixtures/synthetic';
import { expect, test, type Desk } from './fixtures';

// The candidates table over a ledger too big to load at once: it shows the total, holds only the rows in view,
// fetches pages of at most 100 rows by offset, and is driven by the keyboard as an ARIA grid.

test.use({ locale: 'ru-RU' });

const COUNT = 5000;

function seed(desk: Desk): void {
  const ledger = openLedger(desk.path, { mustExist: true });
  try {
    seedCandidates(ledger, 1, COUNT);
  } finally {
    ledger.close();
  }
}

test('thousands of nominations: paged, virtualised and keyboard-driven', async ({ page, desk }) => {
  seed(desk);
  const listCalls: { offset: number; limit: number }[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/nominations.list'))
      listCalls.push(JSON.parse(request.postData() ?? '{}') as { offset: number; limit: number });
  });
  await page.goto(desk.url);
  await page.getByRole('button', { name: /^Открыть:/ }).click();
  const grid = page.getByRole('grid', { name: 'Кандидаты' });
  await expect(grid).toBeVisible();
  await expect(page.getByText(/^Найдено: 5\s000$/)).toBeVisible();
  await expect(grid).toHaveAttribute('aria-rowcount', String(COUNT + 1));
  expect(await grid.getByRole('row').count()).toBeLessThan(120);

  // From the search box, ↓ enters the list; End goes to the last nomination, fetching only its page.
  await page.getByLabel('Поиск по ФИО или ИИН').press('ArrowDown');
  const first = grid.locator('[role=row][aria-rowindex="2"]');
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(grid.locator('[role=row][aria-rowindex="3"]')).toBeFocused();
  await page.keyboard.press('End');
  const last = grid.locator(`[role=row][aria-rowindex="${COUNT + 1}"]`);
  await expect(last).toBeFocused();
  await expect(last).toHaveAttribute('aria-selected', 'true');
  await expect(last.getByRole('gridcell').first()).not.toHaveText('Загрузка…');
  expect(await grid.getByRole('row').count()).toBeLessThan(120);
  expect(listCalls.every((c) => c.limit <= 100)).toBe(true);
  expect(new Set(listCalls.map((c) => c.offset)).size).toBeLessThanOrEqual(6);

  // Enter opens the row in the form; Escape comes back to the same row.
  const name = (await last.getByRole('gridcell').first().textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Кандидат: ${name}` })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(grid.locator(`[role=row][aria-rowindex="${COUNT + 1}"]`)).toHaveAttribute('aria-selected', 'true');
  await expect(grid.locator(`[role=row][aria-rowindex="${COUNT + 1}"]`)).toBeInViewport();

  // The filters narrow the query on the server.
  await page.getByLabel('Способ выдвижения').selectOption('party-list');
  await expect(page.getByText(/^Найдено: 1\s250$/)).toBeVisible();
  await expect(grid.getByRole('row').nth(1)).toContainText('Партийный список');
  await page.getByLabel('Способ выдвижения').selectOption('');
  await page.getByLabel('Поиск по ФИО или ИИН').fill('ұзақова гүлнар');
  await expect(page.getByText(/^Найдено: \d+$/)).toHaveText('Найдено: 10');
  const rows = grid.getByRole('row');
  await expect(rows.nth(1)).toContainText('Ұзақова Гүлнар');
});
