import { useMemo, useState } from 'react';
import { fullName } from '../../../domain/names';
import type { ElectionView } from '../../../service/contract';
import { said, type Said } from '../../i18n/said';
import { useElectionData } from '../../queries/elections';
import { CandidateForm } from '../candidate/CandidateForm';
import type { CandidateDraft } from '../candidate/draft';
import type { PrintRequest } from '../print/print-request';
import { ListEditor } from './ListEditor';
import { ListsScreen } from './ListsScreen';

export type ListsView = { screen: 'lists' } | { screen: 'list'; partyId: number } | { screen: 'add'; partyId: number };

interface Props {
  election: ElectionView;
  view: ListsView;
  onView: (view: ListsView) => void;
  onPrint: (request: PrintRequest) => void;
}

/** The party lists of an election: all of them, one party's list, and the candidate form to add to it. */
export function ListsDesk({ election, view, onView, onPrint }: Props) {
  const data = useElectionData(election.id);
  const [notice, setNotice] = useState<Said | null>(null);
  const partyId = view.screen === 'lists' ? null : view.partyId;
  const preset = useMemo<Partial<CandidateDraft>>(() => ({ kind: 'party-list', partyId: String(partyId ?? '') }), [partyId]);

  if (view.screen === 'add')
    return (
      <CandidateForm
        election={election}
        data={data}
        nominationId={null}
        preset={preset}
        onSaved={(saved) => {
          setNotice(said('form.saved', { name: fullName(saved.person) }));
          onView({ screen: 'list', partyId: view.partyId });
        }}
        onBack={() => {
          setNotice(null);
          onView({ screen: 'list', partyId: view.partyId });
        }}
      />
    );
  if (view.screen === 'list')
    return (
      <ListEditor
        key={view.partyId}
        election={election}
        partyId={view.partyId}
        notice={notice}
        onAdd={() => onView({ screen: 'add', partyId: view.partyId })}
        onBack={() => {
          setNotice(null);
          onView({ screen: 'lists' });
        }}
        onPrint={(order) => onPrint({ document: 'party-list', partyId: view.partyId, order })}
      />
    );
  return (
    <ListsScreen
      election={election}
      data={data}
      onOpen={(id) => {
        setNotice(null);
        onView({ screen: 'list', partyId: id });
      }}
      onStart={(id) => onView({ screen: 'add', partyId: id })}
    />
  );
}
