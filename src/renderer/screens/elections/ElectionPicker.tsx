import { useEffect, useRef, useState } from 'react';
import type { ElectionView } from '../../../service/contract';
import { ErrorNotice } from '../../components/ErrorNotice';
import { VoidDialog } from '../../components/VoidDialog';
import { useWords } from '../../i18n/messages';
import { formatMoment } from '../../lib/dates';
import { electionTitle } from '../../lib/election';
import { serviceError } from '../../queries/client';
import { electionPresets, electionsList, electionVoid } from '../../queries/elections';
import { ElectionList } from './ElectionList';
import { NewElectionForm } from './NewElectionForm';

interface Props {
  currentId: number | null;
  onOpen: (e: ElectionView) => void;
  /** A new election: the desk opens it on what comes next. */
  onCreated: (e: ElectionView) => void;
}

export function ElectionPicker({ currentId, onOpen, onCreated }: Props) {
  const { t, lang } = useWords();
  const elections = electionsList.useQuery();
  const presets = electionPresets.useQuery();
  const electionsError = serviceError(elections.error);
  const presetsError = serviceError(presets.error);
  const heading = useRef<HTMLHeadingElement>(null);
  const [voiding, setVoiding] = useState<ElectionView | null>(null);
  // The election voided, kept rather than its notice's words, so that the notice follows a switch of language.
  const [voided, setVoided] = useState<ElectionView | null>(null);
  const voidElection = electionVoid.useMutation();
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="screen" aria-labelledby="picker-title">
      <h1 id="picker-title" tabIndex={-1} ref={heading}>
        {t('picker.title')}
      </h1>
      {voided && (
        <p className="notice notice-ok" role="status">
          {t('void.electionDone', { name: electionTitle(voided, lang), at: formatMoment(voided.createdAt) })}
        </p>
      )}
      {elections.isPending && <p role="status">{t('common.loading')}</p>}
      {electionsError && <ErrorNotice error={electionsError} onRetry={() => void elections.refetch()} />}
      {elections.data && (
        <ElectionList elections={elections.data} currentId={currentId} onOpen={onOpen} onVoid={(e) => {
          setVoided(null);
          setVoiding(e);
        }} />
      )}
      {presetsError && <ErrorNotice error={presetsError} onRetry={() => void presets.refetch()} />}
      {presets.data && <NewElectionForm presets={presets.data} elections={elections.data ?? []} onCreated={onCreated} />}
      {voiding && (
        <VoidDialog
          id="ev"
          title={t('void.electionTitle')}
          subject={t('void.electionSubject', { name: electionTitle(voiding, lang), at: formatMoment(voiding.createdAt) })}
          explain={t('void.electionExplain')}
          busy={voidElection.isPending}
          refusal={serviceError(voidElection.error)}
          onClose={() => {
            voidElection.reset();
            setVoiding(null);
          }}
          onConfirm={(reason) =>
            voidElection.mutate(
              { id: voiding.id, reason },
              {
                onSuccess: (e) => {
                  setVoiding(null);
                  setVoided(e);
                },
              },
            )
          }
        />
      )}
    </section>
  );
}
