import type { ServerResponse } from 'node:http';

/** Why the host refused a request before it reached the service. The message key is in the catalogs (`host.*`). */
export type TransportProblem =
  | 'bad-json'
  | 'unauthorized'
  | 'forbidden-host'
  | 'forbidden-origin'
  | 'not-found'
  | 'method-not-allowed'
  | 'too-large'
  | 'unsupported-media-type';

const STATUS: Record<TransportProblem, number> = {
  'bad-json': 400,
  unauthorized: 401,
  'forbidden-host': 403,
  'forbidden-origin': 403,
  'not-found': 404,
  'method-not-allowed': 405,
  'too-large': 413,
  'unsupported-media-type': 415,
};

const MESSAGE_KEY: Record<TransportProblem, string> = {
  'bad-json': 'host.badJson',
  unauthorized: 'host.unauthorized',
  'forbidden-host': 'host.forbiddenHost',
  'forbidden-origin': 'host.forbiddenOrigin',
  'not-found': 'host.notFound',
  'method-not-allowed': 'host.methodNotAllowed',
  'too-large': 'host.tooLarge',
  'unsupported-media-type': 'host.unsupportedMediaType',
};

/** A refusal, shaped like a service Result so that the renderer's client reads every failure the same way. */
export interface TransportErrorBody {
  ok: false;
  error: { code: TransportProblem; messageKey: string; params: Record<string, string | number> };
}

export function transportError(
  problem: TransportProblem,
  params: Record<string, string | number> = {},
): { status: number; body: TransportErrorBody } {
  return { status: STATUS[problem], body: { ok: false, error: { code: problem, messageKey: MESSAGE_KEY[problem], params } } };
}

export function sendJson(res: ServerResponse, status: number, body: unknown, extraHeaders: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...extraHeaders,
  });
  res.end(text);
}

export function refuse(
  res: ServerResponse,
  problem: TransportProblem,
  params: Record<string, string | number> = {},
  extraHeaders: Record<string, string> = {},
): void {
  const { status, body } = transportError(problem, params);
  sendJson(res, status, body, extraHeaders);
}
