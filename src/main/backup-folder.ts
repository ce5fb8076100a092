import { translator } from '../domain/i18n';
import type { Lang } from '../domain/types';
import type { Desk } from './desk';

// The administrator picks the backups' folder (a second disk, a USB stick) in the system's folder dialog, worded in
// the desk's language. Only the path comes back: saving it is the service's backups.settings, which checks it.

export async function chooseBackupFolder(desk: Desk, lang: Lang): Promise<{ folder: string } | null> {
  const t = translator(lang, 'ui');
  const folder = await desk.askFolder({ title: t('backups.folderDialogTitle'), buttonLabel: t('backups.folderDialogButton') });
  return folder === null ? null : { folder };
}
