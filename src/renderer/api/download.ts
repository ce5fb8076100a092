import type { ServiceError } from '../i18n/messages';
import { storedToken } from './token';

// A workbook the host streams (POST /file/<method>), handed to the browser as a download. The host
// answers a refusal as a service Result, whose message is the clerk's to read.

export type DownloadOutcome =
  | { kind: 'downloaded'; file: string }
  | { kind: 'failed'; status: number }
  /** The file broke off before its end (stopped by the clerk, or the connection lost): nothing was saved. */
  | { kind: 'interrupted' }
  | { kind: 'error'; error: ServiceError };

/** The file name of a Content-Disposition header: filename* (RFC 5987) first, else filename. */
export function dispositionName(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      /* fall through to the plain name */
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(header);
  return plain?.[1]?.trim() || fallback;
}

function saveBlob(blob: Blob, file: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the address is let go.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A refusal in the body of a response that is not the file: the service's Result if it is one. */
export async function refusalOf(response: Response): Promise<DownloadOutcome> {
  try {
    const body = (await response.json()) as { ok?: boolean; error?: ServiceError };
    if (body.ok === false && body.error) return { kind: 'error', error: body.error };
  } catch {
    /* not JSON: say the status */
  }
  return { kind: 'failed', status: response.status };
}

/** `job`: an id to follow the writing by (`jobs.progress`) and stop it (`jobs.cancel`), as /api calls send it. */
export async function download(path: string, input: unknown, fallbackName: string, job?: string): Promise<DownloadOutcome> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${storedToken() ?? ''}`,
        ...(job === undefined ? {} : { 'X-Tizim-Job': job }),
      },
      body: JSON.stringify(input),
    });
  } catch {
    return { kind: 'error', error: { code: 'internal', messageKey: 'transport.unreachable' } };
  }
  // A refused request is answered with JSON (200 for the service's refusals, 4xx for the host's): never the file.
  if (!response.ok || /json/i.test(response.headers.get('Content-Type') ?? '')) return refusalOf(response);
  const file = dispositionName(response.headers.get('Content-Disposition'), fallbackName);
  let blob: Blob;
  try {
    blob = await response.blob();
  } catch {
    // The host cut the file off unfinished: half a workbook is never handed to the browser to keep.
    return { kind: 'interrupted' };
  }
  saveBlob(blob, file);
  return { kind: 'downloaded', file };
}
