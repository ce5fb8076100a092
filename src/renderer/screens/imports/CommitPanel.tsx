import { useEffect, useId, useRef, useState } from 'react';
import type { ImportOutcome, ImportPreview } from '../../../domain/import-records';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Modal } from '../../components/Modal';
import { useWords } from '../../i18n/messages';
import { serviceError } from '../../queries/client';
import { importCommit, type ImportQuery } from '../../queries/imports';
import { newJobId } from '../../queries/jobs';
import { JobProgress } from '../../components/JobProgress';

interface Props {
  query: ImportQuery;
  preview: ImportPreview;
  /** False while the preview on screen is being read again: the commit waits for the current one. */
  ready: boolean;
  /** What the last commit of this file recorded, shown under the button the clerk pressed. */
  outcome: ImportOutcome | null;
  onCommitted: (outcome: ImportOutcome) => void;
  /** The service said the file changed since the preview: preview it again. */
  onStale: () => void;
  onCandidates: () => void;
}

/** Recording what the preview showed, after the clerk confirms; rows that cannot be recorded skipped only if asked. */
export function CommitPanel({ query, preview, ready, outcome, onCommitted, onStale, onCandidates }: Props) {
  const { t, number } = useWords();
  const ids = useId();
  const [skip, setSkip] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const commitment = importCommit.useMutation(query.electionId);
  const busy = commitment.isPending;
  const [job, setJob] = useState<string | null>(null);
  const error = serviceError(commitment.error);
  const { counts } = preview;
  const adding = counts.new + counts.existingPerson;

  const commit = (): void => {
    setConfirming(false);
    const id = newJobId();
    setJob(id);
    commitment.mutate(
      {
        job: id,
        electionId: query.electionId,
        fileId: query.fileId,
        ...(query.partyId !== null ? { partyId: query.partyId } : {}),
        ...(query.sheet !== null ? { sheet: query.sheet } : {}),
        digest: preview.digest,
        skipInvalid: skip,
      },
      { onSuccess: onCommitted, onSettled: () => setJob(null) },
    );
  };

  return (
    <section className="panel import-commit" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('importScreen.commit.title')}</h2>
      <div className="checkbox-line">
        <input id={`${ids}-skip`} type="checkbox" checked={skip} onChange={(e) => setSkip(e.target.checked)} aria-describedby={`${ids}-skip-hint`} />
        <label htmlFor={`${ids}-skip`}>{t('importScreen.commit.skip')}</label>
      </div>
      <p id={`${ids}-skip-hint`} className="field-hint">
        {counts.invalid > 0 ? t('importScreen.commit.invalidHint', { n: number(counts.invalid) }) : t('importScreen.commit.noInvalid')}
      </p>
      <button type="button" className="primary" disabled={busy || !ready} onClick={() => setConfirming(true)}>
        {t('importScreen.commit.button')}
      </button>
      {busy && <p role="status">{t('importScreen.commit.working')}</p>}
      {busy && <JobProgress job={job} label={t('job.writing')} />}
      {outcome && !busy && <CommitOutcome outcome={outcome} onCandidates={onCandidates} />}
      {error && (
        <ErrorNotice
          error={error}
          {...(error.code === 'stale' ? { onRetry: onStale, retryLabel: t('importScreen.commit.previewAgain') } : {})}
        />
      )}
      {confirming && (
        <Modal labelledBy={`${ids}-confirm-title`} initialFocus={`${ids}-confirm`} onClose={() => setConfirming(false)}>
          <h2 id={`${ids}-confirm-title`}>{t('importScreen.commit.confirmTitle')}</h2>
          <p>{t('importScreen.commit.confirmText', { file: preview.file, n: number(adding) })}</p>
          {counts.invalid > 0 && (
            <p>{skip ? t('importScreen.commit.confirmSkip', { n: number(counts.invalid) }) : t('importScreen.commit.confirmRefused', { n: number(counts.invalid) })}</p>
          )}
          <div className="actions">
            <button id={`${ids}-confirm`} type="button" className="primary" onClick={commit}>
              {t('importScreen.commit.confirm')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('importScreen.commit.cancel')}
            </button>
          </div>
        </Modal>
      )}
    </section>
  );
}

/**
 * What the commit recorded, and the way to the candidates it added: where the clerk pressed the button, and focused,
 * so that the keyboard and the screen reader are there too.
 */
function CommitOutcome({ outcome, onCandidates }: { outcome: ImportOutcome; onCandidates: () => void }) {
  const { t, number } = useWords();
  const notice = useRef<HTMLDivElement>(null);
  const skipped = outcome.skipped.alreadyNominated + outcome.skipped.duplicate + outcome.skipped.invalid;
  useEffect(() => notice.current?.focus(), [outcome]);
  return (
    <div className="notice notice-ok import-outcome" role="status" tabIndex={-1} ref={notice}>
      <p>
        {outcome.added > 0
          ? t('importScreen.outcome.added', { file: outcome.file, added: number(outcome.added), persons: number(outcome.persons) })
          : t('importScreen.outcome.nothing', { file: outcome.file })}
      </p>
      {skipped > 0 && (
        <p>
          {t('importScreen.outcome.skipped', {
            already: number(outcome.skipped.alreadyNominated),
            duplicate: number(outcome.skipped.duplicate),
            invalid: number(outcome.skipped.invalid),
          })}
        </p>
      )}
      <button type="button" onClick={onCandidates}>{t('importScreen.outcome.toCandidates')}</button>
    </div>
  );
}
