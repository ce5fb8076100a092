import { useEffect, useState } from 'react';
import { formatDate, parseDate } from '../../../domain/dates';
import type { CandidateView, ElectionView } from '../../../service/contract';
import { call } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useWords } from '../../i18n/messages';
import type { ElectionData } from '../../lib/useElectionData';
import { useResult } from '../../lib/useResult';
import { fieldId } from './binding';
import { CandidateEditor } from './CandidateEditor';
import type { CandidateDraft } from './draft';

interface Props {
  election: ElectionView;
  data: ElectionData;
  nominationId: number | null;
  /** For a new candidate: what the form starts with (a party list's add: the kind and the party). */
  preset?: Partial<CandidateDraft>;
  onSaved: (saved: CandidateView) => void;
  /** A decision was recorded: the form stays on the candidate, the table behind it is to be refreshed. */
  onChanged: () => void;
  onBack: () => void;
}

/** The candidate form, new or loaded from the ledger; a reload after a stale save starts from the stored record. */
export function CandidateForm({ nominationId, onChanged, ...rest }: Props) {
  const { t } = useWords();
  const stored = useResult(`nomination:${nominationId ?? 'new'}`, () =>
    nominationId === null
      ? Promise.resolve({ ok: true as const, value: null })
      : call('nominations.get', { id: nominationId }),
  );
  // The candidate as the last decision left it, until the next load from the ledger.
  const [decided, setDecided] = useState<{ view: CandidateView; notice: string } | null>(null);
  const loaded = stored.state === 'ok' ? stored.value : undefined;
  useEffect(() => {
    setDecided(null);
    if (loaded !== undefined) document.getElementById(fieldId('surname'))?.focus();
  }, [loaded]);

  if (stored.state === 'loading') return <p role="status">{t('common.loading')}</p>;
  if (stored.state === 'error')
    return (
      <section className="screen">
        <h1>{t('form.loadFailed')}</h1>
        <ErrorNotice error={stored.error} onRetry={stored.reload} />
        <button type="button" onClick={rest.onBack}>
          {t('form.back')}
        </button>
      </section>
    );
  const view = decided?.view ?? stored.value;
  return (
    <CandidateEditor
      key={view ? `${view.nomination.version}:${view.person.version}` : 'new'}
      stored={view}
      {...(decided ? { notice: decided.notice } : {})}
      onReload={stored.reload}
      onDecided={(next, decision, draft) => {
        const iso = parseDate(draft.resolutionDate) ?? draft.resolutionDate;
        setDecided({
          view: next,
          notice: t('decide.done', {
            decision: t(`decision.${decision}`),
            number: draft.resolutionNumber.trim(),
            date: formatDate(iso),
          }),
        });
        onChanged();
      }}
      {...rest}
    />
  );
}
