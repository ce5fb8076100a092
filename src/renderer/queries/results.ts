import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf, ResultsView } from '../../service/contract';
import { answer } from './client';
import { changes, invalidate, keys } from './keys';

// The vote: each list's votes in, the seats out.

export const results = {
  queryKey: (electionId: number) => [...keys.results(electionId), 'get'] as const,
  useQuery: (electionId: number) =>
    useQuery({ queryKey: results.queryKey(electionId), queryFn: () => answer('results.get', { electionId }) }),
};

export const resultsEnter = {
  useMutation: (electionId: number) => {
    const client = useQueryClient();
    return useMutation({
      mutationFn: (input: Omit<InputOf<'results.enter'>, 'electionId'>) => answer('results.enter', { electionId, ...input }),
      onSuccess: (view: ResultsView) => {
        client.setQueryData(results.queryKey(electionId), view);
        invalidate(client, changes.results(electionId), results.queryKey(electionId));
      },
    });
  },
};
