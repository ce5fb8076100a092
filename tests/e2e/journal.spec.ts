import { expect, test } from './fixtures';

// The journal screen: who did what and when, newest first, and the ledger's own proof of its chain.

test.use({ locale: 'en-GB' });

test('the journal lists the changes and verifies the ledger', async ({ page, desk }) => {
  await page.goto(desk.url);
  await page.getByRole('button', { name: 'Journal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Who' })).toBeVisible();
  // The newest row is this page's sign-in; before it, the last party the preset loaded, named as a reader would name
  // it, in the reader's language. When, who, action, record, its id, about whom or what, the start of the row's hash.
  await expect(table.getByRole('row').nth(1).getByRole('cell')).toHaveText([
    /^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}:\d{2}$/, 'Аманова Сәуле', 'Signed in', 'user', '1', 'Аманова Сәуле (amanova)', /^[0-9a-f]{12}$/,
  ]);
  await expect(table.getByRole('row').nth(2).getByRole('cell')).toHaveText([
    /^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}:\d{2}$/, 'Аманова Сәуле', 'Party added', 'party', '7', 'JSDP / ОСДП', /^[0-9a-f]{12}$/,
  ]);
  await expect(table.getByRole('row').filter({ hasText: 'Region added' }).first()).toContainText('East Kazakhstan Region');
  // The administrator added and signed in twice (the fixture, the page), the election, its 20 regions, 29 districts
  // and 7 parties, a page of 50 at a time.
  await expect(page.getByText(/^Entries 1–\d+ of \d+$/)).toHaveText('Entries 1–50 of 60');
  await expect(table.getByRole('row')).toHaveCount(51);

  await page.getByRole('button', { name: 'Verify ledger' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The ledger is intact' })).toContainText('SQLite integrity check: ok');
});
