import type { ReportId } from '../../domain/records';
import type { Lang } from '../../domain/types';
import { call, inElectron } from './client';
import { download, type DownloadOutcome } from './download';

// A report as a file: in Electron main asks where to save it (reports.save); in the browser mode the host streams
// the .xlsx from POST /file/reports.export (the same token and guards as /api) and the page hands it to the browser
// as a download.

export { dispositionName } from './download';

export interface ExportRequest {
  electionId: number;
  report: ReportId;
  lang: Lang;
  order: 'submitted' | 'alphabetical';
}

export type ExportOutcome =
  | DownloadOutcome
  | { kind: 'saved'; path: string; rows: number }
  | { kind: 'cancelled' };

/** `job`: the id the page follows the writing by, and stops it by (queries/jobs.ts). */
export async function exportReport(request: ExportRequest, job?: string): Promise<ExportOutcome> {
  if (inElectron()) {
    const result = await call('reports.save', request, job === undefined ? {} : { job });
    if (!result.ok) return { kind: 'error', error: result.error };
    return result.value.path === null ? { kind: 'cancelled' } : { kind: 'saved', path: result.value.path, rows: result.value.rows };
  }
  return download('/file/reports.export', request, `${request.report}.xlsx`, job);
}
