import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeIin } from '../tests/fixtures/iin';
import { writeLargeDistrictFile } from '../tests/fixtures/large-workbook';
import { seedCandidates } from '../tests/fixtures/synthetic';
import { openBenchDesk, type BenchDesk } from './desk';

// Issue 12's load run: the commission server (`tizim serve`, its own process, the job thread on) over a ledger of
// 100,000 nominations, 20 users signed in over loopback HTTP, each searching, opening and saving candidates for 60 s;
// meanwhile one of them uploads, previews and commits a 100,000-row workbook. Counted: writes acknowledged against
// the journal (none lost), server errors (none), and the 95th percentile of a search, overall and during the commit.
// Each user thinks 0.5 to 1.5 s between actions, as a clerk at a keyboard does (about 20 requests a second in all):
// without it 20 loops would measure only how long a queue of 20 gets on a 2-core machine. The import holds one
// write transaction for its whole commit (all rows or none, by design), so a save made meanwhile waits for it:
// the run reports how long the writes waited, and asserts only that none failed or was lost.

// TIZIM_LOAD_NOMINATIONS makes a smaller run for trying the bench out; the issue's figures are at 100,000.
const N = Number(process.env.TIZIM_LOAD_NOMINATIONS ?? 100_000);
const USERS = 20;
const SECONDS = Number(process.env.TIZIM_LOAD_SECONDS ?? 60);
const PASSWORD = 'пароль нагрузочного теста';
const cli = resolve(__dirname, '../out/main/cli.js');
const QUERIES = ['ұзақ', 'әли', 'қасым', 'нұрлан', 'сейіт', 'жұмабаев', 'ким', 'петров', '8710', 'ахмет', 'смағұл', 'бекет'];

let desk: BenchDesk;
let server: ChildProcess;
let origin = '';
let token = '';

interface Sample {
  at: number;
  ms: number;
}

