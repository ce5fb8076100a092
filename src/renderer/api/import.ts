import { templateFileName } from '../../domain/file-names';
import type { ImportTemplate } from '../../domain/import-records';
import type { Lang } from '../../domain/types';
import type { Result } from '../../service/contract';
import { call, inElectron, isResult } from './client';
import { download, type DownloadOutcome } from './download';
import { storedToken } from './token';

// The files of an import. In Electron main shows the dialogs (imports.open, imports.saveTemplate,
// imports.saveErrors); in the browser mode the page uploads the chosen workbook (POST /upload) and downloads the
// template and the error report (POST /file/<method>). Either way the page holds the file's id, never a path.

export interface ChosenFile {
  fileId: string;
  file: string;
}

export type SaveOutcome = DownloadOutcome | { kind: 'saved'; path: string } | { kind: 'cancelled' };

export interface ErrorReportRequest {
  electionId: number;
  fileId: string;
  partyId?: number;
  lang: Lang;
}

/** Electron: the open dialog, worded in the desk's language; null when the clerk cancels. */
export function openImportFile(lang: Lang): Promise<Result<ChosenFile | null>> {
  return call('imports.open', { lang });
}

/** The browser mode: the file the clerk picked, sent to the host, which answers with its id. */
export async function uploadImportFile(file: File): Promise<Result<ChosenFile>> {
  let response: Response;
  try {
    response = await fetch('/upload', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/octet-stream',
        Authorization: `Bearer ${storedToken() ?? ''}`,
        'X-File-Name': encodeURIComponent(file.name),
      },
      body: file,
    });
  } catch {
    return { ok: false, error: { code: 'internal', messageKey: 'transport.unreachable' } };
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (isResult(body)) return body as Result<ChosenFile>;
  if (response.status === 401 || response.status === 403) return { ok: false, error: { code: 'internal', messageKey: 'transport.unauthorized' } };
  return { ok: false, error: { code: 'internal', messageKey: 'transport.badAnswer', params: { status: response.status } } };
}

function saved(result: Result<{ path: string | null }>): SaveOutcome {
  if (!result.ok) return { kind: 'error', error: result.error };
  return result.value.path === null ? { kind: 'cancelled' } : { kind: 'saved', path: result.value.path };
}

/** The template of the election's import: its drop-downs offer the election's regions and parties. */
export async function saveTemplate(template: ImportTemplate, lang: Lang, electionId: number): Promise<SaveOutcome> {
  if (inElectron()) return saved(await call('imports.saveTemplate', { template, lang, electionId }));
  return download('/file/imports.template', { template, lang, electionId }, templateFileName(template, lang));
}

export async function saveErrorReport(request: ErrorReportRequest): Promise<SaveOutcome> {
  if (inElectron()) return saved(await call('imports.saveErrors', request));
  return download('/file/imports.errors', request, 'import-errors.xlsx');
}
