import { isJobId } from '../service/progress';
import type { Result } from '../service/result';

export interface CallPayload {
  method: string;
  input: unknown;
  /** The id the page follows the call's long job by (`jobs.progress`), as the browser sends it in X-Tizim-Job. */
  job?: string;
}

/** The one shape the renderer may send over `tizim:call`. */
export function isCallPayload(value: unknown): value is CallPayload {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const method = (value as { method?: unknown }).method;
  return (
    typeof method === 'string' &&
    method.length > 0 &&
    method.length <= 80 &&
    keys.every((key) => key === 'method' || key === 'input' || key === 'job') &&
    (!('job' in value) || isJobId((value as { job?: unknown }).job))
  );
}

export const BAD_PAYLOAD: Result<never> = {
  ok: false,
  error: { code: 'invalid-input', messageKey: 'error.input.value', params: { path: '' } },
};

/** Whether a frame's URL is our renderer's page (the same file, whatever its hash or query). */
export function isRendererUrl(frameUrl: string, rendererUrl: string): boolean {
  try {
    const frame = new URL(frameUrl);
    const ours = new URL(rendererUrl);
    return frame.protocol === 'file:' && ours.protocol === 'file:' && frame.pathname === ours.pathname;
  } catch {
    return false;
  }
}
