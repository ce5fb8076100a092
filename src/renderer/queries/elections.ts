import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DistrictView, ElectionView, InputOf, PartyView, RegionView } from '../../service/contract';
import { answer } from './client';
import { changes, invalidate, keys } from './keys';

// The elections, one election's record (profile and counts), its regions, parties and districts.

export const electionsList = {
  queryKey: () => [...keys.elections, 'list'] as const,
  useQuery: () => useQuery({ queryKey: electionsList.queryKey(), queryFn: () => answer('elections.list', {}) }),
};

export const electionPresets = {
  queryKey: () => [...keys.elections, 'presets'] as const,
  // The presets ship with the desk: they do not change while it runs.
  useQuery: () =>
    useQuery({ queryKey: electionPresets.queryKey(), queryFn: () => answer('elections.presets', {}), staleTime: Infinity }),
};

export const electionRecord = {
  queryKey: (id: number) => keys.record(id),
  /** null: no election is open, and nothing is fetched. */
  useQuery: (id: number | null) =>
    useQuery({
      queryKey: electionRecord.queryKey(id ?? 0),
      queryFn: id === null ? skipToken : () => answer('elections.get', { id }),
    }),
};

export const electionCreate = {
  useMutation: () => {
    const client = useQueryClient();
    return useMutation({
      mutationFn: (input: InputOf<'elections.create'>) => answer('elections.create', input),
      onSuccess: (election: ElectionView) => {
        client.setQueryData(electionRecord.queryKey(election.id), election);
        invalidate(client, changes.elections());
      },
    });
  },
};

/** An election voided as created in error leaves the picker; its record stays readable. */
export const electionVoid = {
  useMutation: () => {
    const client = useQueryClient();
    return useMutation({
      mutationFn: (input: InputOf<'elections.void'>) => answer('elections.void', input),
      onSuccess: (election: ElectionView) => {
        client.setQueryData(electionRecord.queryKey(election.id), election);
        invalidate(client, changes.nominations(election.id), electionRecord.queryKey(election.id));
      },
    });
  },
};

export const partiesList = {
  queryKey: (electionId: number) => keys.parties(electionId),
  useQuery: (electionId: number) =>
    useQuery({ queryKey: partiesList.queryKey(electionId), queryFn: () => answer('parties.list', { electionId }) }),
};

export const regionsList = {
  queryKey: (electionId: number) => keys.regions(electionId),
  // An election's regions are those it was created with: they do not change while it runs.
  useQuery: (electionId: number) =>
    useQuery({ queryKey: regionsList.queryKey(electionId), queryFn: () => answer('regions.list', { electionId }), staleTime: Infinity }),
};

export const districtsList = {
  queryKey: (electionId: number) => keys.districts(electionId),
  useQuery: (electionId: number) =>
    useQuery({ queryKey: districtsList.queryKey(electionId), queryFn: () => answer('districts.list', { electionId }) }),
};

export interface ElectionData {
  regions: RegionView[];
  parties: PartyView[];
  districts: DistrictView[];
}

/** The regions, parties and districts of an election: the choices of the filters and of the candidate form. */
export function useElectionData(electionId: number): ElectionData {
  const regions = regionsList.useQuery(electionId);
  const parties = partiesList.useQuery(electionId);
  const districts = districtsList.useQuery(electionId);
  return { regions: regions.data ?? [], parties: parties.data ?? [], districts: districts.data ?? [] };
}
