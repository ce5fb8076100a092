import type { SaveOutcome } from '../../api/import';
import { said, saidOfError, type Said } from '../../i18n/said';

/** What became of a workbook the clerk asked for, said on the status line (worded when shown). */
export function saveStatus(outcome: SaveOutcome): Said {
  switch (outcome.kind) {
    case 'downloaded':
      return said('importScreen.file.downloaded', { file: outcome.file });
    case 'saved':
      return said('importScreen.file.saved', { path: outcome.path });
    case 'cancelled':
      return said('importScreen.file.cancelled');
    case 'failed':
      return said('importScreen.file.failed', { status: outcome.status });
    case 'interrupted':
      return said('importScreen.file.interrupted');
    default:
      return saidOfError(outcome.error);
  }
}
