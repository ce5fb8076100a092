import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect, type BrowserContext } from '@playwright/test';
import type { PresetId } from '../../src/domain/profile';
import { startHost, type Host } from '../../src/host';
import { openLedger, type Ledger } from '../../src/ledger';
import type { InputOf, MethodName, Outputs } from '../../src/service/contract';
import { createService, type Caller, type Service } from '../../src/service';
import { createJobRunner, type JobRunner } from '../../src/service/jobs';
import { generate } from 'selfsigned';
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
  /** `must` for the methods answered after a wait (adding a user: its password's hash). */
  mustAsync<M extends MethodName>(method: M, input: InputOf<M>): Promise<Outputs[M]>;
  service(): Service;
  /** Stops the host and closes the ledger, then opens both again on the same port with a new token. */
  restart(): Promise<void>;
  /** Signs a browser context in (its cookie jar gets the session), as `user` or as the desk's administrator. */
  signIn(context: BrowserContext, user?: { login: string; password: string }): Promise<void>;
}

/** The ledger's first administrator, made by the fixture, who seeds the data and whom each page is signed in as. */
export const ADMIN = { login: 'amanova', fullName: 'Аманова Сәуле', password: 'пароль администратора 2023' };

interface Running {
  ledger: Ledger;
  service: Service;
  host: Host;
  /** The administrator's session with the service itself, for seeding; local before the ledger has users. */
  caller: Caller;
  jobs: JobRunner | undefined;
}

/** The commission server's certificate for the tests that reach the desk as workstations do, over HTTPS. */
let certificate: Promise<{ cert: string; key: string }> | null = null;
function testCertificate(): Promise<{ cert: string; key: string }> {
  certificate ??= generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
  }).then((pems) => ({ cert: pems.cert, key: pems.private }));
  return certificate;
}

async function launch(path: string, actor: string, port = 0, server = false, users = true, clock: string | null = null, withJobs = false): Promise<Running> {
  // The job thread as `tizim serve` runs it, for a test that follows a long job while the page keeps asking.
  const jobs = withJobs ? createJobRunner(resolve(__dirname, '../../out/main/job-worker.js'), { ledgerPath: path, actor, passwordCost: 12 }) : undefined;
  const ledger = openLedger(path, jobs ? { busyTimeoutMs: 0 } : {});
  // A cheaper password hash than the desk's own (2^17), for speed; tests/unit/passwords.test.ts checks the desk's.
  const service = createService(ledger, { actor, passwordCost: 12, ...(clock === null ? {} : { now: () => new Date(clock) }), ...(jobs ? { jobs } : {}) });
  const firstRun = (service.call('auth.status', {}) as { value?: { firstRun: boolean } }).value?.firstRun === true;
  if (firstRun && users) await service.callAsync('users.createFirst', { login: ADMIN.login, fullName: ADMIN.fullName, password: ADMIN.password });
  let caller: Caller = 'local';
  if (users || !firstRun) {
    const signedIn = await service.callAsync('auth.signIn', { login: ADMIN.login, password: ADMIN.password }, { session: null, origin: 'e2e' });
    if (!signedIn.ok) throw new Error(`the fixture could not sign in: ${JSON.stringify(signedIn.error)}`);
    caller = { session: (signedIn.value as { session: string }).session, origin: 'e2e' };
  }
  const network = server ? { address: '127.0.0.1', hostNames: ['127.0.0.1'], tls: await testCertificate() } : undefined;
  const host = await startHost({ service, rendererDir, port, ...(network ? { network } : {}) });
  return { ledger, service, host, caller, jobs };
}

async function signInContext(running: Running, context: BrowserContext, user: { login: string; password: string }): Promise<void> {
  const origin = running.host.token === '' ? `https://127.0.0.1:${running.host.port}` : `http://127.0.0.1:${running.host.port}`;
  const reply = await context.request.post(`${origin}/api/auth.signIn`, {
    headers: { Authorization: `Bearer ${running.host.token}` },
    data: { login: user.login, password: user.password },
  });
  const body = (await reply.json()) as { ok: boolean };
  if (!body.ok) throw new Error(`${user.login} could not sign in: ${JSON.stringify(body)}`);
}

async function shutdown(running: Running): Promise<void> {
  await running.host.close();
  await running.jobs?.close();
  running.ledger.close();
}

export const test = base.extend<{ preset: PresetId | null; server: boolean; users: boolean; clock: string | null; jobs: boolean; desk: Desk }, object>({
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
  /** The commission server (HTTPS, sign-in the only gate) instead of the single desk; `test.use({ server: true })`. */
  server: [false, { option: true }],
  /** The fixture's administrator, who seeds and signs each page in; `test.use({ users: false })` leaves a first run. */
  users: [true, { option: true }],

  /** The instant the service takes as now (ISO), for a test about a particular day; `null` for the real clock. */
  clock: [null, { option: true }],
  /** The long methods answered on a job thread, as `tizim serve` does; `test.use({ jobs: true })`. */
  jobs: [false, { option: true }],

  desk: async ({ preset, server, users, clock, jobs }, use) => {
    if (!existsSync(join(rendererDir, 'index.html'))) {
      throw new Error(`${rendererDir} is not built: run \`npm run build\` (npm test builds it) before the e2e tests.`);
    }
    const dir = mkdtempSync(join(tmpdir(), 'tizim-e2e-'));
    const path = join(dir, 'ledger.sqlite');
    let running = await launch(path, 'clerk.e2e', 0, server, users, clock, jobs);
    const signedIn: { context: BrowserContext; user: { login: string; password: string } }[] = [];
    const desk: Desk = {
      get url() {
        return running.host.url;
      },
      get origin() {
        return `${server ? 'https' : 'http'}://127.0.0.1:${running.host.port}`;
      },
      get token() {
        return running.host.token;
      },
      path,
      must(method, input) {
        const result = running.service.call(method, input, running.caller);
        if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
        return result.value as Outputs[typeof method];
      },
      async mustAsync(method, input) {
        const result = await running.service.callAsync(method, input, running.caller);
        if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
        return result.value as Outputs[typeof method];
      },
      service: () => running.service,
      async restart() {
        const port = running.host.port;
        await shutdown(running);
        running = await launch(path, 'clerk.e2e', port, server, users, clock, jobs);
        // A restart ends every session, as it does on the desk; the fixture's pages sign in again.
        for (const { context, user } of signedIn) await signInContext(running, context, user);
      },
      async signIn(context, user = ADMIN) {
        await signInContext(running, context, user);
        signedIn.push({ context, user });
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

  /** Each test's page is signed in as the administrator; a test of other roles signs its own contexts in. */
  context: async ({ context, desk, users }, use) => {
    if (users) await desk.signIn(context);
    await use(context);
  },
});

export { expect };
