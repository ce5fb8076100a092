import { errorReportFileName, templateFileName } from '../domain/file-names';
import type { Service } from '../service/index';
import type { Result } from '../service/result';
import { schemas } from '../service/schemas';
import { refusalOf, saveWorkbook, type AskPath, type WriteWorkbook } from './save-file';

// 'imports.saveTemplate' and 'imports.saveErrors', which only the Electron main process answers: the workbooks of
// an import (POST /file/<method> in the browser mode) saved where the clerk chooses.

type Streamer = Pick<Service, 'streamFile'>;

export async function saveTemplate(service: Streamer, input: unknown, askPath: AskPath): Promise<Result<{ path: string | null }>> {
  const write: WriteWorkbook = (i, out) => service.streamFile('imports.template', i, out);
  const parsed = schemas['imports.saveTemplate'].safeParse(input ?? {});
  if (!parsed.success) return refusalOf(write, input);
  const saved = await saveWorkbook(write, parsed.data, templateFileName(parsed.data.template, parsed.data.lang), askPath, 'imports.saveTemplate');
  return saved.ok ? { ok: true, value: { path: saved.value.path } } : saved;
}

/** `nameOf` gives the name of the file the clerk opened, for the name the dialog offers. */
export async function saveErrors(
  service: Streamer,
  input: unknown,
  nameOf: (fileId: string) => string | undefined,
  askPath: AskPath,
): Promise<Result<{ path: string | null; rows: number }>> {
  const write: WriteWorkbook = (i, out) => service.streamFile('imports.errors', i, out);
  const parsed = schemas['imports.saveErrors'].safeParse(input ?? {});
  if (!parsed.success) return refusalOf(write, input);
  return saveWorkbook(write, parsed.data, errorReportFileName(nameOf(parsed.data.fileId) ?? ''), askPath, 'imports.saveErrors');
}
