import { useWords } from '../i18n/messages';
import { formatMoment } from '../lib/dates';
import { useCan } from '../lib/user';
import { backupStatus } from '../queries/backups';

// Issue 14, item 3: from sign-in on, the administrator sees that the ledger has no good backup from the last day,
// with the way to the Backups panel. The others are not told: they can neither make nor restore one (and may not
// read the backups' status), and a warning they can do nothing about would teach them to ignore warnings.

export function BackupReminder({ onOpen }: { onOpen: () => void }) {
  const { t } = useWords();
  const admin = useCan()('administrator');
  const status = backupStatus.useQuery(admin);
  const s = status.data;
  if (!admin || s === undefined || !s.stale) return null;
  return (
    <div className="notice notice-warning backup-reminder" role="note">
      <p>{s.last === null ? t('startup.backupNone') : t('startup.backupStale', { at: formatMoment(s.last.at) })}</p>
      <button type="button" className="link-button" onClick={onOpen}>
        {t('startup.backupLink')}
      </button>
    </div>
  );
}
