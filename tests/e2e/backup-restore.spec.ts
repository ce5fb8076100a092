import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBackupSchedule } from '../../src/service/backup-schedule';
import { makeIin } from '../fixtures/iin';
import { expect, test } from './fixtures';

// Issue 14, items 1–3 on the screen: the administrator is warned after sign-in that the ledger has no backup, is taken
// to the Backups panel, sees the desk's own schedule, and restores a backup after a dialog says what will be lost.
// The long methods run on the job thread, as `tizim serve` runs them: the restore happens under its open connection.

test.use({ jobs: true });

const DOCUMENTS = {
  application: 'received', biography: 'received', 'declaration-candidate': 'received', 'declaration-spouse': 'received', deposit: 'received',
} as const;

test('the administrator is warned at sign-in, sees the automatic schedule and restores a backup after confirming what is lost', async ({ page, desk }) => {
  const folder = mkdtempSync(join(tmpdir(), 'tizim-e2e-usb-'));
  const schedule = startBackupSchedule(desk.service());
  try {
    await page.goto(desk.url);
    const warning = page.getByRole('note').filter({ hasText: 'backup' });
    await expect(warning.getByRole('paragraph')).toHaveText('There is no backup of this ledger yet.');
    await page.screenshot({ path: 'test-results/backup-warning-en.png' });
    await warning.getByRole('button', { name: 'Go to the backups' }).click();
    const panel = page.getByRole('region', { name: 'Backups' });
    await expect(panel.getByRole('heading', { name: 'Backups', exact: true })).toBeFocused();
    await expect(page.getByRole('note')).toHaveCount(0);
    await expect(panel.getByText('Automatic backups start once the folder is chosen.')).toBeVisible();

    await panel.getByLabel('Backup folder').fill(folder);
    await panel.getByRole('button', { name: 'Save the backup settings' }).click();
    await expect(panel.getByText('Automatic backups: every 15 minutes while changes are made, and when the desk closes.')).toBeVisible();
    await panel.getByRole('button', { name: 'Make a backup now' }).click();
    await expect(panel.getByRole('status')).toContainText('Backup made and checked');
    const [made] = readdirSync(folder).filter((n) => n.endsWith('.sqlite'));
    const backupSeq = Number(/-j(\d+)\.sqlite$/.exec(made ?? '')?.[1]);

    // A candidate entered after the backup: what a restore gives up.
    const districtId = desk.must('districts.list', { electionId: 1 })[0]?.id ?? 1;
    desk.must('nominations.create', {
      electionId: 1,
      person: {
        surname: 'Кейінгі', givenName: 'Ерлан', iin: makeIin('1987-10-08', 'male'), birthDate: '1987-10-08', sex: 'male', citizenship: 'KZ',
        residentSince: '1987-10-08', declarations: { incapacity: 'no', imprisonment: 'no', criminalRecord: 'no', corruption: 'no' },
      },
      nomination: { kind: 'district-self', districtId, receivedOn: '2023-02-01', documents: DOCUMENTS },
    });
    const head = desk.must('journal.list', { limit: 1 }).rows[0]?.seq ?? 0;
    expect(head).toBeGreaterThan(backupSeq);

    await page.reload();
    await page.getByRole('button', { name: 'Users' }).click();
    // The panel by its place, not its heading: its name changes with the language.
    const row = page.locator('.backups-panel').getByRole('row').filter({ hasText: made ?? '' });
    await expect(row.getByRole('cell').nth(1)).toHaveText(String(backupSeq));

    // The confirm, in each of the clerks' languages (the page behind a dialog is inert: it is closed to switch).
    for (const [language, restoreName, title, screenshot] of [
      ['Русский', 'Восстановить', /^Восстановить резервную копию от /, 'backup-restore-confirm-ru.png'],
      ['Қазақша', 'Қалпына келтіру', / жасалған сақтық көшірме қалпына келтірілсін бе\?$/, 'backup-restore-confirm-kk.png'],
    ] as const) {
      await page.getByRole('button', { name: language }).click();
      await page.locator('.backups-panel').screenshot({ path: `test-results/${screenshot.replace('restore-confirm', 'panel')}` });
      await row.getByRole('button', { name: restoreName }).click();
      const dialog = page.getByRole('dialog', { name: title });
      await expect(dialog).toBeVisible();
      await page.screenshot({ path: `test-results/${screenshot}`, fullPage: true });
      await dialog.press('Escape');
      await expect(dialog).toHaveCount(0);
    }
    await page.getByRole('button', { name: 'English' }).click();

    await row.getByRole('button', { name: /^Restore the backup of .* \(journal entry \d+\)$/ }).click();
    const dialog = page.getByRole('dialog', { name: /^Restore the backup of / });
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await expect(dialog).toContainText(
      `The ledger goes back to journal entry ${backupSeq}. Lost: the changes made after it, ${head - backupSeq} journal entries (entries ${backupSeq + 1} to ${head}).`,
    );
    await expect(dialog).toContainText('The current ledger is kept beside it as a file, and the restore is recorded in the journal.');
    await dialog.getByRole('button', { name: 'Restore the backup' }).click();
    await expect(dialog).toHaveCount(0);
    const kept = readdirSync(join(desk.path, '..')).filter((n) => n.includes('.replaced-'));
    expect(kept).toEqual([expect.stringMatching(/^ledger\.sqlite\.replaced-\d{8}T\d{6}Z\.sqlite$/)]);
    await expect(panel.getByRole('status').last()).toHaveText(
      `The backup ${made} is restored: the journal is at entry ${backupSeq + 1}. The replaced ledger is kept as ${join(desk.path, '..', kept[0] ?? '')}.`,
    );

    // The restored ledger is what every screen shows: the later candidate is gone, the journal names the restore.
    await page.getByRole('navigation').getByRole('button', { name: 'Journal', exact: true }).click();
    await expect(page.getByRole('row').filter({ hasText: 'backup restored' })).toHaveCount(1);
    await expect(page.getByRole('row').filter({ hasText: 'Кейінгі' })).toHaveCount(0);
    // Every other session ended with the restore (the fixture's own, here); the page that restored stays signed in.
    expect(() => desk.must('journal.list', { limit: 1 })).toThrow(/unauthenticated/);
    expect(desk.service().call('nominations.list', { electionId: 1, query: 'Кейінгі' }, 'local')).toMatchObject({ ok: true, value: { total: 0 } });
    expect(desk.service().call('journal.list', { limit: 1 }, 'local')).toMatchObject({ ok: true, value: { rows: [{ seq: backupSeq + 1, action: 'backup.restore' }] } });
  } finally {
    await schedule.close();
    rmSync(folder, { recursive: true, force: true });
  }
});
