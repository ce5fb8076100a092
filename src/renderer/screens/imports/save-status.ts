import type { SaveOutcome } from '../../api/import';
import type { Words } from '../../i18n/messages';

/** What became of a workbook the clerk asked for, in a sentence for the status line. */
export function saveStatus(outcome: SaveOutcome, { t, errorText }: Pick<Words, 't' | 'errorText'>): string {
  switch (outcome.kind) {
    case 'downloaded':
      return t('importScreen.file.downloaded', { file: outcome.file });
    case 'saved':
      return t('importScreen.file.saved', { path: outcome.path });
    case 'cancelled':
      return t('importScreen.file.cancelled');
    case 'failed':
      return t('importScreen.file.failed', { status: outcome.status });
    default:
      return errorText(outcome.error);
  }
}
