import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect } from '@playwright/test';
import type { PresetId } from '../../src/domain/profile';
import { startHost, type Host } from '../../src/host';
import { openLedger, type Ledger } from '../../src/ledger';
import type { InputOf, MethodName, Outputs } from '../../src/service/contract';
import { createService, type Service } from '../../src/service';
import { BROWSER_ARGS, findBrowser } from './browser';

// The browser mode as a clerk gets it: the built renderer (out/renderer, which `npm test` builds first) served by
// the loopback host over a real ledger in a fresh temporary folder, one per test.

const rendererDir = resolve(__dirname, '../../out/renderer');

export interface Desk {
  /** The address to open: origin plus `#token=…`. Use `page.goto(desk.url)`: a relative goto drops the hash. */
  url: string;
  origin: string;
  token: string;
  /** The ledger file. */
  path: string;
  /** Calls the service directly (to seed data) and returns the value, failing the test if the call fails. */
  must<M extends MethodName>(method: M, input: InputOf<M>): Outputs[M];
  service(): Service;
  /** Stops the host and closes the ledger, then opens both again on the same port with a new token. */
  restart(): Promise<void>;
}

interface Running {
  ledger: Ledger;
  service: Service;
  host: Host;
}

async function launch(path: string, actor: string, port = 0, clock: string | null = null): Promise<Running> {
  const ledger = openLedger(path);
  const service = createService(ledger, clock === null ? { actor } : { actor, now: () => new Date(clock) });
  const host = await startHost({ service, rendererDir, port });
  return { ledger, service, host };
}

async function shutdown(running: Running): Promise<void> {
  await running.host.close();
  running.ledger.close();
}

export const test = base.extend<{ preset: PresetId | null; clock: string | null; desk: Desk }, object>({
  /** The Chromium this machine has (see browser.ts), named in `.tizim-test/browser.json` for the test summary. */
  browser: [
    async ({ playwright, launchOptions }, use) => {
      const found = await findBrowser();
      const browser = await playwright.chromium.launch({ ...launchOptions, executablePath: found.executablePath, args: BROWSER_ARGS });
      const reports = process.env.TIZIM_TEST_REPORTS;
      if (reports) writeFileSync(join(reports, 'browser.json'), JSON.stringify({ ...found, version: browser.version() }));
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],

  /** The election made before the test starts, as `tizim init --preset` would; `test.use({ preset: null })` for none. */
  preset: ['mazhilis-2023', { option: true }],

  /** The instant the service takes as now (ISO), for a test about a particular day; `null` for the real clock. */
  clock: [null, { option: true }],

  desk: async ({ preset, clock }, use) => {
    if (!existsSync(join(rendererDir, 'index.html'))) {
      throw new Error(`${rendererDir} is not built: run \`npm run build\` (npm test builds it) before the e2e tests.`);
    }
    const dir = mkdtempSync(join(tmpdir(), 'tizim-e2e-'));
    const path = join(dir, 'ledger.sqlite');
    let running = await launch(path, 'clerk.e2e', 0, clock);
    const desk: Desk = {
      get url() {
        return running.host.url;
      },
      get origin() {
        return `http://127.0.0.1:${running.host.port}`;
      },
      get token() {
        return running.host.token;
      },
      path,
      must(method, input) {
        const result = running.service.call(method, input);
        if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
        return result.value as Outputs[typeof method];
      },
      service: () => running.service,
      async restart() {
        const port = running.host.port;
        await shutdown(running);
        running = await launch(path, 'clerk.e2e', port, clock);
      },
    };
    if (preset !== null) desk.must('elections.create', { preset });
    await use(desk);
    await shutdown(running);
    rmSync(dir, { recursive: true, force: true });
  },

  baseURL: async ({ desk }, use) => {
    await use(desk.url);
  },
});

export { expect };
