import { openLedger } from '../../src/ledger';
import { seedCandidates } from '../fixtures/synthetic';
import { expect, test, type Desk } from './fixtures';

// Issue 11, item 20, in the Kazakh UI: from the search box of the candidates table, ↓ goes to the first row of the
// results, not to the row last worked on; a search typed and not yet asked is asked at once.

test.use({ locale: 'kk-KZ' });

function seed(desk: Desk, count: number): void {
  const ledger = openLedger(desk.path, { mustExist: true });
  try {
    seedCandidates(ledger, 1, count);
  } finally {
    ledger.close();
  }
}

test('↓ in the search box goes to the first row of the results', async ({ page, desk }) => {
  seed(desk, 200);
  await page.goto(desk.url);
  await page.getByRole('button', { name: /^Ашу:/ }).click();
  const grid = page.getByRole('grid', { name: 'Кандидаттар' });
  const search = page.getByLabel('Аты-жөні немесе ЖСН бойынша іздеу');
  const row = (n: number) => grid.locator(`[role=row][aria-rowindex="${n + 1}"]`);
  await expect(page.getByText(/^Табылғаны: 200$/)).toBeVisible();
  await expect(search).toBeFocused();

  // The clerk works on the sixth row and comes back from the form: that row is still the table's chosen one…
  await search.press('ArrowDown');
  await expect(row(1)).toBeFocused();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
  await expect(row(6)).toBeFocused();
  const sixth = (await row(6).getByRole('gridcell').first().textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Кандидат: ${sixth}` })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(search).toBeFocused();
  await expect(row(6)).toHaveAttribute('aria-selected', 'true');

  // …but ↓ from the search box goes to the first row.
  await search.press('ArrowDown');
  await expect(row(1)).toBeFocused();
  await expect(row(1)).toHaveAttribute('aria-selected', 'true');
  await expect(row(6)).toHaveAttribute('aria-selected', 'false');

  // Down the list and back up to the search box with the mouse: ↓ again starts at the first row.
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await expect(row(4)).toBeFocused();
  await search.click();
  await search.press('ArrowDown');
  await expect(row(1)).toBeFocused();

  // A search typed and ↓ pressed at once, before the pause after which the desk asks: the first row of that search.
  await search.click();
  await search.fill('ұзақова гүлнар');
  await search.press('ArrowDown');
  await expect(row(1)).toBeFocused();
  await expect(row(1).getByRole('gridcell').first()).toHaveText(/^Ұзақова Гүлнар/);
  const total = page.getByText(/^Табылғаны: \d+$/);
  await expect(total).not.toHaveText('Табылғаны: 200');
});
