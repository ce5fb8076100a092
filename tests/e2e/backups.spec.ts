import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';

// Issue 14, item 1: the administrator's screen shows the last backup and its folder, warns when there is none from
// the last day, and makes one.

test('the administrator chooses the backup folder, is warned there is no backup, and makes one', async ({ page, desk }) => {
  const folder = mkdtempSync(join(tmpdir(), 'tizim-e2e-usb-'));
  try {
    await page.goto(desk.url);
    await page.getByRole('button', { name: 'Users' }).click();
    const panel = page.getByRole('region', { name: 'Backups' });
    await expect(panel.getByRole('alert')).toHaveText('There is no backup of this ledger yet. Choose a folder and make one.');
    await expect(panel.getByRole('button', { name: 'Make a backup now' })).toBeDisabled();

    await panel.getByLabel('Backup folder').fill('backups');
    await panel.getByLabel('Backups to keep').fill('3');
    await panel.getByRole('button', { name: 'Save the backup settings' }).click();
    await expect(panel.getByRole('alert').last()).toContainText('Give the backup folder as a full path');

    await panel.getByLabel('Backup folder').fill(folder);
    await panel.getByRole('button', { name: 'Save the backup settings' }).click();
    await panel.getByRole('button', { name: 'Make a backup now' }).click();
    await expect(panel.getByRole('status')).toHaveText(/^Backup made and checked: tizim-[0-9a-f]{8}-\d{8}T\d{6}Z-j\d+\.sqlite\.$/);
    await expect(panel.getByText(/^Last good backup: .*, journal entry \d+, in /)).toContainText(folder);
    await expect(panel.getByText('Backups in the folder: 1.')).toBeVisible();
    await expect(panel.getByText('There is no backup of this ledger yet.', { exact: false })).toHaveCount(0);
    await page.screenshot({ path: 'test-results/backups-panel.png', fullPage: true });
    expect(readdirSync(folder).filter((n) => n.endsWith('.sqlite'))).toHaveLength(1);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
