import type { AutomaticBackup } from '../domain/seals';
import type { Service } from './index';

// Issue 14, item 1: the desk backs the ledger up by itself, every quarter of an hour while changes are made and once
// more as it closes, into the administrator's folder (keeping the last N and one a day, as a backup made on the
// screen). The timer belongs to whoever runs the service — the desk's main process, `tizim serve` — and the backup
// itself runs on the job thread, so nobody waits for it. A failure never stops the desk: the administrator's
// panel shows it, and the log has it.

/** A quarter of an hour, as issue 14 asks. */
export const BACKUP_EVERY_MS = 15 * 60_000;

export interface BackupSchedule {
  /** Resolves when the backup running now (if any) has ended. */
  idle(): Promise<void>;
  /** Stops the timer, waits for a backup under way, and makes the closing one if changes were made since. */
  close(): Promise<AutomaticBackup | null>;
}

export function startBackupSchedule(service: Pick<Service, 'automaticBackup' | 'scheduleBackups'>, everyMs = BACKUP_EVERY_MS): BackupSchedule {
  let running: Promise<AutomaticBackup | null> | null = null;
  let closing: Promise<AutomaticBackup | null> | null = null;
  const attempt = (occasion: 'schedule' | 'closing'): Promise<AutomaticBackup | null> => {
    const run = service.automaticBackup(occasion);
    running = run;
    void run.finally(() => {
      if (running === run) running = null;
    });
    return run;
  };
  const timer = setInterval(() => {
    // A backup that takes longer than the interval (a slow USB stick) is not started twice.
    if (running === null && closing === null) void attempt('schedule');
  }, everyMs);
  // The timer alone does not keep a process alive that has nothing else to do.
  timer.unref();
  service.scheduleBackups(everyMs);
  return {
    idle: async () => {
      await running;
    },
    close: () =>
      (closing ??= (async () => {
        clearInterval(timer);
        await running;
        const made = await attempt('closing');
        service.scheduleBackups(null);
        return made;
      })()),
  };
}
