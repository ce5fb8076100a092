import type { BackupView } from '../../../domain/seals';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Modal } from '../../components/Modal';
import { useWords, type ServiceError } from '../../i18n/messages';
import { formatMoment } from '../../lib/dates';

interface Props {
  backup: BackupView;
  /** The ledger's journal position now: what lies after the backup's is lost. */
  seq: number;
  busy: boolean;
  refusal: ServiceError | null;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * Before a backup is restored, what will be lost: the journal entries after the backup's position. Opens on
 * "Cancel", so that Enter alone never restores; Escape goes back.
 */
export function RestoreDialog({ backup, seq, busy, refusal, onConfirm, onClose }: Props) {
  const { t, number } = useWords();
  const at = formatMoment(backup.at);
  const lost = Math.max(0, seq - backup.seq);
  return (
    <Modal labelledBy="restore-title" initialFocus="restore-cancel" onClose={onClose} className="decision-dialog">
      <h2 id="restore-title">{t('backups.restoreTitle', { at })}</h2>
      <p className="dialog-subject">{backup.name}</p>
      <p>
        {lost === 0
          ? t('backups.restoreLosesNothing', { seq: number(backup.seq) })
          : t('backups.restoreLoses', { seq: number(backup.seq), count: number(lost), from: number(backup.seq + 1), to: number(seq) })}
      </p>
      <p>{t('backups.restoreKept')}</p>
      {refusal && <ErrorNotice error={refusal} />}
      <div className="actions">
        <button type="button" className="danger" disabled={busy} onClick={onConfirm}>
          {busy ? t('backups.restoring') : t('backups.restoreConfirm')}
        </button>
        <button type="button" id="restore-cancel" onClick={onClose}>
          {t('form.cancel')}
        </button>
      </div>
    </Modal>
  );
}
