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
import { useWords } from '../../i18n/messages';

export type ListsView =
  | { screen: 'lists' }
  | { screen: 'list'; partyId: number }
  | { screen: 'add'; partyId: number }
  /** A candidate of the list opened from it; back goes to the list. */
  | { screen: 'candidate'; partyId: number; nominationId: number };

interface Props {
  election: ElectionView;
  view: ListsView;
  onView: (view: ListsView) => void;
  onPrint: (request: PrintRequest) => void;
}

/** The party lists of an election: all of them, one party's list, and the candidate form to add to it. */
export function ListsDesk({ election, view, onView, onPrint }: Props) {
  const { t } = useWords();
  const data = useElectionData(election.id);
  const [notice, setNotice] = useState<Said | null>(null);
  const partyId = view.screen === 'lists' ? null : view.partyId;
  // A party's list is mostly its members: the membership starts as that party, for the clerk to change when not.
  const party = data.parties.find((p) => p.id === partyId);
  const membership = party?.code ?? '';
  const preset = useMemo<Partial<CandidateDraft>>(
    () => ({ kind: 'party-list', partyId: String(partyId ?? ''), partyMembership: membership }),
    [partyId, membership],
  );

  // The form starts from its preset once: wait for the parties rather than start without the membership.
  if (view.screen === 'add' && data.parties.length === 0) return <p role="status">{t('common.loading')}</p>;
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
  if (view.screen === 'candidate')
    return (
      <CandidateForm
        election={election}
        data={data}
        nominationId={view.nominationId}
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
        onOpenCandidate={(nominationId) => onView({ screen: 'candidate', partyId: view.partyId, nominationId })}
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
