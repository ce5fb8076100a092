import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, startHost, type Host } from '../../src/host';
import { MAX_BODY_BYTES } from '../../src/host/api-route';
import { hostSession, openDesk, TEST_ADMIN, type Desk } from './helpers';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so that the test controls every header (fetch would not let it set Host). */
function send(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { Host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

function json(reply: Reply): { ok: boolean; value?: unknown; error?: { code: string; messageKey: string } } {
  return JSON.parse(reply.body) as { ok: boolean; value?: unknown; error?: { code: string; messageKey: string } };
}

let desk: Desk;
let host: Host;
let rendererDir: string;
let session: string;

beforeEach(async () => {
  desk = openDesk();
  desk.must('elections.create', { preset: 'mazhilis-2023' });
  rendererDir = join(desk.dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Tizim</title><div id="root"></div>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("tizim");');
  writeFileSync(join(rendererDir, 'assets', 'app.css'), 'body { margin: 0 }');
  writeFileSync(join(desk.dir, 'secret.txt'), 'not for the browser');
  host = await startHost({ service: desk.service, rendererDir });
  session = await hostSession(desk, host.port, host.token);
});

afterEach(async () => {
  await host.close();
  desk.close();
});

const call = (method: string, body: string, headers: Record<string, string> = {}): Promise<Reply> =>
  send(host.port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { Authorization: `Bearer ${host.token}`, Cookie: session, 'Content-Type': 'application/json', ...headers },
    body,
  });

describe('the loopback host', () => {
  it('listens on 127.0.0.1 and prints an address carrying a long random token in its hash', async () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const other = await startHost({ service: desk.service, rendererDir });
    expect(other.token).not.toBe(host.token);
    await other.close();
  });

  it('carries a call to the service and back', async () => {
    const reply = await call('elections.list', '{}');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toMatch(/^application\/json/);
    const result = json(reply);
    expect(result.ok).toBe(true);
    const [election] = result.value as Array<{ counts: { regions: number; districts: number; parties: number } }>;
    expect(election?.counts).toMatchObject({ regions: 20, districts: 29, parties: 7 });
  });

  it('signs in with an HttpOnly, SameSite=Strict cookie the page never sees, and refuses a call without it', async () => {
    const reply = await call('auth.signIn', JSON.stringify({ login: TEST_ADMIN.login, password: TEST_ADMIN.password }), { Cookie: '' });
    expect(reply.headers['set-cookie']).toEqual([expect.stringMatching(/^tizim_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/)]);
    expect(json(reply)).toEqual({ ok: true, value: { user: { id: 1, login: 'admin', fullName: TEST_ADMIN.fullName, role: 'administrator' } } });
    expect(json(await call('elections.list', '{}', { Cookie: '' }))).toMatchObject({ ok: false, error: { code: 'unauthenticated', messageKey: 'error.signInRequired' } });
    expect(json(await call('elections.list', '{}', { Cookie: 'tizim_session=forged' }))).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    const out = await call('auth.signOut', '{}');
    expect(out.headers['set-cookie']).toEqual(['tizim_session=; Max-Age=0; Path=/; HttpOnly; SameSite=Strict']);
    expect(json(await call('elections.list', '{}'))).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('returns the service’s own errors as results with 200', async () => {
    const unknown = json(await call('elections.frobnicate', '{}'));
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    const invalid = json(await call('elections.get', '{"id":"one"}'));
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('refuses a call without the token, or with a wrong one, with 401', async () => {
    const none = await send(host.port, { method: 'POST', path: '/api/elections.list', body: '{}' });
    expect(none.status).toBe(401);
    expect(json(none)).toMatchObject({ ok: false, error: { code: 'unauthorized', messageKey: 'host.unauthorized' } });
    const wrong = await call('elections.list', '{}', { Authorization: `Bearer ${host.token.slice(1)}x` });
    expect(wrong.status).toBe(401);
    const notBearer = await call('elections.list', '{}', { Authorization: `Basic ${host.token}` });
    expect(notBearer.status).toBe(401);
  });

  it('refuses a foreign Host header with 403 (DNS rebinding), on the API and on pages', async () => {
    for (const hostHeader of ['evil.example:' + host.port, `127.0.0.1:${host.port + 1}`, '127.0.0.1']) {
      const api = await call('elections.list', '{}', { Host: hostHeader });
      expect(api.status).toBe(403);
      expect(json(api).error?.messageKey).toBe('host.forbiddenHost');
      const page = await send(host.port, { path: '/', headers: { Host: hostHeader } });
      expect(page.status).toBe(403);
    }
    const localhost = await call('elections.list', '{}', { Host: `localhost:${host.port}` });
    expect(localhost.status).toBe(200);
  });

  it('refuses a foreign Origin with 403 and accepts its own', async () => {
    for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${host.port + 1}`, `https://127.0.0.1:${host.port}`]) {
      const reply = await call('elections.list', '{}', { Origin: origin });
      expect(reply.status).toBe(403);
      expect(json(reply).error?.messageKey).toBe('host.forbiddenOrigin');
    }
    const own = await call('elections.list', '{}', { Origin: `http://127.0.0.1:${host.port}` });
    expect(own.status).toBe(200);
  });

  it('answers junk JSON with 400 and a clear message key', async () => {
    const reply = await call('elections.list', '{"oops": ');
    expect(reply.status).toBe(400);
    expect(json(reply)).toMatchObject({ ok: false, error: { code: 'bad-json', messageKey: 'host.badJson' } });
  });

  it('refuses other verbs, other media types and oversized bodies', async () => {
    const get = await send(host.port, {
      path: '/api/elections.list',
      headers: { Authorization: `Bearer ${host.token}` },
    });
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
    const form = await call('elections.list', 'a=1', { 'Content-Type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
    const big = await call('elections.list', JSON.stringify({ pad: 'x'.repeat(MAX_BODY_BYTES + 10) }));
    expect(big.status).toBe(413);
    expect(json(big).error?.messageKey).toBe('host.tooLarge');
  });

  it('serves the renderer’s files with their types and the strict security headers', async () => {
    const index = await send(host.port, { path: '/' });
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.body).toContain('<div id="root">');
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect(index.headers['referrer-policy']).toBe('no-referrer');
    const script = await send(host.port, { path: '/assets/app.js' });
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    const style = await send(host.port, { path: '/assets/app.css?v=1' });
    expect(style.headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await send(host.port, { path: '/missing.js' })).status).toBe(404);
    expect((await send(host.port, { path: '/assets' })).status).toBe(404);
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/%00']) {
      const reply = await send(host.port, { path });
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('not for the browser');
    }
  });

  it('sends the policy the renderer page itself declares, and it allows nothing but the desk itself', () => {
    const html = readFileSync(join(__dirname, '../../src/renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    // frame-ancestors only works as a header, so the page's meta tag leaves it out.
    expect(`${meta ?? ''}; frame-ancestors 'none'`).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|\*|https?:/);
  });
});
