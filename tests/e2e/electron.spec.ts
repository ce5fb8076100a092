import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

// The Electron desk itself, when this machine has Electron's binary. The npm package downloads it on first use,
// which needs the internet; where that cannot happen the test is skipped and says so.

const root = resolve(__dirname, '../..');

function electronBinary(): string | null {
  const pathFile = join(root, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(root, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

test('the Electron desk opens its window, bridges one function and keeps Node out of the page', async () => {
  test.skip(
    binary === null,
    "Electron's binary is not on this machine (it could not be downloaded), so the Electron desk was not launched.",
  );
  test.skip(noDisplay, 'Electron is installed but this Linux machine has no display (run under xvfb-run).');
  const dir = mkdtempSync(join(tmpdir(), 'tizim-electron-'));
  const app = await electron.launch({
    executablePath: binary ?? undefined,
    args: [
      root,
      '--db',
      join(dir, 'ledger.sqlite'),
      // Chromium refuses to run as root with its sandbox on; CI runs as root.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
    env: { ...process.env, TIZIM_LANG: 'en' },
  });
  try {
    const page = await app.firstWindow();
    await expect(page).toHaveTitle(/Tizim/);
    const surface = await page.evaluate(() => ({
      bridge: Object.keys((window as unknown as { tizim?: object }).tizim ?? {}),
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
    }));
    expect(surface).toEqual({ bridge: ['call'], require: 'undefined', process: 'undefined' });
    const answer = await page.evaluate(() =>
      (window as unknown as { tizim: { call(m: string, i: unknown): Promise<unknown> } }).tizim.call('elections.list', {}),
    );
    expect(answer).toEqual({ ok: true, value: [] });
    const opened = await page.evaluate(() => window.open('https://example.com') === null);
    expect(opened).toBe(true);
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
