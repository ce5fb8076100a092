import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLedger } from '../../src/ledger';
import { seedCandidates } from '../fixtures/synthetic';
import { expect, test } from './fixtures';

// Issue 15, item 3: the administrator's «backup now» shows the pages copied of the ledger's pages, then that the copy
// is being checked (the longer part on a large ledger), with no stop, on the commission server and its job thread.

test.use({ server: true, ignoreHTTPSErrors: true, jobs: true, locale: 'ru-RU' });

test('a backup of a large ledger shows its pages copied and then its check, with no stop', async ({ page, desk }) => {
  test.setTimeout(90_000);
  const folder = mkdtempSync(join(tmpdir(), 'tizim-e2e-usb-'));
  try {
    const ledger = openLedger(desk.path);
    seedCandidates(ledger, 1, 25_000, 'clerk.e2e');
    ledger.close();
    await desk.restart();
    desk.must('backups.settings', { folder, keep: 3, version: 0 });

    await page.goto(desk.url);
    await page.getByRole('button', { name: 'Пользователи' }).click();
    const panel = page.getByRole('region', { name: 'Резервные копии' });
    await panel.getByRole('button', { name: 'Сделать резервную копию сейчас' }).click();

    const progress = panel.getByRole('group', { name: 'Резервное копирование: страниц базы скопировано' });
    await expect(progress.getByText(/^([1-9][\d\u00a0\u202f ]*) из \1$/)).toBeVisible({ timeout: 30_000 });
    await expect(progress.getByText('Копия записана; идёт её проверка.')).toBeVisible();
    await expect(progress.getByText('Резервное копирование не останавливается: оно ничего не меняет в реестре и занимает немного времени.')).toBeVisible();
    await expect(progress.getByRole('button')).toHaveCount(0);
    await progress.scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath('backup-progress-ru.png') });

    await expect(panel.getByRole('status')).toHaveText(/^Резервная копия сделана и проверена: tizim-[0-9a-f]{8}-\d{8}T\d{6}Z-j\d+\.sqlite\.$/, { timeout: 60_000 });
    await expect(progress).toBeHidden();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
