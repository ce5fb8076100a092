import type { CandidateRow, CandidateView, ElectionView } from '../../service/contract';
import { useElectionData } from '../queries/elections';
import { CandidateForm } from './candidate/CandidateForm';
import { CandidatesScreen } from './candidates/CandidatesScreen';
import type { ActiveRow, CandidateFilters } from './candidates/filters';

export type DeskView = { screen: 'candidates' } | { screen: 'candidate'; nominationId: number | null };

interface Props {
  election: ElectionView;
  view: DeskView;
  onView: (view: DeskView) => void;
  filters: CandidateFilters;
  onFilters: (f: CandidateFilters) => void;
  active: ActiveRow;
  onActive: (active: ActiveRow) => void;
  onSaved: (saved: CandidateView) => void;
  onPrintDistrict: (districtId: number) => void;
}

/** The screens of one election: the candidates table and the candidate form, over its parties and districts. */
export function ElectionDesk({ election, view, onView, onSaved, onPrintDistrict, ...table }: Props) {
  const data = useElectionData(election.id);
  if (view.screen === 'candidate')
    return (
      <CandidateForm
        election={election}
        data={data}
        nominationId={view.nominationId}
        onSaved={onSaved}
        onBack={() => onView({ screen: 'candidates' })}
      />
    );
  return (
    <CandidatesScreen
      election={election}
      data={data}
      {...table}
      onOpen={(row: CandidateRow) => onView({ screen: 'candidate', nominationId: row.nominationId })}
      onNew={() => onView({ screen: 'candidate', nominationId: null })}
      onPrintDistrict={onPrintDistrict}
    />
  );
}
