import type { DeskMethods } from '../../main/desk-methods';
import type { InputOfMethod, OutputOfMethod, Result, ServiceMethods } from '../../service/contract';
import { storedToken } from './token';

// One client, two transports: Electron's preload bridge when present, otherwise the loopback host over HTTP.
// A transport failure is a Result like any other, so screens have one way to show what went wrong. The methods are
// the service's, and in the desk window also main's own (the dialogs); both typed from where they are declared.

/** Every method the page can name: the service's, and the desk window's dialogs (answered only in Electron). */
export type PageMethods = ServiceMethods & DeskMethods;
type PageMethod = Extract<keyof PageMethods, string>;

interface Bridge {
  call(method: string, input: unknown, job?: string): Promise<unknown>;
}

type Failure = Extract<Result<never>, { ok: false }>;

function transportFailure(messageKey: string, params?: Record<string, string | number>): Failure {
  return { ok: false, error: { code: 'internal', messageKey, ...(params ? { params } : {}) } };
}

export function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  if (value.ok !== false || !('error' in value)) return false;
  const error = value.error;
  return typeof error === 'object' && error !== null && 'code' in error && 'messageKey' in error;
}

function bridge(): Bridge | null {
  const candidate = (globalThis as { tizim?: Partial<Bridge> }).tizim;
  return candidate && typeof candidate.call === 'function' ? (candidate as Bridge) : null;
}

/** True in the Electron window, where the preload bridge carries the calls (and main shows the save dialogs). */
export function inElectron(): boolean {
  return bridge() !== null;
}

async function overBridge(b: Bridge, method: PageMethod, input: unknown, job: string | undefined): Promise<Result<unknown>> {
  try {
    const answer = await (job === undefined ? b.call(method, input) : b.call(method, input, job));
    return isResult(answer) ? answer : transportFailure('transport.badAnswer', { status: 'IPC' });
  } catch {
    return transportFailure('transport.unreachable');
  }
}

async function overHttp(method: PageMethod, input: unknown, job: string | undefined): Promise<Result<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${storedToken() ?? ''}`,
        ...(job === undefined ? {} : { 'X-Tizim-Job': job }),
      },
      body: JSON.stringify(input),
    });
  } catch {
    return transportFailure('transport.unreachable');
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (isResult(body)) return body;
  if (response.status === 401 || response.status === 403) return transportFailure('transport.unauthorized');
  return transportFailure('transport.badAnswer', { status: response.status });
}

/** `job`: an id to follow a long job's progress by (`jobs.progress`, see queries/jobs.ts), over either transport. */
export async function call<M extends PageMethod>(
  method: M,
  input: InputOfMethod<PageMethods[M]>,
  options: { job?: string } = {},
): Promise<Result<OutputOfMethod<PageMethods[M]>>> {
  const b = bridge();
  const result = b ? await overBridge(b, method, input, options.job) : await overHttp(method, input, options.job);
  // The service answers with the view its contract names; the transport only checks the envelope.
  return result as Result<OutputOfMethod<PageMethods[M]>>;
}
