import type { ReportId } from '../../domain/records';
import type { Lang } from '../../domain/types';
import type { ServiceError } from '../i18n/messages';
import { call, inElectron } from './client';
import { storedToken } from './token';

// A report as a file: in Electron main asks where to save it (reports.save); in the browser mode the host streams
// the .xlsx from POST /export (the same token and guards as /api) and the page hands it to the browser as a download.

export interface ExportRequest {
  electionId: number;
  report: ReportId;
  lang: Lang;
  order: 'submitted' | 'alphabetical';
}

export type ExportOutcome =
  | { kind: 'downloaded'; file: string }
  | { kind: 'saved'; path: string; rows: number }
  | { kind: 'cancelled' }
  | { kind: 'failed'; status: number }
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

function download(blob: Blob, file: string): void {
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

export async function exportReport(request: ExportRequest): Promise<ExportOutcome> {
  if (inElectron()) {
    const result = await call('reports.save', request);
    if (!result.ok) return { kind: 'error', error: result.error };
    return result.value.path === null ? { kind: 'cancelled' } : { kind: 'saved', path: result.value.path, rows: result.value.rows };
  }
  let response: Response;
  try {
    response = await fetch('/export', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${storedToken() ?? ''}` },
      body: JSON.stringify(request),
    });
  } catch {
    return { kind: 'error', error: { code: 'internal', messageKey: 'transport.unreachable' } };
  }
  if (!response.ok) {
    // The host answers a refusal as a service Result, whose message is the clerk's to read.
    try {
      const body = (await response.json()) as { ok?: boolean; error?: ServiceError };
      if (body.ok === false && body.error) return { kind: 'error', error: body.error };
    } catch {
      /* not JSON: say the status */
    }
    return { kind: 'failed', status: response.status };
  }
  const file = dispositionName(response.headers.get('Content-Disposition'), `${request.report}.xlsx`);
  download(await response.blob(), file);
  return { kind: 'downloaded', file };
}
