import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { syntheticPerson } from '../fixtures/synthetic';
import { cli } from './cli';

// `tizim serve` (the browser mode) as a browser drives it: its address and token from its output, a session cookie
// from signing in, and nominations saved one after another, each one counted only once the host has answered ok.

export const ADMIN = { login: 'admin', fullName: 'Әкімші Айгерім', password: 'пароль администратора 2023' };

export interface Host {
  child: ChildProcess;
  origin: string;
  token: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** What the host has said on stderr so far. */
  stderr: () => string;
}

export async function startHost(db: string, env: Record<string, string> = {}): Promise<Host> {
  const child = spawn(process.execPath, [cli, 'serve', '--db', db], {
    env: { ...process.env, TIZIM_LANG: 'en', TIZIM_DB: '', TIZIM_SEAL_KEY: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.on('exit', (code, signal) => done({ code, signal })));
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const url = await new Promise<string>((found, fail) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const m = /(http:\/\/127\.0\.0\.1:\d+)\/#token=([A-Za-z0-9_-]+)/.exec(line);
      if (m) found(`${m[1]}|${m[2]}`);
    });
    void exited.then(({ code }) => fail(new Error(`serve exited early with ${code}: ${stderr}`)));
  });
  const [origin = '', token = ''] = url.split('|');
  return { child, origin, token, exited, stderr: () => stderr };
}

export async function api(host: Host, method: string, input: unknown, cookie = ''): Promise<{ ok: boolean; value?: unknown; error?: unknown; cookie: string }> {
  const reply = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) },
    body: JSON.stringify(input),
  });
  const body = (await reply.json()) as { ok: boolean; value?: unknown; error?: unknown };
  const set = /^(tizim_session=[A-Za-z0-9_-]+);/.exec(reply.headers.get('set-cookie') ?? '')?.[1] ?? '';
  return { ...body, cookie: set };
}

/** Signs the administrator in (made first on a new ledger). */
export async function signIn(host: Host): Promise<string> {
  const status = await api(host, 'auth.status', {});
  if ((status.value as { firstRun?: boolean } | undefined)?.firstRun) await api(host, 'users.createFirst', ADMIN);
  const signed = await api(host, 'auth.signIn', { login: ADMIN.login, password: ADMIN.password });
  if (!signed.ok || signed.cookie === '') throw new Error(`sign-in failed: ${JSON.stringify(signed)}`);
  return signed.cookie;
}

/**
 * Saves nominations of persons `from`, `from + 1`, … one after another until `stop()` says so or the host goes
 * away (`pauseMs` between them, as clerks at keyboards); returns the IINs the host acknowledged.
 */
export function keepSaving(host: Host, cookie: string, partyId: number, from: number, pauseMs = 0): { acknowledged: string[]; stop: () => Promise<void> } {
  const acknowledged: string[] = [];
  let stopping = false;
  const done = (async () => {
    for (let i = from; !stopping; i++) {
      if (pauseMs > 0 && i > from) await new Promise((r) => setTimeout(r, pauseMs));
      const p = syntheticPerson(i);
      try {
        const r = await api(host, 'nominations.create', {
          electionId: 1,
          person: p,
          nomination: { kind: 'party-list', partyId, associationName: '', districtId: null, listPosition: null, receivedOn: '2023-02-01' },
        }, cookie);
        if (r.ok) acknowledged.push(p.iin);
        else throw new Error(`a save was refused: ${JSON.stringify(r.error)}`);
      } catch (error) {
        if (error instanceof Error && error.message.startsWith('a save was refused')) throw error;
        return; // the host is gone: what it did not answer was never acknowledged
      }
    }
  })();
  return {
    acknowledged,
    stop: async () => {
      stopping = true;
      await done;
    },
  };
}
