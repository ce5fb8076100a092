import { basename } from 'node:path';
import type { Desk } from './desk';

// The clerk picks a workbook in an open dialog and the service registers it under its name; the page gets the file's
// id and name, never its path.

export async function openImport(desk: Desk): Promise<{ fileId: string; file: string } | null> {
  const path = await desk.askOpen();
  if (path === null) return null;
  const file = basename(path);
  return { fileId: desk.service.registerImportFile(path, file), file };
}