beforeAll(async () => {
  desk = openBenchDesk('load');
  seedCandidates(desk.ledger, desk.electionId, N);
  // The first administrator and the 20 clerks, made as the CLI would on a ledger without users.
  await desk.service.callAsync('users.createFirst', { login: 'admin', fullName: 'Әкімші', password: PASSWORD });
  const admin = await desk.service.callAsync('auth.signIn', { login: 'admin', password: PASSWORD }, { session: null, origin: 'bench' });
  if (!admin.ok) throw new Error(JSON.stringify(admin.error));
  const caller = { session: (admin.value as { session: string }).session, origin: 'bench' };
  for (let u = 0; u < USERS; u++)
    await desk.service.callAsync('users.create', { login: `clerk${u}`, fullName: `Оператор ${u}`, role: 'clerk', password: PASSWORD }, caller);
  desk.ledger.close();

  const path = join(desk.dir, 'bench.sqlite');
  server = spawn(process.execPath, [cli, 'serve', '--db', path], { env: { ...process.env, TIZIM_LANG: 'en' }, stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: server.stdout as NodeJS.ReadableStream });
  const url = await new Promise<string>((resolveUrl, reject) => {
    lines.on('line', (line) => {
      const match = /(http:\/\/127\.0\.0\.1:\d+)\/#token=([A-Za-z0-9_-]+)/.exec(line);
      if (match?.[1] && match[2]) {
        token = match[2];
        resolveUrl(match[1]);
      }
    });
    server.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
  origin = url;
}, 600_000);

afterAll(() => {
  server.kill('SIGTERM');
  desk.close();
});

async function post(path: string, body: unknown, cookie = '', headers: Record<string, string> = {}): Promise<{ status: number; json: { ok: boolean; value?: unknown; error?: { code: string } }; cookie: string }> {
  const reply = await fetch(`${origin}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Cookie: cookie, ...headers },
    body: typeof body === 'string' || body instanceof Uint8Array ? (body as BodyInit) : JSON.stringify(body),
  });
  const setCookie = reply.headers.get('set-cookie') ?? '';
  return { status: reply.status, json: (await reply.json()) as { ok: boolean; value?: unknown; error?: { code: string } }, cookie: setCookie.split(';')[0] ?? '' };
}

async function signIn(login: string): Promise<string> {
  const r = await post('/api/auth.signIn', { login, password: PASSWORD });
  if (!r.json.ok) throw new Error(`${login}: ${JSON.stringify(r.json)}`);
  return r.cookie;
}

const p95 = (samples: readonly Sample[]): number => {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length * 0.95)] ?? Number.NaN;
};

it(`serves ${USERS} users over ${N.toLocaleString('en')} nominations for ${SECONDS} s, with a ${N.toLocaleString('en')}-row import committed meanwhile`, async () => {
  const electionId = desk.electionId;
  const cookies = await Promise.all(Array.from({ length: USERS }, (_, u) => signIn(`clerk${u}`)));
  const workbook = join(desk.dir, 'import.xlsx');
  // Persons the ledger does not hold yet: the commit writes 100,000 new persons and nominations.
  await writeLargeDistrictFile(workbook, N, 29, N);

  const searches: Sample[] = [];
  const writes: Sample[] = [];
  let requests = 0;
  let serverErrors = 0;
  let refusals = 0;
  const refused = new Map<string, number>();
  const acknowledged: { id: number; by: string }[] = [];
  const deadline = Date.now() + SECONDS * 1000;
  let serial = 0;
  const usedIins = new Set<string>();
  let importWindow: { from: number; to: number } | null = null;
  let previewWindow: { from: number; to: number } | null = null;
  let importDone = false;

  const user = async (u: number): Promise<void> => {
    const cookie = cookies[u] ?? '';
    let i = 0;
    // Each thinks before the first action too: twenty clerks do not all press a key in the same millisecond.
    await new Promise((done) => setTimeout(done, 500 + ((u * 131) % 1000)));
    // For the run's length, and on until the import is committed: the point is what the others see meanwhile.
    while (Date.now() < deadline || !importDone) {
      i++;
      const roll = (u * 7919 + i * 104729) % 10;
      const started = performance.now();
      let r;
      if (roll < 7) {
        r = await post('/api/nominations.list', { electionId, query: QUERIES[(u + i) % QUERIES.length], limit: 50 }, cookie);
        searches.push({ at: Date.now(), ms: performance.now() - started });
      } else if (roll < 9) {
        r = await post('/api/nominations.get', { id: 1 + ((u * 997 + i * 31) % N) }, cookie);
      } else {
        // makeIin moves past a serial without a check digit onto the next: two serials can give one IIN.
        let iin = '';
        do iin = makeIin('1950-12-31', 'male', 5000 + ++serial);
        while (usedIins.has(iin));
        usedIins.add(iin);
        r = await post('/api/nominations.create', {
          electionId,
          person: {
            // A birth date no synthetic person has: no save is refused for an IIN already on file.
            surname: `Нагрузка${u}`, givenName: 'Тест', patronymic: '', iin, birthDate: '1950-12-31',
            sex: 'male', citizenship: 'KZ', residentSince: '1950-12-31',
          },
          nomination: { kind: 'district-self', districtId: 1 + (serial % 29), receivedOn: '2023-02-01', receivedTime: '10:00' },
        }, cookie);
        writes.push({ at: Date.now(), ms: performance.now() - started });
        if (r.json.ok) acknowledged.push({ id: (r.json.value as { nomination: { id: number } }).nomination.id, by: `Оператор ${u}` });
      }
      if (r.status >= 500 || (!r.json.ok && r.json.error?.code === 'internal')) serverErrors++;
      else if (!r.json.ok) {
        refusals++;
        const what = `${roll < 7 ? 'search' : roll < 9 ? 'open' : 'save'} ${r.json.error?.code ?? ''} ${(r.json.error as { messageKey?: string } | undefined)?.messageKey ?? ''}`;
        refused.set(what, (refused.get(what) ?? 0) + 1);
      }
      requests++;
      await new Promise((done) => setTimeout(done, 500 + ((u * 131 + i * 977) % 1000)));
    }
  };

  const importer = async (): Promise<void> => {
    // A few seconds in, as a clerk would: upload, preview, commit.
    await new Promise((r) => setTimeout(r, 5000));
    const cookie = cookies[0] ?? '';
    const bytes = readFileSync(workbook);
    const up = await fetch(`${origin}/upload`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, Cookie: cookie, 'Content-Type': 'application/octet-stream', 'X-File-Name': 'import.xlsx' },
      body: bytes,
    });
    const { value: chosen } = (await up.json()) as { value: { fileId: string } };
    const previewFrom = Date.now();
    const preview = await post('/api/imports.preview', { electionId, fileId: chosen.fileId, limit: 1 }, cookie);
    previewWindow = { from: previewFrom, to: Date.now() };
    console.log(`bench: load: import preview of ${N} rows took ${((Date.now() - previewFrom) / 1000).toFixed(1)} s`);
    if (!preview.json.ok) throw new Error(`preview: ${JSON.stringify(preview.json)}`);
    const from = Date.now();
    const commit = await post('/api/imports.commit', { electionId, fileId: chosen.fileId, digest: (preview.json.value as { digest: string }).digest, skipInvalid: true }, cookie);
    importWindow = { from, to: Date.now() };
    if (!commit.json.ok) throw new Error(`commit: ${JSON.stringify(commit.json)}`);
    console.log(`bench: load: import commit: ${JSON.stringify(commit.json.value).slice(0, 200)}`);
    console.log(`bench: load: import commit of ${N} rows took ${((importWindow.to - from) / 1000).toFixed(1)} s (file ${(statSync(workbook).size / 1e6).toFixed(1)} MB)`);
  };

  await Promise.all([
    ...Array.from({ length: USERS }, (_, u) => user(u)),
    importer().finally(() => {
      importDone = true;
    }),
  ]);

  const window = importWindow as { from: number; to: number } | null;
  const inWindow = (s: Sample): boolean => window !== null && s.at >= window.from && s.at <= window.to;
  const during = searches.filter(inWindow);
  const writesDuring = writes.filter(inWindow);
  const longest = (xs: readonly Sample[]): number => Math.max(0, ...xs.map((s) => s.ms));
  // The run second by second in 5 s steps: searches answered and the slowest of them, to see what the commit does.
  const began = Math.min(...searches.map((s) => s.at - s.ms));
  const steps = new Map<number, Sample[]>();
  for (const s of searches) steps.set(Math.floor((s.at - began) / 5000), [...(steps.get(Math.floor((s.at - began) / 5000)) ?? []), s]);
  console.log(
    `bench: load: searches per 5 s (answered/slowest ms): ${[...steps].sort(([a], [b]) => a - b).map(([k, xs]) => `${k * 5}s ${xs.length}/${longest(xs).toFixed(0)}`).join(', ')}` +
      (window ? `; the commit ran ${((window.from - began) / 1000).toFixed(0)}–${((window.to - began) / 1000).toFixed(0)} s` : ''),
  );
  // The searches' 95th percentile in each part of the run: what the preview, the commit and the saves that waited for
  // it (answered all at once when it ends) each cost the others.
  const preview = previewWindow as { from: number; to: number } | null;
  if (window && preview) {
    const parts: [string, (s: Sample) => boolean][] = [
      ['before the import', (s) => s.at < preview.from],
      ['during the preview', (s) => s.at >= preview.from && s.at <= preview.to],
      ['between', (s) => s.at > preview.to && s.at < window.from],
      ['during the commit', inWindow],
      ['the first 5 s after it', (s) => s.at > window.to && s.at <= window.to + 5000],
      ['later', (s) => s.at > window.to + 5000],
    ];
    console.log(`bench: load: search p95 by part: ${parts.map(([name, part]) => { const xs = searches.filter(part); return `${name} ${xs.length}, ${xs.length ? p95(xs).toFixed(0) : '–'} ms`; }).join('; ')}`);
  }
  // Every acknowledged write is in the ledger, and its creation is in the journal under the clerk who made it.
  const missing: number[] = [];
  const unjournaled: number[] = [];
  for (const { id, by } of acknowledged) {
    const got = await post('/api/nominations.get', { id }, cookies[0] ?? '');
    if (!got.json.ok) missing.push(id);
    const entries = await post('/api/journal.list', { entity: 'nomination', entityId: id, action: 'nomination.create', limit: 5 }, cookies[0] ?? '');
    const rows = (entries.json.value as { rows: { actor: string }[] } | undefined)?.rows ?? [];
    if (!rows.some((e) => e.actor === by)) unjournaled.push(id);
  }
  console.log(
    `bench: load: ${USERS} users, ${((Date.now() - began) / 1000).toFixed(0)} s: ${searches.length} searches (p95 ${p95(searches).toFixed(0)} ms; during the import commit ${during.length}, p95 ${p95(during).toFixed(0)} ms); ` +
      `${acknowledged.length} writes acknowledged, ${missing.length} missing, ${unjournaled.length} not journaled; ${serverErrors} server errors; ${refusals} refusals (${[...refused].map(([k, n]) => `${k}: ${n}`).join(', ')}); ` +
      `${(requests / ((Date.now() - began) / 1000)).toFixed(1)} requests/s; writes p95 ${p95(writes).toFixed(0)} ms, longest ${longest(writes).toFixed(0)} ms, ` +
      `${writesDuring.length} during the commit (longest ${longest(writesDuring).toFixed(0)} ms)`,
  );
  expect(window).not.toBeNull();
  expect(serverErrors).toBe(0);
  expect([...refused.keys()].filter((k) => k.startsWith('save'))).toEqual([]);
  expect(acknowledged.length).toBeGreaterThan(0);
  expect(missing).toEqual([]);
  expect(unjournaled).toEqual([]);
  expect(p95(searches)).toBeLessThan(200);
  expect(during.length).toBeGreaterThan(0);
  expect(p95(during)).toBeLessThan(200);
}, 900_000);
