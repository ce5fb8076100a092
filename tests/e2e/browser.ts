import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

// Which Chromium the end-to-end tests drive, so that `npm install && npm test` needs nothing from apt: Playwright's
// own when someone installed it (`npx playwright install chromium`, a machine with internet), Debian's where apt put
// it, else the headless Chromium that the npm package @sparticuz/chromium carries inside its tarball (unpacked into
// the temporary folder on first use, about 2 s).

export interface FoundBrowser {
  /** Which of the three, as the test summary names it. */
  source: 'playwright' | 'system' | 'npm';
  executablePath: string;
}

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** `TIZIM_BROWSER=playwright|system|npm` forces one source (to try the npm one on a machine that has the others). */
export async function findBrowser(wanted = process.env.TIZIM_BROWSER): Promise<FoundBrowser> {
  const allowed = (source: FoundBrowser['source']): boolean => wanted === undefined || wanted === '' || wanted === source;
  if (allowed('playwright')) {
    const own = chromium.executablePath();
    if (own !== '' && existsSync(own)) return { source: 'playwright', executablePath: own };
  }
  if (allowed('system')) {
    const system = SYSTEM_CHROMIUM.find((path) => existsSync(path));
    if (system !== undefined) return { source: 'system', executablePath: system };
  }
  if (!allowed('npm')) throw new Error(`TIZIM_BROWSER=${wanted}: no such browser on this machine.`);
  const { default: packaged } = await import('@sparticuz/chromium');
  // Its graphics stack (SwiftShader, for WebGL) is not needed and would be a second archive to unpack.
  packaged.setGraphicsMode = false;
  return { source: 'npm', executablePath: await packaged.executablePath() };
}

/** The flags every source takes here: root in CI (no sandbox), no GPU, and none of Chromium's calls home. */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];
