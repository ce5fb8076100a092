import type { DistrictView, PartyView } from '../../service/contract';
import { call } from '../api/client';
import { useResult } from './useResult';

export interface ElectionData {
  parties: PartyView[];
  districts: DistrictView[];
}

/** The parties and districts of an election: the choices of the filters and of the candidate form. */
export function useElectionData(electionId: number): ElectionData {
  const parties = useResult(`parties:${electionId}`, () => call('parties.list', { electionId }));
  const districts = useResult(`districts:${electionId}`, () => call('districts.list', { electionId }));
  return {
    parties: parties.state === 'ok' ? parties.value : [],
    districts: districts.state === 'ok' ? districts.value : [],
  };
}
