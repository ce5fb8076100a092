import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHost, type CallTarget, type Host } from '../../src/host';
import { attachment } from '../../src/host/stream-workbook';
import { uploadedName } from '../../src/host/upload-route';
import type { Result } from '../../src/service/result';

// The host's import routes over a stand-in service that records what it was asked: POST /upload keeps the bytes in
// a private folder and registers them, POST /file/<method> streams what the service writes, /api goes through
// callAsync. The guards (token, Host, Origin, size) are the host's own, so they are tested here without a ledger.

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function send(port: number, options: { path: string; headers?: Record<string, string>; body?: Buffer | string; chunked?: boolean }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method: 'POST', path: options.path, headers: { Host: `127.0.0.1:${port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) {
      if (options.chunked) {
        // No Content-Length: the host learns the size only while reading.
        const body = Buffer.from(options.body);
        for (let at = 0; at < body.length; at += 1024) req.write(body.subarray(at, at + 1024));
      } else req.write(options.body);
    }
    req.end();
  });
}

const json = (reply: Reply) => JSON.parse(reply.body.toString('utf8')) as Result<Record<string, unknown>>;

interface Fake extends CallTarget {
  registered: { path: string; name: string; bytes: Buffer }[];
  calls: { method: string; input: unknown }[];
}

function fakeService(): Fake {
  const fake: Fake = {
    registered: [],
    calls: [],
    callAsync(method, input) {
      fake.calls.push({ method, input });
      return Promise.resolve({ ok: true, value: { method } });
    },
    sessionOf: () => undefined,
    permit: () => ({ ok: true, value: null }),
    kindOf: (method) => (method.startsWith('imports.') || method === 'reports.export' ? 'streams-file' : method === 'elections.list' ? 'answer' : undefined),
    prepareFile(method, input) {
      fake.calls.push({ method, input });
      if ((input as { lang?: unknown }).lang === 'xx')
        return Promise.resolve({ ok: false, error: { code: 'invalid-input', messageKey: 'error.input.value', params: { path: 'lang' }, field: 'lang' } });
      return Promise.resolve({
        ok: true,
        value: {
          fileName: method === 'imports.errors' ? 'Тізім-errors.xlsx' : `${method}.xlsx`,
          async write(out) {
            await new Promise<void>((done) => out.write(`workbook of ${method}`, () => done()));
            await new Promise<void>((done) => out.end(() => done()));
            return { ok: true, value: { rows: 3 } };
          },
        },
      });
    },
    registerImportFile(path, name) {
      fake.registered.push({ path, name, bytes: readFileSync(path) });
      return `file-${fake.registered.length}-abcdefgh`;
    },
  };
  return fake;
}

let service: Fake;
let host: Host;
let rendererDir: string;
const LIMIT = 64 * 1024;

beforeEach(async () => {
  service = fakeService();
  rendererDir = mkdtempSync(join(tmpdir(), 'tizim-renderer-'));
  host = await startHost({ service, rendererDir, uploadLimit: LIMIT });
});
afterEach(async () => {
  await host.close();
  rmSync(rendererDir, { recursive: true, force: true });
});

const auth = () => ({ Authorization: `Bearer ${host.token}` });
const upload = (body: Buffer | string, headers: Record<string, string> = {}, chunked = false) =>
  send(host.port, { path: '/upload', headers: { ...auth(), 'Content-Type': 'application/octet-stream', ...headers }, body, chunked });

describe('POST /upload', () => {
  it('keeps the bytes in a private folder, registers them under the clerk’s file name and answers only the id', async () => {
    const bytes = Buffer.from('PK\u0003\u0004 pretend workbook');
    const reply = await upload(bytes, { 'X-File-Name': encodeURIComponent('Список «Аманат».xlsx') });
    expect(reply.status).toBe(200);
    expect(json(reply)).toEqual({ ok: true, value: { fileId: 'file-1-abcdefgh', file: 'Список «Аманат».xlsx' } });
    const [kept] = service.registered;
    expect(kept?.name).toBe('Список «Аманат».xlsx');
    expect(kept?.bytes.equals(bytes)).toBe(true);
    expect(kept?.path.startsWith(tmpdir())).toBe(true);
    expect(kept?.path).not.toContain('Аманат');
    await host.close();
    expect(existsSync(dirname(kept?.path ?? '/nonexistent'))).toBe(false);
    host = await startHost({ service, rendererDir, uploadLimit: LIMIT });
  });

  it('needs the token, our own Host and Origin, and POST', async () => {
    expect((await send(host.port, { path: '/upload', body: 'x' })).status).toBe(401);
    expect((await upload('x', { Authorization: `Bearer ${host.token}x` })).status).toBe(401);
    const origin = await upload('x', { Origin: 'http://evil.example' });
    expect(origin.status).toBe(403);
    expect(json(origin)).toMatchObject({ ok: false, error: { code: 'forbidden-origin', messageKey: 'host.forbiddenOrigin' } });
    expect((await upload('x', { Host: 'evil.example' })).status).toBe(403);
    const get = await new Promise<number>((resolve, reject) =>
      httpRequest({ host: '127.0.0.1', port: host.port, path: '/upload', headers: auth() }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      }).on('error', reject).end(),
    );
    expect(get).toBe(405);
    expect(service.registered).toEqual([]);
  });

  it('refuses a file over the limit, whether its size is declared or only found while reading, and keeps nothing', async () => {
    const big = Buffer.alloc(LIMIT + 1, 1);
    const declared = await upload(big);
    expect(declared.status).toBe(413);
    expect(json(declared)).toMatchObject({ ok: false, error: { code: 'too-large', messageKey: 'host.tooLarge', params: { limit: LIMIT } } });
    const streamed = await upload(big, {}, true);
    expect(streamed.status).toBe(413);
    expect(service.registered).toEqual([]);
    const fine = await upload(Buffer.alloc(LIMIT, 1), {}, true);
    expect(fine.status).toBe(200);
  });

  it('takes only the last part of a sent name and falls back when there is none', () => {
    expect(uploadedName(encodeURIComponent('../../etc/passwd'))).toBe('passwd');
    expect(uploadedName(encodeURIComponent('C:\\Users\\clerk\\list.xlsx'))).toBe('list.xlsx');
    expect(uploadedName('%E0%A4%A')).toBe('import.xlsx');
    expect(uploadedName(undefined)).toBe('import.xlsx');
    expect(uploadedName(encodeURIComponent('a\u0000b.xlsx'))).toBe('ab.xlsx');
  });
});

describe('POST /file/<method>', () => {
  const file = (method: string, input: unknown, headers: Record<string, string> = auth()) =>
    send(host.port, { path: `/file/${method}`, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(input) });

  it('streams a file method’s workbook under the name the service gives it, in ASCII and in UTF-8', async () => {
    const template = await file('imports.template', { template: 'party-list', lang: 'ru' });
    expect(template.status).toBe(200);
    expect(template.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(template.headers['content-disposition']).toBe('attachment; filename="imports.template.xlsx"');
    expect(template.body.toString()).toBe('workbook of imports.template');

    const errors = await file('imports.errors', { electionId: 1, fileId: 'file-1-abcdefgh', lang: 'kk' });
    expect(errors.headers['content-disposition']).toBe(`attachment; filename="_____-errors.xlsx"; filename*=UTF-8''${encodeURIComponent('Тізім-errors.xlsx')}`);
    expect(service.calls.at(-1)).toEqual({ method: 'imports.errors', input: { electionId: 1, fileId: 'file-1-abcdefgh', lang: 'kk' } });
  });

  it('answers a refused input with the JSON Result, and only the service’s file methods', async () => {
    const refused = await file('imports.template', { template: 'party-list', lang: 'xx' });
    expect(refused.headers['content-type']).toMatch(/application\/json/);
    expect(json(refused)).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'lang' } });
    for (const method of ['elections.list', 'nope.nothing', '../upload', '__proto__']) expect((await file(method, {})).status, method).toBe(404);
    expect(service.calls).toEqual([{ method: 'imports.template', input: { template: 'party-list', lang: 'xx' } }]);
    expect((await file('imports.template', { template: 'party-list', lang: 'ru' }, {})).status).toBe(401);
    expect((await file('imports.template', {}, { ...auth(), Origin: 'http://evil.example' })).status).toBe(403);
  });
});

describe('POST /api', () => {
  it('goes through callAsync, so the methods that read a file are answered', async () => {
    const reply = await send(host.port, {
      path: '/api/imports.preview',
      headers: { ...auth(), 'Content-Type': 'application/json' },
      body: JSON.stringify({ electionId: 1, fileId: 'file-1-abcdefgh' }),
    });
    expect(json(reply)).toEqual({ ok: true, value: { method: 'imports.preview' } });
    expect(service.calls).toEqual([{ method: 'imports.preview', input: { electionId: 1, fileId: 'file-1-abcdefgh' } }]);
  });
});

it('names an attachment in ASCII, with the UTF-8 name beside it when it is not', () => {
  expect(attachment('quota-1-2023-02-01.xlsx')).toBe('attachment; filename="quota-1-2023-02-01.xlsx"');
  expect(attachment('Әлиева "list" (1).xlsx')).toBe(
    `attachment; filename="______ _list_ (1).xlsx"; filename*=UTF-8''${encodeURIComponent('Әлиева "list"')}%20%281%29.xlsx`,
  );
});
