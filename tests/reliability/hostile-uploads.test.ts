import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BOMBS } from './bombs';
import { mustBeBuilt, tizim } from './cli';
import { api, signIn, startHost, type Host } from './host';

// Issue 14, item 3, in the browser mode: the workbooks that killed the host with "JavaScript heap out of memory"
// are uploaded and previewed as a clerk's browser would. Each ends in the clerk's message, the host (its job thread
// included: one process) never passes 500 MB, and it goes on answering.

let dir: string;
let host: Host;
let cookie: string;

beforeAll(async () => {
  mustBeBuilt();
  dir = mkdtempSync(join(tmpdir(), 'tizim-hostile-uploads-'));
  mkdirSync(join(dir, 'tmp'));
  const db = join(dir, 'ledger.sqlite');
  expect(tizim(['init', '--db', db, '--preset', 'mazhilis-2023']).code).toBe(0);
  host = await startHost(db, { TMPDIR: join(dir, 'tmp') });
  cookie = await signIn(host);
});
afterAll(async () => {
  host.child.kill('SIGTERM');
  await host.exited;
  rmSync(dir, { recursive: true, force: true });
});

/** The host process's peak resident memory so far, MB (Linux's high-water mark). */
function hostPeakMb(): number {
  const status = readFileSync(`/proc/${host.child.pid ?? 0}/status`, 'utf8');
  return Math.round(Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN) / 1024);
}

async function upload(path: string, name: string): Promise<string> {
  const reply = await fetch(`${host.origin}/upload`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, Cookie: cookie, 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(name) },
    body: readFileSync(path),
  });
  const body = (await reply.json()) as { ok: boolean; value?: { fileId: string } };
  if (!body.ok || !body.value) throw new Error(`upload refused: ${JSON.stringify(body)}`);
  return body.value.fileId;
}

for (const bomb of BOMBS)
  it(`${bomb.name} uploaded and previewed: refused at ${bomb.megabytes} MB of ${bomb.part}, the host under 500 MB and answering`, async () => {
    const file = join(dir, bomb.name);
    await bomb.write(file);
    const fileId = await upload(file, bomb.name);
    const preview = await api(host, 'imports.preview', { electionId: 1, fileId, limit: 1 }, cookie);
    expect(preview.ok).toBe(false);
    expect(preview.error).toMatchObject({ messageKey: 'import.partTooLarge', params: { part: bomb.part, megabytes: bomb.megabytes, file: bomb.name } });
    expect(host.stderr()).not.toMatch(/heap out of memory|FATAL|Unexpected error/);
    const peak = hostPeakMb();
    console.log(`hostile upload ${bomb.name}: the host's peak ${peak} MB`);
    expect(peak).toBeLessThan(500);
    expect((await api(host, 'auth.status', {})).ok).toBe(true);
    expect((await api(host, 'elections.list', {}, cookie)).ok).toBe(true);
  });
