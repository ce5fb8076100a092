import { useState, type FormEvent } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/fields';
import { useWords } from '../../i18n/messages';
import { formatMoment } from '../../lib/dates';
import { formKeys } from '../../lib/form-keys';
import { backupMake, backupSettings, backupStatus } from '../../queries/backups';
import { serviceError } from '../../queries/client';

// The administrator's backups (issue 14, item 1): the folder on a second disk or a USB stick, how many to keep, the
// last good backup (a warning when there is none from the last day), and one made now.

function SettingsForm({ folder, keep, version }: { folder: string | null; keep: number; version: number }) {
  const { t } = useWords();
  const [path, setPath] = useState(folder ?? '');
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

export function BackupsPanel() {
  const { t, number } = useWords();
  const status = backupStatus.useQuery();
  const make = backupMake.useMutation();
  const error = serviceError(status.error) ?? serviceError(make.error);
  const s = status.data;
  return (
    <section className="backups-panel" aria-labelledby="backups-title">
      <h2 id="backups-title">{t('backups.title')}</h2>
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
          <div className="actions">
            <button type="button" className="primary" disabled={make.isPending || s.folder === null} onClick={() => make.mutate()}>
              {make.isPending ? t('backups.making') : t('backups.makeNow')}
            </button>
          </div>
          {make.isSuccess && (
            <p className="notice notice-ok" role="status">
              {t('backups.made', { name: make.data.backup.name })}
            </p>
          )}
          <SettingsForm key={s.version} folder={s.folder} keep={s.keep} version={s.version} />
        </>
      )}
    </section>
  );
}
