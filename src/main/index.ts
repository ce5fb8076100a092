import { userInfo } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog } from 'electron';
import { createI18n } from '../domain/i18n';
import { LedgerError, openLedger, type Ledger } from '../ledger/index';
import { createService } from '../service/index';
import { serveIpc } from './ipc';
import { desktopLang } from './lang';
import { ledgerPath } from './ledger-path';
import { installMenu } from './menu';
import { enforceContentSecurityPolicy, lockDown } from './security';

const rendererFile = join(__dirname, '..', 'renderer', 'index.html');
const rendererUrl = pathToFileURL(rendererFile).href;
const preloadFile = join(__dirname, '..', 'preload', 'index.js');

let ledger: Ledger | null = null;

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
    ledger = openLedger(path);
  } catch (error) {
    const message =
      error instanceof LedgerError
        ? t(error.messageKey, error.params)
        : t('error.ledgerOpen', { path, detail: error instanceof Error ? error.message : String(error) });
    dialog.showErrorBox('Tizim', message);
    app.exit(2);
    return;
  }
  enforceContentSecurityPolicy();
  installMenu(t);
  serveIpc(createService(ledger, { actor: actor() }), rendererUrl);
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
app.on('will-quit', () => {
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
