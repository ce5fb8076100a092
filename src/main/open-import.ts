import { basename } from 'node:path';
import type { Service } from '../service/index';
import type { Result } from '../service/result';
import { schemas } from '../service/schemas';

// 'imports.open', which only the Electron main process answers: the clerk picks a workbook in an open dialog
// (passed in as `askOpen`, so that this stays testable in plain Node) and the service registers it; the page gets
// the file's id and name, never its path.

/** The file the clerk chose, or null when they cancel the dialog. */
export type AskOpen = () => Promise<string | null>;

/** The names of the files opened in this window, by id: the error report's save dialog offers `<name>-errors.xlsx`. */
export type OpenedNames = Map<string, string>;

export async function openImport(
  service: Pick<Service, 'registerImportFile'>,
  input: unknown,
  askOpen: AskOpen,
  opened: OpenedNames,
): Promise<Result<{ fileId: string; file: string } | null>> {
  if (!schemas['imports.open'].safeParse(input ?? {}).success)
    return { ok: false, error: { code: 'invalid-input', messageKey: 'error.input.value', params: { path: 'imports.open' } } };
  const path = await askOpen();
  if (path === null) return { ok: true, value: null };
  const file = basename(path);
  const fileId = service.registerImportFile(path, file);
  opened.set(fileId, file);
  return { ok: true, value: { fileId, file } };
}
