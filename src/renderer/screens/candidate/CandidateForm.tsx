import { useState } from 'react';
import { parseDate } from '../../../domain/dates';
import type { CandidateView, ElectionView } from '../../../service/contract';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useWords } from '../../i18n/messages';
import { said, type Said } from '../../i18n/said';
import { nomination } from '../../queries/candidates';
import { serviceError } from '../../queries/client';
import type { ElectionData } from '../../queries/elections';
import { CandidateEditor } from './CandidateEditor';
import type { CandidateDraft } from './draft';

interface Props {
  election: ElectionView;
  data: ElectionData;
  nominationId: number | null;
  /** For a new candidate: what the form starts with (a party list's add: the kind and the party). */
  preset?: Partial<CandidateDraft>;
  onSaved: (saved: CandidateView) => void;
  onBack: () => void;
}

/** The candidate form, new or loaded from the ledger; a reload after a stale save starts from the stored record. */
export function CandidateForm({ election, nominationId, ...rest }: Props) {
  const { t } = useWords();
  const stored = nomination.useQuery(election.id, nominationId);
  // What the last decision did, said at the top of the form until it is opened again.
  const [notice, setNotice] = useState<Said | null>(null);

  // The cache may hold an older copy: the clerk types into the ledger's record as it is now, not into that.
  if (nominationId !== null && (stored.isPending || !stored.isFetchedAfterMount))
    return <p role="status">{t('common.loading')}</p>;
  const error = nominationId === null ? null : serviceError(stored.error);
  if (error)
    return (
      <section className="screen">
        <h1>{t('form.loadFailed')}</h1>
        <ErrorNotice error={error} onRetry={() => void stored.refetch()} />
        <button type="button" onClick={rest.onBack}>
          {t('form.back')}
        </button>
      </section>
    );
  const view = nominationId === null ? null : (stored.data ?? null);
  return (
    <CandidateEditor
      key={view ? `${view.nomination.version}:${view.person.version}` : 'new'}
      election={election}
      stored={view}
      notice={notice}
      onReload={() => {
        setNotice(null);
        void stored.refetch();
      }}
      onDecided={(decision, draft) => {
        const iso = parseDate(draft.resolutionDate) ?? draft.resolutionDate;
        setNotice(said('decide.done', { decision: said(`decision.${decision}`), number: draft.resolutionNumber.trim(), date: iso }));
      }}
      {...rest}
    />
  );
}
