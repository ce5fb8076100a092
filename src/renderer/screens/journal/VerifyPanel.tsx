import { useState } from 'react';
import { JobProgress } from '../../components/JobProgress';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useWords } from '../../i18n/messages';
import { serviceError } from '../../queries/client';
import { newJobId } from '../../queries/jobs';
import { journalVerify } from '../../queries/journal';
import { shortHash } from './short-hash';

/** Recomputes the journal's hash chain and SQLite's integrity check, and says where the ledger first breaks. */
export function VerifyPanel() {
  const { t, number } = useWords();
  const verify = journalVerify.useMutation();
  const busy = verify.isPending;
  const [job, setJob] = useState<string | null>(null);
  const start = (): void => {
    const id = newJobId();
    setJob(id);
    verify.mutate(id, { onSettled: () => setJob(null) });
  };
  const report = verify.data ?? null;
  const error = serviceError(verify.error);

  const bad = report?.firstBad ?? null;
  return (
    <section className="panel verify" aria-labelledby="verify-title">
      <h2 id="verify-title">{t('verify.title')}</h2>
      <button type="button" className="primary" disabled={busy} onClick={start}>
        {busy ? t('verify.running') : t('verify.button')}
      </button>
      {busy && <JobProgress job={job} label={t('job.verifying')} />}
      <div role="status" aria-live="polite">
        {report && (
          <div className={report.ok ? 'notice notice-ok' : 'notice notice-error'}>
            <p>
              {report.ok
                ? t('verify.ok', { entries: number(report.entries), hash: shortHash(report.headHash) })
                : bad && bad.seq !== null
                  ? t('verify.badRow', { seq: bad.seq, problem: t(`verify.problem.${bad.problem}`) })
                  : t('verify.bad', { problem: t(`verify.problem.${bad?.problem ?? 'integrity'}`) })}
            </p>
            {bad?.entity && (
              <p>{t('verify.record', { entity: t(`entity.${bad.entity}`, { defaultValue: bad.entity }), id: bad.entityId ?? '—' })}</p>
            )}
            <p>{t('verify.integrity', { result: report.integrity })}</p>
          </div>
        )}
      </div>
      {error && <ErrorNotice error={error} />}
    </section>
  );
}
