import { useEffect } from 'react';
import type { CandidateView, ElectionView } from '../../../service/contract';
import { call } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useWords } from '../../i18n/messages';
import type { ElectionData } from '../../lib/useElectionData';
import { useResult } from '../../lib/useResult';
import { fieldId } from './binding';
import { CandidateEditor } from './CandidateEditor';

interface Props {
  election: ElectionView;
  data: ElectionData;
  nominationId: number | null;
  onSaved: (saved: CandidateView) => void;
  onBack: () => void;
}

/** The candidate form, new or loaded from the ledger; a reload after a stale save starts from the stored record. */
export function CandidateForm({ nominationId, ...rest }: Props) {
  const { t } = useWords();
  const stored = useResult(`nomination:${nominationId ?? 'new'}`, () =>
    nominationId === null
      ? Promise.resolve({ ok: true as const, value: null })
      : call('nominations.get', { id: nominationId }),
  );
  const ready = stored.state === 'ok';
  useEffect(() => {
    if (ready) document.getElementById(fieldId('surname'))?.focus();
  }, [ready]);

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
  const view = stored.value;
  return (
    <CandidateEditor
      key={view ? `${view.nomination.version}:${view.person.version}` : 'new'}
      stored={view}
      onReload={stored.reload}
      {...rest}
    />
  );
}
