import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorReportFileName, templateFileName } from '../domain/file-names';
import { readCall, type CallTarget } from './api-route';
import { streamWorkbook } from './stream-workbook';
import { refuse } from './transport-error';

// POST /file/<method>: the workbooks of an import, streamed as /export streams a report: the template to fill in
// (imports.template) and a previewed file's rows with their findings (imports.errors).

export const FILE_ROUTE_METHODS = ['imports.template', 'imports.errors'] as const;
type FileRouteMethod = (typeof FILE_ROUTE_METHODS)[number];

const isFileRouteMethod = (method: string): method is FileRouteMethod => (FILE_ROUTE_METHODS as readonly string[]).includes(method);

const word = (value: unknown, fallback: string): string =>
  typeof value === 'string' && /^[a-z-]{1,20}$/.test(value) ? value : fallback;

/** The name the download offers; the service still checks the input, this only names the file. */
export function fileRouteName(method: FileRouteMethod, input: unknown, nameOf: (fileId: string) => string | undefined): string {
  const fields = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  if (method === 'imports.template') return templateFileName(word(fields.template, 'import'), word(fields.lang, 'kk'));
  const fileId = typeof fields.fileId === 'string' ? fields.fileId : '';
  return errorReportFileName(nameOf(fileId) ?? '');
}

export async function handleFile(
  req: IncomingMessage,
  res: ServerResponse,
  service: CallTarget,
  token: string,
  method: string,
  nameOf: (fileId: string) => string | undefined,
): Promise<void> {
  const read = await readCall(req, res, token);
  if (read === null) return;
  const streamFile = service.streamFile?.bind(service);
  if (!isFileRouteMethod(method) || !streamFile) {
    refuse(res, 'not-found', { path: `/file/${method.slice(0, 80)}` });
    return;
  }
  await streamWorkbook(res, fileRouteName(method, read.input, nameOf), (out) => streamFile(method, read.input, out));
}
