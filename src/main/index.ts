import { userInfo } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog } from 'electron';
import { createI18n } from '../domain/i18n';
import { LedgerError, openLedger, type Ledger } from '../ledger/index';
import { startBackupSchedule, type BackupSchedule } from '../service/backup-schedule';
import { createService } from '../service/index';
import { createJobRunner, type JobRunner } from '../service/jobs';
import { sealPlaces, trustProblem } from '../service/ledger-files';
import { serveIpc } from './ipc';
import { desktopLang } from './lang';
import { ledgerPath } from './ledger-path';
import { developing, installMenu } from './menu';
import { enforceContentSecurityPolicy, lockDown } from './security';

const rendererFile = join(__dirname, '..', 'renderer', 'index.html');
const rendererUrl = pathToFileURL(rendererFile).href;
const preloadFile = join(__dirname, '..', 'preload', 'index.js');

let ledger: Ledger | null = null;
let jobs: JobRunner | null = null;
let backups: BackupSchedule | null = null;

function actor(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

function createWindow(): void {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    show: false,
    webPreferences: {
      preload: preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      // The developer tools exist only for a developer (menu.ts); a clerk's desk has none to open by a shortcut.
      devTools: developing(),
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadFile(rendererFile);
}

async function start(): Promise<void> {
  await app.whenReady();
  const t = createI18n(desktopLang(process.env, app.getLocale()), 'cli').t;
  const path = ledgerPath(process.argv, process.env, app.getPath('userData'));
  try {
    // This thread's writes wait for the job thread's without blocking the window (service/index.ts).
    ledger = openLedger(path, { busyTimeoutMs: 0 });
  } catch (error) {
    const message =
      error instanceof LedgerError
        ? t(error.messageKey, error.params)
        : t('error.ledgerOpen', { path, detail: error instanceof Error ? error.message : String(error) });
    dialog.showErrorBox('Tizim', message);
    app.exit(2);
    return;
  }
  // A ledger whose journal no longer holds the desk's last seal was rolled back or rewritten while the desk was
  // closed: the desk does not open it, and says what it found.
  const untrusted = trustProblem(ledger.db, sealPlaces(path, process.env.TIZIM_SEAL_KEY || undefined));
  if (untrusted !== null) {
    dialog.showErrorBox('Tizim', t('seal.untrusted', { ...untrusted, path }));
    ledger.close();
    ledger = null;
    app.exit(2);
    return;
  }
  enforceContentSecurityPolicy();
  installMenu(t);
  // The long methods (an import of any workbook, a whole-journal verify) run on a worker thread, not in this
  // process's main thread: no file can freeze or take down the window.
  jobs = createJobRunner(join(__dirname, 'job-worker.js'), { ledgerPath: path, actor: actor() });
  const service = createService(ledger, { actor: actor(), jobs });
  serveIpc(service, rendererUrl);
  backups = startBackupSchedule(service);
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
}

// Every web contents, the window's included, gets the same locks as it is created.
app.on('web-contents-created', (_event, contents) => lockDown(contents, rendererUrl));
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
// The closing backup is made before the job thread and the ledger close; the quit goes on once it has ended, made
// or failed (a failure is logged: the window is gone).
app.on('before-quit', (event) => {
  const schedule = backups;
  if (schedule === null) return;
  backups = null;
  event.preventDefault();
  void schedule.close().finally(() => app.quit());
});
app.on('will-quit', () => {
  void jobs?.close();
  jobs = null;
  ledger?.close();
  ledger = null;
});

if (!app.requestSingleInstanceLock()) {
  // Two desks on one ledger would each think its view is current; the second one gives way.
  app.quit();
} else {
  app.on('second-instance', () => BrowserWindow.getAllWindows()[0]?.focus());
  start().catch((error: unknown) => {
    console.error('tizim: the desk could not start', error);
    app.exit(1);
  });
}
