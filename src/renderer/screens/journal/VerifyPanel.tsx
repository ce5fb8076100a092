import { useState } from 'react';
import type { VerifyReport } from '../../../service/contract';
import { call } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useWords, type ServiceError } from '../../i18n/messages';
import { shortHash } from './short-hash';

/** Recomputes the journal's hash chain and SQLite's integrity check, and says where the ledger first breaks. */
export function VerifyPanel() {
  const { t, number } = useWords();
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<VerifyReport | null>(null);
  const [error, setError] = useState<ServiceError | null>(null);

  async function verify(): Promise<void> {
    setBusy(true);
    setError(null);
    const result = await call('journal.verify', {});
    setBusy(false);
    if (result.ok) setReport(result.value);
    else {
      setReport(null);
      setError(result.error);
    }
  }

  const bad = report?.firstBad ?? null;
  return (
    <section className="panel verify" aria-labelledby="verify-title">
      <h2 id="verify-title">{t('verify.title')}</h2>
      <button type="button" className="primary" disabled={busy} onClick={() => void verify()}>
        {busy ? t('verify.running') : t('verify.button')}
      </button>
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
