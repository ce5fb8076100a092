import { spawn, type ChildProcess } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, expect, it } from 'vitest';

// `tizim serve --listen` (issue 12): the commission server, as the administrator starts it, reached as workstations
// reach it. HTTPS only, a certificate made at first start whose fingerprint it prints, and only the host names the
// administrator configured are answered.

const cli = resolve(__dirname, '../../out/main/cli.js');
let dir: string;
let child: ChildProcess;
let port = 0;
const printed: string[] = [];

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` (npm test builds it).`);
  dir = mkdtempSync(join(tmpdir(), 'tizim-server-'));
  child = spawn(process.execPath, [cli, 'serve', '--db', join(dir, 'ledger.sqlite'), '--listen', '127.0.0.1:0', '--host-name', 'tizim.test'], {
    env: { ...process.env, TIZIM_LANG: 'en' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  await new Promise<void>((resolveStarted, reject) => {
    lines.on('line', (line) => {
      printed.push(line);
      const match = /^Tizim is serving the desk at https:\/\/tizim\.test:(\d+)\/$/.exec(line);
      if (match?.[1]) port = Number(match[1]);
      if (line.startsWith('Each user signs in')) resolveStarted();
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
});
afterAll(() => {
  child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request over TLS to 127.0.0.1, naming `host` in SNI and the Host header, as a workstation's browser would. */
function https(path: string, host: string, body = '{}', headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolveReply, reject) => {
    const req = httpsRequest(
      { host: '127.0.0.1', port, path, method: 'POST', servername: host, rejectUnauthorized: false, headers: { Host: `${host}:${port}`, 'Content-Type': 'application/json', ...headers } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolveReply({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

it('makes a certificate at first start and prints the SHA-256 fingerprint of the one it serves', () => {
  const certFile = join(dir, 'ledger.sqlite.tls', 'cert.pem');
  const fingerprint = new X509Certificate(readFileSync(certFile)).fingerprint256;
  expect(printed).toContain(`The certificate’s SHA-256 fingerprint (compare it on each workstation the first time its browser asks): ${fingerprint}`);
  expect(printed).toContain(`Workstations open: https://tizim.test:${port}/`);
});

it('answers over HTTPS for the configured name, and refuses plain HTTP and any other Host', async () => {
  const status = await https('/api/auth.status', 'tizim.test');
  expect(status.status).toBe(200);
  expect(JSON.parse(status.body)).toEqual({ ok: true, value: { firstRun: true, user: null, idleMinutes: 30 } });
  expect(status.headers['strict-transport-security']).toBe('max-age=31536000');

  const foreign = await https('/api/auth.status', 'evil.example');
  expect(foreign.status).toBe(403);
  expect(JSON.parse(foreign.body)).toMatchObject({ ok: false, error: { code: 'forbidden-host' } });
  expect((await https('/api/auth.status', 'tizim.test', '{}', { Origin: 'https://evil.example' })).status).toBe(403);

  // Plain HTTP to the same port never gets an answer: the TLS handshake fails and the connection is closed.
  const plain = await new Promise<string>((resolvePlain) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: '/api/auth.status', method: 'POST', headers: { Host: `tizim.test:${port}` } }, (res) =>
      resolvePlain(`answered ${res.statusCode}`),
    );
    req.on('error', (error: NodeJS.ErrnoException) => resolvePlain(error.code ?? error.message));
    req.end('{}');
  });
  expect(['ECONNRESET', 'socket hang up', 'HPE_INVALID_CONSTANT']).toContain(plain);
});

it('needs a signed-in user, whose session cookie is __Host-, Secure, HttpOnly and SameSite=Strict', async () => {
  expect(JSON.parse((await https('/api/elections.list', 'tizim.test')).body)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  const password = 'пароль администратора 2023';
  await https('/api/users.createFirst', 'tizim.test', JSON.stringify({ login: 'admin', fullName: 'Әкімші Айгерім', password }));
  const signIn = await https('/api/auth.signIn', 'tizim.test', JSON.stringify({ login: 'admin', password }));
  const cookie = (signIn.headers['set-cookie'] ?? [])[0] ?? '';
  expect(cookie).toMatch(/^__Host-tizim_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict; Secure$/);
  expect(signIn.body).not.toContain(cookie.split(';')[0]?.split('=')[1] ?? 'x');
  const session = cookie.split(';')[0] ?? '';
  expect(JSON.parse((await https('/api/elections.list', 'tizim.test', '{}', { Cookie: session })).body)).toEqual({ ok: true, value: [] });
  expect(JSON.parse((await https('/api/server.info', 'tizim.test', '{}', { Cookie: session })).body)).toMatchObject({
    ok: true,
    value: { server: { hostNames: ['tizim.test', '127.0.0.1'], fingerprint: expect.stringMatching(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/) }, idleMinutes: 30 },
  });
});
