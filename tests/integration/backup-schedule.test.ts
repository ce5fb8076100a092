import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { iinCheckDigit } from '../../src/domain/iin';
import { startBackupSchedule, type BackupSchedule } from '../../src/service/backup-schedule';
import { openDesk, person, type Desk } from './helpers';

// Issue 14, item 1: the desk backs up by itself every quarter of an hour while changes are made, and as it closes,
// into the administrator's folder; a failure is shown on the panel and the desk goes on. Real files, fake time.

const QUARTER = 15 * 60_000;
let desk: Desk;
let clock: Date;
let folder: string;
/** A second disk: the backups' folder is never the ledger's own (backup-folder-check.ts). */
let usb: string;
let schedule: BackupSchedule | null = null;

const backupsIn = (dir: string): string[] => readdirSync(dir).filter((n) => n.endsWith('.sqlite')).sort();

/** A quarter of an hour passes, on the desk's clock and on the schedule's timer, and the backup it started ends. */
async function quarterPasses(): Promise<void> {
  clock = new Date(clock.getTime() + QUARTER);
  await vi.advanceTimersByTimeAsync(QUARTER);
  await schedule?.idle();
}

/** A valid IIN of the test person's birth date, numbered `n`. */
function iinNo(n: number): string {
  const first11 = `8710083${String(n).padStart(4, '0')}`;
  return `${first11}${iinCheckDigit(first11) ?? ''}`;
}

function nominate(n: number): void {
  const iin = iinNo(n);
  const party = desk.must('parties.list', { electionId: 1 })[0]?.id ?? 0;
  desk.must('nominations.create', {
    electionId: 1,
    person: person({ iin }),
    nomination: { kind: 'party-list', partyId: party, associationName: '', districtId: null, listPosition: null, receivedOn: '2023-02-01' },
  });
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  clock = new Date('2026-12-01T10:00:00Z');
  desk = openDesk('admin.test', () => clock);
  desk.must('elections.create', { preset: 'mazhilis-2023' });
  usb = mkdtempSync(join(tmpdir(), 'tizim-usb-'));
  folder = join(usb, 'tizim');
});
afterEach(async () => {
  await schedule?.close();
  schedule = null;
  vi.useRealTimers();
  desk.close();
  rmSync(usb, { recursive: true, force: true });
});

describe('the automatic backups', () => {
  it('are made every 15 minutes while the journal moves, not when it does not, and once more on closing', async () => {
    desk.must('backups.settings', { folder, keep: 10, version: 0 });
    schedule = startBackupSchedule(desk.service);
    expect(desk.must('backups.status', {}).automatic).toEqual({ everyMinutes: 15, last: null });

    // Less than a quarter of an hour: nothing yet.
    await vi.advanceTimersByTimeAsync(QUARTER - 1000);
    expect(existsSync(folder)).toBe(false);

    await quarterPasses();
    const seq1 = desk.must('journal.list', { limit: 1 }).rows[0]?.seq ?? 0;
    expect(backupsIn(folder)).toEqual([expect.stringMatching(new RegExp(`-20261201T101500Z-j${seq1}\\.sqlite$`))]);
    expect(desk.must('backups.status', {}).automatic.last).toEqual({
      occasion: 'schedule',
      at: '2026-12-01T10:15:00.000Z',
      name: backupsIn(folder)[0],
      error: null,
    });

    // No change in the next two quarters: no new backup.
    await quarterPasses();
    await quarterPasses();
    expect(backupsIn(folder)).toHaveLength(1);

    nominate(20);
    await quarterPasses();
    const seq2 = desk.must('journal.list', { limit: 1 }).rows[0]?.seq ?? 0;
    expect(seq2).toBeGreaterThan(seq1);
    expect(backupsIn(folder)).toHaveLength(2);
    expect(backupsIn(folder)[1]).toMatch(new RegExp(`-20261201T110000Z-j${seq2}\\.sqlite$`));

    // A change, then the desk closes before the next quarter: the closing backup holds it.
    nominate(21);
    clock = new Date(clock.getTime() + 60_000);
    const closing = await schedule.close();
    schedule = null;
    const seq3 = desk.must('journal.list', { limit: 1 }).rows[0]?.seq ?? 0;
    expect(closing).toMatchObject({ occasion: 'closing', at: '2026-12-01T11:01:00.000Z', error: null });
    expect(closing?.name).toMatch(new RegExp(`-20261201T110100Z-j${seq3}\\.sqlite$`));
    expect(backupsIn(folder)).toHaveLength(3);
    expect(desk.must('backups.status', {}).automatic.everyMinutes).toBeNull();

    // Closed, the timer is gone: a change and an hour make no backup.
    nominate(24);
    await quarterPasses();
    await quarterPasses();
    expect(backupsIn(folder)).toHaveLength(3);
  });

  it('make none when nothing changed since the last backup, even on closing', async () => {
    desk.must('backups.settings', { folder, keep: 10, version: 0 });
    const made = await desk.service.callAsync('backups.make', {});
    expect(made.ok).toBe(true);
    schedule = startBackupSchedule(desk.service);
    await quarterPasses();
    await quarterPasses();
    expect(await schedule.close()).toBeNull();
    schedule = null;
    expect(backupsIn(folder)).toHaveLength(1);
    expect(desk.must('backups.status', {}).automatic.last).toBeNull();
  });

  it('make none before the administrator chose a folder', async () => {
    schedule = startBackupSchedule(desk.service);
    await quarterPasses();
    expect(await schedule.close()).toBeNull();
    schedule = null;
    expect(readdirSync(desk.dir).filter((n) => n.startsWith('tizim-'))).toEqual([]);
    expect(readdirSync(usb)).toEqual([]);
  });

  it('that fail are shown on the panel, the desk goes on, and the next quarter tries again', async () => {
    // The folder was there when it was chosen; then another stick came in its place, with a file of that name.
    const notAFolder = join(usb, 'stick');
    mkdirSync(notAFolder);
    desk.must('backups.settings', { folder: notAFolder, keep: 10, version: 0 });
    rmSync(notAFolder, { recursive: true });
    writeFileSync(notAFolder, 'not a folder');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    schedule = startBackupSchedule(desk.service);
    await quarterPasses();
    expect(desk.must('backups.status', {}).automatic.last).toEqual({
      occasion: 'schedule',
      at: '2026-12-01T10:15:00.000Z',
      name: null,
      error: { messageKey: 'backup.notFolder', params: { folder: notAFolder } },
    });
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('backup.notFolder'));
    logged.mockRestore();

    // The desk still takes changes, and once the folder is there again the next quarter backs up.
    nominate(20);
    const { version } = desk.must('backups.status', {});
    desk.must('backups.settings', { folder, keep: 10, version });
    await quarterPasses();
    expect(backupsIn(folder)).toHaveLength(1);
    expect(desk.must('backups.status', {}).automatic.last).toMatchObject({ occasion: 'schedule', name: backupsIn(folder)[0], error: null });
  });
});
