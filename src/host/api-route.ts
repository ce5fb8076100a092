import type { IncomingMessage, ServerResponse } from 'node:http';
import { handOff, type Caller, type Service } from '../service/index';
import type { Result } from '../service/result';
import { isJobId } from '../service/progress';
import type { Gate } from './gate';
import { refuse, sendJson } from './transport-error';

/**
 * What the host serves: the service's registry, mounted by kind. POST /api/<method> runs the methods that answer
 * (at once, after a wait, or after reading an imported file); POST /file/<method> streams the workbook of a file
 * method; POST /upload receives a workbook to import. Every call carries its caller's session.
 */
export type CallTarget = Pick<Service, 'kindOf' | 'sessionOf' | 'permit' | 'callAsync' | 'prepareFile' | 'registerImportFile'>;

export const MAX_BODY_BYTES = 1024 * 1024;

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge());
        req.pause();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolvePromise(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function isJsonContentType(header: string | undefined): boolean {
  if (header === undefined) return true;
  return header.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/** The caller of a request: its session cookie, and where it comes from. */
export function callerOf(req: IncomingMessage, gate: Gate): Caller {
  return { session: gate.sessionOf(req), origin: gate.originOf(req) };
}

/** POST, with the transport's own secret where it has one, or the refusal answered and false. */
export function admitPost(req: IncomingMessage, res: ServerResponse, gate: Gate): boolean {
  if (req.method !== 'POST') {
    refuse(res, 'method-not-allowed', { method: req.method ?? '' }, { Allow: 'POST' });
    return false;
  }
  if (!gate.admits(req)) {
    refuse(res, 'unauthorized', {}, { 'WWW-Authenticate': 'Bearer' });
    return false;
  }
  return true;
}

/**
 * The checks every call passes before the service sees it: POST, the transport's secret, a JSON body of sane size.
 * Answers the refusal itself and returns null, or returns the parsed input.
 */
export async function readCall(req: IncomingMessage, res: ServerResponse, gate: Gate): Promise<{ input: unknown } | null> {
  if (!admitPost(req, res, gate)) return null;
  if (!isJsonContentType(req.headers['content-type'])) {
    refuse(res, 'unsupported-media-type', { type: req.headers['content-type'] ?? '' });
    return null;
  }
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) {
    refuse(res, 'too-large', { limit: MAX_BODY_BYTES }, { Connection: 'close' });
    req.resume();
    return null;
  }
  let raw: Buffer;
  try {
    raw = await readBody(req, MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLarge) refuse(res, 'too-large', { limit: MAX_BODY_BYTES }, { Connection: 'close' });
    else res.destroy();
    return null;
  }
  const text = raw.toString('utf8');
  try {
    // An empty body is an empty input, so that `curl -X POST …/api/elections.list` works.
    return { input: text.trim() === '' ? {} : JSON.parse(text) };
  } catch (error) {
    refuse(res, 'bad-json', { detail: error instanceof Error ? error.message : String(error) });
    return null;
  }
}

/** The id a page follows its long job by (`jobs.progress`), sent as a header so that the method's input stays its own. */
export function jobIdOf(req: IncomingMessage): string | undefined {
  const id = req.headers['x-tizim-job'];
  return isJobId(id) ? id : undefined;
}

export async function handleApi(req: IncomingMessage, res: ServerResponse, service: CallTarget, gate: Gate, method: string): Promise<void> {
  const read = await readCall(req, res, gate);
  if (read === null) return;
  let result: Result<unknown>;
  try {
    result = await service.callAsync(method, read.input, callerOf(req, gate), jobIdOf(req));
  } catch (error) {
    // The service returns expected failures as results; an exception here is a bug. Log it, tell the caller nothing
    // more than that it happened.
    console.error(`tizim host: ${method} threw`, error);
    result = { ok: false, error: { code: 'internal', messageKey: 'error.internal', params: {} } };
  }
  // A sign-in's token goes into the HttpOnly cookie, never to the page; a sign-out clears it.
  const handed = handOff(service.sessionOf(method), result);
  if (handed.token !== undefined) gate.setSession(res, handed.token);
  sendJson(res, 200, handed.result);
}
