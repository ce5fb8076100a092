import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../service/contract';
import { answer } from './client';
import { changes, invalidate, keys } from './keys';

// Four eyes on ballot data (issue 13): the nominations waiting for the user's second entry, those whose entries
// differ, both entries side by side for the secretary; and the changes (a second entry, a resolution). Both change
// what the candidates table, the lists and the registration checks say, as a change of nominations does.

export const ballotQueue = {
  queryKey: (electionId: number) => [...keys.candidates(electionId), 'ballotQueue'] as const,
  useQuery: (electionId: number) =>
    useQuery({ queryKey: ballotQueue.queryKey(electionId), queryFn: () => answer('ballot.queue', { electionId, offset: 0, limit: 200 }) }),
};

/** The nominations whose second entry differs from the first: the secretary's to resolve. */
export const ballotDifferences = {
  queryKey: (electionId: number) => [...keys.candidates(electionId), 'ballotDifferences'] as const,
  useQuery: (electionId: number, enabled: boolean) =>
    useQuery({
      queryKey: ballotDifferences.queryKey(electionId),
      queryFn: enabled ? () => answer('nominations.list', { electionId, ballot: 'differs', offset: 0, limit: 200 }) : skipToken,
    }),
};

export const ballotEntries = {
  queryKey: (electionId: number, nominationId: number) => [...keys.candidates(electionId), 'ballotEntries', nominationId] as const,
  useQuery: (electionId: number, nominationId: number) =>
    useQuery({ queryKey: ballotEntries.queryKey(electionId, nominationId), queryFn: () => answer('ballot.entries', { nominationId }) }),
};

export const ballotStatus = {
  queryKey: (electionId: number, nominationId: number) => [...keys.candidates(electionId), 'ballotStatus', nominationId] as const,
  useQuery: (electionId: number, nominationId: number | null) =>
    useQuery({
      queryKey: ballotStatus.queryKey(electionId, nominationId ?? 0),
      queryFn: nominationId === null ? skipToken : () => answer('ballot.status', { nominationId }),
    }),
};

export const ballotEnter = {
  useMutation: (electionId: number) => {
    const client = useQueryClient();
    return useMutation({
      mutationFn: (input: InputOf<'ballot.enter'>) => answer('ballot.enter', input),
      onSuccess: () => invalidate(client, changes.nominations(electionId)),
    });
  },
};

export const ballotResolve = {
  useMutation: (electionId: number) => {
    const client = useQueryClient();
    return useMutation({
      mutationFn: (input: InputOf<'ballot.resolve'>) => answer('ballot.resolve', input),
      onSuccess: () => invalidate(client, changes.nominations(electionId)),
    });
  },
};

/** A second workbook: what each of its rows would come to as a second entry. */
export const ballotWorkbookPreview = {
  queryKey: (electionId: number, fileId: string, partyId: number | null) => [...keys.candidates(electionId), 'ballotWorkbook', fileId, partyId] as const,
  useQuery: (electionId: number, fileId: string | null, partyId: number | null) =>
    useQuery({
      queryKey: ballotWorkbookPreview.queryKey(electionId, fileId ?? '', partyId),
      queryFn:
        fileId === null
          ? skipToken
          : () => answer('ballot.importPreview', { electionId, fileId, ...(partyId !== null ? { partyId } : {}) }),
    }),
};

export const ballotWorkbookCommit = {
  useMutation: (electionId: number) => {
    const client = useQueryClient();
    return useMutation({
      mutationFn: (input: InputOf<'ballot.importCommit'>) => answer('ballot.importCommit', input),
      onSuccess: () => invalidate(client, changes.nominations(electionId)),
    });
  },
};
