import { useEffect, useRef } from 'react';
import type { ElectionView } from '../../../service/contract';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useWords } from '../../i18n/messages';
import { serviceError } from '../../queries/client';
import { electionPresets, electionsList } from '../../queries/elections';
import { ElectionList } from './ElectionList';
import { NewElectionForm } from './NewElectionForm';

interface Props {
  currentId: number | null;
  onOpen: (e: ElectionView) => void;
  /** A new election: the desk opens it on what comes next. */
  onCreated: (e: ElectionView) => void;
}

export function ElectionPicker({ currentId, onOpen, onCreated }: Props) {
  const { t } = useWords();
  const elections = electionsList.useQuery();
  const presets = electionPresets.useQuery();
  const electionsError = serviceError(elections.error);
  const presetsError = serviceError(presets.error);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="screen" aria-labelledby="picker-title">
      <h1 id="picker-title" tabIndex={-1} ref={heading}>
        {t('picker.title')}
      </h1>
      {elections.isPending && <p role="status">{t('common.loading')}</p>}
      {electionsError && <ErrorNotice error={electionsError} onRetry={() => void elections.refetch()} />}
      {elections.data && <ElectionList elections={elections.data} currentId={currentId} onOpen={onOpen} />}
      {presetsError && <ErrorNotice error={presetsError} onRetry={() => void presets.refetch()} />}
      {presets.data && <NewElectionForm presets={presets.data} onCreated={onCreated} />}
    </section>
  );
}
