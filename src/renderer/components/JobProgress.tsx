import { useId } from 'react';
import { useWords } from '../i18n/messages';
import { jobCancel, jobProgress } from '../queries/jobs';

interface Props {
  /** The job followed; null when none is running. */
  job: string | null;
  /** What the job does, as the bar's label. */
  label: string;
  /** Told when the clerk stops the job: what then breaks off is theirs, not a failure. */
  onStop?: () => void;
  /** Why this job has no stop, where it is not an import's commit (whose reason is the default). */
  noStop?: string;
  /** Said once the count is full while the job still works (a backup checks its copy), so that it does not seem to hang. */
  whole?: string;
}

/**
 * A long job's progress where it was started: a bar with the count (rows read while the total is not known yet) and,
 * where stopping it is safe, a button that stops it. Nothing once the job has ended.
 */
export function JobProgress({ job, label, onStop, noStop, whole }: Props) {
  const { t, number } = useWords();
  const ids = useId();
  const progress = jobProgress.useQuery(job).data ?? null;
  const cancel = jobCancel.useMutation();
  if (job === null) return null;
  const known = progress !== null && progress.total > 0;
  const count = !progress
    ? ''
    : known
      ? t('job.count', { done: number(progress.done), total: number(progress.total) })
      : t('job.rowsRead', { done: number(progress.done) });
  return (
    <div className="job-progress" role="group" aria-labelledby={`${ids}-label`}>
      <label id={`${ids}-label`} htmlFor={`${ids}-bar`}>
        {label}
      </label>
      <progress id={`${ids}-bar`} {...(known ? { max: progress.total, value: progress.done } : {})} aria-describedby={`${ids}-count`} />
      <span id={`${ids}-count`} className="job-count" aria-live="polite">
        {count}
      </span>
      {progress?.cancellable ? (
        <button
          type="button"
          disabled={cancel.isPending || cancel.data?.stopping === true}
          onClick={() => {
            onStop?.();
            cancel.mutate(job);
          }}
        >
          {cancel.data?.stopping ? t('job.stopping') : t('job.stop')}
        </button>
      ) : (
        progress && <p className="field-hint">{noStop ?? t('job.noStop')}</p>
      )}
      {whole !== undefined && known && progress.done === progress.total && <p className="field-hint">{whole}</p>}
    </div>
  );
}
