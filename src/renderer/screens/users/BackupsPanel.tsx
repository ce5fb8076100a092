import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { BackupStatus, BackupView } from '../../../domain/seals';
import { ErrorNotice } from '../../components/ErrorNotice';
import { JobProgress } from '../../components/JobProgress';
import { TextField } from '../../components/fields';
import { call, inElectron } from '../../api/client';
import { useWords, type ServiceError } from '../../i18n/messages';
import { formatMoment } from '../../lib/dates';
import { formKeys } from '../../lib/form-keys';
import { said, saidOfError } from '../../i18n/said';
import { backupMake, backupRestore, backupSettings, backupStatus } from '../../queries/backups';
import { serviceError } from '../../queries/client';
import { newJobId } from '../../queries/jobs';
import { RestoreDialog } from './RestoreDialog';

// The administrator's backups (issue 14, item 1): the folder on a second disk or a USB stick, how many to keep, the
// last good backup (a warning when there is none from the last day), and one made now; the desk's own schedule and
// its last try (items 1 and 3); the backups in the folder, each of which can be restored (item 2).

/** What the desk does by itself, and what came of its last try. */
function Automatic({ status }: { status: BackupStatus }) {
  const { t, say } = useWords();
  const { everyMinutes, last } = status.automatic;
  return (
    <>
      <p className="backups-automatic">
        {everyMinutes === null
          ? t('backups.automaticOff')
          : status.folder === null
            ? t('backups.automaticNeedsFolder')
            : t('backups.automatic', { minutes: everyMinutes })}
      </p>
      {last?.error && (
        <p className="notice notice-error" role="alert">
          {say(said('backups.automaticFailed', { at: formatMoment(last.at), reason: saidOfError(last.error) }))}
        </p>
      )}
      {last?.name && <p>{t('backups.automaticMade', { at: formatMoment(last.at), name: last.name })}</p>}
    </>
  );
}

/** The backups in the folder, newest first, each with its restore. */
function BackupList({ backups, onRestore }: { backups: BackupView[]; onRestore: (b: BackupView) => void }) {
  const { t, number } = useWords();
  if (backups.length === 0) return null;
  return (
    <table className="data-table backups-list">
      <caption>{t('backups.listTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('backups.colMade')}</th>
          <th scope="col">{t('backups.colSeq')}</th>
          <th scope="col">{t('backups.colSize')}</th>
          <th scope="col">{t('backups.colFile')}</th>
          <th scope="col"><span className="visually-hidden">{t('backups.restore')}</span></th>
        </tr>
      </thead>
      <tbody>
        {backups.map((b) => (
          <tr key={b.name}>
            <td>{formatMoment(b.at)}</td>
            <td className="number">{number(b.seq)}</td>
            <td className="number">{t('backups.size', { kb: number(Math.ceil(b.bytes / 1024)) })}</td>
            <td className="file-name">{b.name}</td>
            <td>
              <button type="button" onClick={() => onRestore(b)} aria-label={t('backups.restoreOf', { at: formatMoment(b.at), seq: number(b.seq) })}>
                {t('backups.restore')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SettingsForm({ folder, keep, version }: { folder: string | null; keep: number; version: number }) {
  const { t, lang } = useWords();
  const [path, setPath] = useState(folder ?? '');
  const [chooseError, setChooseError] = useState<ServiceError | null>(null);
  // The desk window has the system's folder dialog; in the browser the path is typed, and the service checks both.
  const choose = async (): Promise<void> => {
    const chosen = await call('backups.chooseFolder', { lang });
    setChooseError(chosen.ok ? null : chosen.error);
    if (chosen.ok && chosen.value !== null) setPath(chosen.value.folder);
  };
  const [count, setCount] = useState(String(keep));
  const save = backupSettings.useMutation();
  const error = serviceError(save.error);
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    save.mutate({ folder: path.trim(), keep: Number(count), version });
  };
  return (
    <form className="backup-settings" onSubmit={submit} onKeyDown={formKeys} aria-labelledby="backup-settings-title" noValidate>
      <h3 id="backup-settings-title">{t('backups.settingsTitle')}</h3>
      <TextField id="backup-folder" label={t('backups.folder')} value={path} onChange={setPath} required hint={t('backups.folderHint')} />
      {inElectron() && (
        <button type="button" onClick={() => void choose()}>
          {t('backups.chooseFolder')}
        </button>
      )}
      {chooseError && <ErrorNotice error={chooseError} />}
      <TextField id="backup-keep" label={t('backups.keep')} value={count} onChange={setCount} required hint={t('backups.keepHint')} />
      {error && <ErrorNotice error={error} />}
      <div className="actions">
        <button type="submit" disabled={save.isPending}>
          {t('backups.saveSettings')}
        </button>
      </div>
    </form>
  );
}

/** `focused`: the desk came here from its start-up warning, and brings the panel into view. */
export function BackupsPanel({ focused = false }: { focused?: boolean }) {
  const { t, number } = useWords();
  const status = backupStatus.useQuery();
  const make = backupMake.useMutation();
  const [job, setJob] = useState<string | null>(null);
  const makeNow = (): void => {
    const id = newJobId();
    setJob(id);
    make.mutate(id, { onSettled: () => setJob(null) });
  };
  const restore = backupRestore.useMutation();
  const [restoring, setRestoring] = useState<BackupView | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focused) heading.current?.focus();
  }, [focused]);
  const error = serviceError(status.error) ?? serviceError(make.error);
  const s = status.data;
  return (
    <section className="backups-panel" aria-labelledby="backups-title">
      <h2 id="backups-title" ref={heading} tabIndex={-1}>{t('backups.title')}</h2>
      {error && <ErrorNotice error={error} />}
      {s && (
        <>
          {s.stale && (
            <p className="notice notice-warning" role="alert">
              {s.last === null ? t('backups.none') : t('backups.stale', { at: formatMoment(s.last.at) })}
            </p>
          )}
          {s.last !== null && (
            <p className="backups-last">
              {t('backups.last', { at: formatMoment(s.last.at), seq: number(s.last.seq), folder: s.folder ?? '' })}
            </p>
          )}
          <p>{t('backups.count', { count: s.backups.length })}</p>
          <Automatic status={s} />
          <div className="actions">
            <button type="button" className="primary" disabled={make.isPending || s.folder === null} onClick={makeNow}>
              {make.isPending ? t('backups.making') : t('backups.makeNow')}
            </button>
          </div>
          {make.isPending && <JobProgress job={job} label={t('job.backingUp')} noStop={t('job.backupNoStop')} whole={t('job.backupChecking')} />}
          {make.isSuccess && (
            <p className="notice notice-ok" role="status">
              {t('backups.made', { name: make.data.backup.name })}
            </p>
          )}
          {restore.isSuccess && (
            <p className="notice notice-ok" role="status">
              {t('backups.restored', { name: restore.data.backup.name, seq: number(restore.data.seq), kept: restore.data.kept ?? '' })}
            </p>
          )}
          <BackupList
            backups={s.backups}
            onRestore={(b) => {
              restore.reset();
              setRestoring(b);
            }}
          />
          {restoring && (
            <RestoreDialog
              backup={restoring}
              seq={s.journal.seq}
              busy={restore.isPending}
              refusal={serviceError(restore.error)}
              onConfirm={() => restore.mutate({ name: restoring.name, seq: s.journal.seq }, { onSuccess: () => setRestoring(null) })}
              onClose={() => setRestoring(null)}
            />
          )}
          <SettingsForm key={s.version} folder={s.folder} keep={s.keep} version={s.version} />
        </>
      )}
    </section>
  );
}
