import { expect, test } from './fixtures';

// The journal screen: who did what and when, newest first, and the ledger's own proof of its chain.

test.use({ locale: 'en-GB' });

test('the journal lists the changes and verifies the ledger', async ({ page, desk }) => {
  await page.goto(desk.url);
  await page.getByRole('button', { name: 'Journal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Who' })).toBeVisible();
  await expect(table.getByRole('row').nth(1)).toContainText('clerk.e2e');
  // The newest row is the last party the preset loaded, named as a reader would name it, in the reader's language.
  await expect(table.getByRole('row').nth(1)).toContainText('Party added');
  await expect(table.getByRole('row').nth(1)).toContainText('JSDP / ОСДП');
  await expect(table.getByRole('row').filter({ hasText: 'Region added' }).first()).toContainText('East Kazakhstan Region');
  await expect(page.getByText(/^Entries 1–\d+ of \d+$/)).toBeVisible();

  await page.getByRole('button', { name: 'Verify ledger' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The ledger is intact' })).toContainText('SQLite integrity check: ok');
});
