// `npm start`, after the build: the Electron desk when Electron's binary can be had, else the browser mode.
// Electron fetches its binary the first time it is required; without a network that fails, and the clerk still
// gets a working desk in the browser.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

// Where Electron's app.getPath('userData') puts the ledger for an app named "tizim", so that the browser mode
// started here opens the same ledger as the desk would.
function userDataDir() {
  const home = homedir();
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'tizim');
  if (process.platform === 'darwin') return join(home, 'Library', 'Application Support', 'tizim');
  return join(process.env.XDG_CONFIG_HOME || join(home, '.config'), 'tizim');
}

function ledgerArgs() {
  const named = args.some((arg) => arg === '--db' || arg.startsWith('--db='));
  if (named || (process.env.TIZIM_DB ?? '') !== '') return [];
  const dir = userDataDir();
  mkdirSync(dir, { recursive: true });
  return ['--db', join(dir, 'tizim.sqlite')];
}

function electronBinary() {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 60_000,
  });
  if (probe.status !== 0 || probe.error !== undefined) return null;
  // The download step prints its own progress first; the path is the last line.
  return probe.stdout.trim().split('\n').pop() || null;
}

function run(command, commandArgs) {
  const child = spawn(command, commandArgs, { cwd: process.cwd(), stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    console.error(`tizim: cannot start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code) => process.exit(code ?? 1));
}

/** The one line, in the language the CLI would speak (TIZIM_LANG, else a Kazakh or Russian locale, else English). */
function noElectronLine() {
  const wanted = (process.env.TIZIM_LANG || process.env.LC_ALL || process.env.LANG || '').slice(0, 2).toLowerCase();
  const lang = ['kk', 'ru', 'en'].includes(wanted) ? wanted : 'en';
  const catalog = JSON.parse(readFileSync(join(root, 'resources', 'locales', lang, 'cli.json'), 'utf8'));
  return catalog.start.noElectron;
}

const electron = electronBinary();
if (electron !== null) {
  run(electron, [root, ...args]);
} else {
  console.log(noElectronLine());
  run(process.execPath, [join(root, 'bin', 'tizim.cjs'), 'serve', ...ledgerArgs(), ...args]);
}
