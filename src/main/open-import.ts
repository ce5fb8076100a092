import { basename } from 'node:path';
import { translator } from '../domain/i18n';
import type { Lang } from '../domain/types';
import type { Desk, OpenDialogWords } from './desk';

// The clerk picks a workbook in an open dialog and the service registers it under its name; the page gets the file's
// id and name, never its path. The dialog speaks the desk's language, whatever the system's is.

export function openDialogWords(lang: Lang): OpenDialogWords {
  const t = translator(lang, 'ui');
  return { title: t('importScreen.file.dialogTitle'), buttonLabel: t('importScreen.file.dialogButton'), filterName: t('importScreen.file.dialogFilter') };
}

export async function openImport(desk: Desk, lang: Lang): Promise<{ fileId: string; file: string } | null> {
  const path = await desk.askOpen(openDialogWords(lang));
  if (path === null) return null;
  const file = basename(path);
  return { fileId: desk.service.registerImportFile(path, file), file };
}
