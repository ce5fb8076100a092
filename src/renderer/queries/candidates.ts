import { keepPreviousData, skipToken, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Finding } from '../../domain/finding';
import { iinProblem } from '../../domain/iin';
import type { NominationInput, PersonInput } from '../../domain/types';
import type { CandidateRow, CandidateView, InputOf, NominationHistory, Page } from '../../service/contract';
import { listInput, type CandidateFilters } from '../screens/candidates/filters';
import { answer } from './client';
import { changes, invalidate, keys } from './keys';
import { usePages } from './pages';

// The candidates of an election: the table's pages, one nomination, its history, the service's checks of the form
// as typed, the people already on file with an IIN; and the changes (create, update, decide).

export const CANDIDATE_PAGE_SIZE = 100;

export const candidatePages = {
  queryKey: (electionId: number, filters: CandidateFilters) => [...keys.candidates(electionId), 'list', filters] as const,
  usePages: (electionId: number, filters: CandidateFilters) =>
    usePages<Page<CandidateRow>, CandidateRow>({
      queryKey: candidatePages.queryKey(electionId, filters),
      pageSize: CANDIDATE_PAGE_SIZE,
      fetchPage: (offset, limit) => answer('nominations.list', listInput(electionId, filters, offset, limit)),
      rowsOf: (page) => page.rows,
      // The table keeps its size while a new search is on its way, so that it does not blink at every keystroke.
      keepPrevious: () => true,
    }),
};

export const nomination = {
  queryKey: (electionId: number, id: number) => [...keys.candidates(electionId), 'get', id] as const,
  /** null: a new candidate, nothing to fetch. */
  useQuery: (electionId: number, id: number | null) =>
    useQuery({
      queryKey: nomination.queryKey(electionId, id ?? 0),
      queryFn: id === null ? skipToken : () => answer('nominations.get', { id }),
    }),
};

export const nominationHistory = {
  queryKey: (electionId: number, id: number) => [...keys.candidates(electionId), 'history', id] as const,
  useQuery: (electionId: number, id: number) =>
    useQuery({ queryKey: nominationHistory.queryKey(electionId, id), queryFn: () => answer('nominations.history', { id }) }),
};

/** What registration would say of a stored candidate now: its errors are why it cannot be registered. */
export const registrationCheck = {
  queryKey: (electionId: number, id: number) => [...keys.candidates(electionId), 'registrationCheck', id] as const,
  useQuery: (electionId: number, id: number) =>
    useQuery({ queryKey: registrationCheck.queryKey(electionId, id), queryFn: () => answer('nominations.registrationCheck', { id }) }),
};

/** What `checks.candidate` is asked: the candidate as typed, and which stored records it is. */
export interface CheckInput {
  electionId: number;
  nominationId?: number;
  personId?: number;
  person: PersonInput;
  nomination: NominationInput;
}

/** The service's findings, with the input they answer (the form compares them with its own for that input). */
export interface CheckAnswer {
  asked: CheckInput;
  findings: Finding[];
}

export const candidateCheck = {
  queryKey: (asked: CheckInput) => [...keys.candidates(asked.electionId), 'check', asked] as const,
  /** null: the form cannot be read now (format errors), and the last answer stands. */
  useQuery: (asked: CheckInput | null) =>
    useQuery({
      queryKey: asked === null ? ['checks.candidate', null] : candidateCheck.queryKey(asked),
      queryFn: asked === null ? skipToken : async (): Promise<CheckAnswer> => ({ asked, findings: await answer('checks.candidate', asked) }),
      placeholderData: keepPreviousData,
      gcTime: 60_000,
    }),
};

export const personsWithIin = {
  queryKey: (iin: string) => [...keys.persons, 'search', iin] as const,
  /** The people on file whose IIN is this one; asked only for a complete, valid IIN. */
  useMatches: (iin: string, enabled: boolean) => {
    const asked = enabled && iinProblem(iin) === null;
    const found = useQuery({
      queryKey: personsWithIin.queryKey(iin),
      queryFn: asked ? () => answer('persons.search', { query: iin, limit: 5 }) : skipToken,
    });
    return asked ? (found.data ?? []).filter((p) => p.iin === iin) : [];
  },
};

/** A candidate the service has just returned is the one to show; the rest of what the change touches is stale. */
function saved(client: QueryClient, electionId: number, view: CandidateView): void {
  const key = nomination.queryKey(electionId, view.nomination.id);
  client.setQueryData(key, view);
  invalidate(client, changes.nominations(electionId), key);
}

/** A change the service answers with the candidate as it now stands. */
function candidateChange<M extends 'nominations.create' | 'nominations.update' | 'nominations.decide' | 'nominations.void'>(method: M) {
  return {
    useMutation: (electionId: number) => {
      const client = useQueryClient();
      return useMutation({
        mutationFn: (input: InputOf<M>): Promise<CandidateView> => answer(method, input),
        onSuccess: (view: CandidateView) => saved(client, electionId, view),
      });
    },
  };
}

/** Two persons with the same name and birth date marked as different people: every candidate's findings may change. */
export const personDistinguish = {
  useMutation: (electionId: number) => {
    const client = useQueryClient();
    return useMutation({
      mutationFn: (input: InputOf<'persons.distinguish'>) => answer('persons.distinguish', input),
      onSuccess: () => invalidate(client, changes.nominations(electionId)),
    });
  },
};

/** Whom a person stands marked as different from, each with its take-back in the form. */
export const personDistinguished = {
  queryKey: (electionId: number, personId: number) => [...keys.candidates(electionId), 'distinguished', personId] as const,
  /** null: a person not yet saved, who has been told apart from no one. */
  useQuery: (electionId: number, personId: number | null) =>
    useQuery({
      queryKey: personDistinguished.queryKey(electionId, personId ?? 0),
      queryFn: personId === null ? skipToken : () => answer('persons.distinguished', { personId }),
    }),
};

/** "Not the same person" taken back: the warning is back on both, and on whatever the findings reach. */
export const personUndistinguish = {
  useMutation: (electionId: number) => {
    const client = useQueryClient();
    return useMutation({
      mutationFn: (input: InputOf<'persons.undistinguish'>) => answer('persons.undistinguish', input),
      onSuccess: () => invalidate(client, changes.nominations(electionId)),
    });
  },
};

export const nominationCreate = candidateChange('nominations.create');
export const nominationUpdate = candidateChange('nominations.update');
export const nominationDecide = candidateChange('nominations.decide');
/** An entry made in error leaves the table, the lists and the counts: everything a change of nominations touches. */
export const nominationVoid = candidateChange('nominations.void');

/** A correction of a decision's number or date: the history it answers with, and the documents that name it. */
export const decisionCorrect = {
  useMutation: (electionId: number) => {
    const client = useQueryClient();
    return useMutation({
      mutationFn: (input: InputOf<'nominations.correctDecision'>): Promise<NominationHistory> => answer('nominations.correctDecision', input),
      onSuccess: (history: NominationHistory, input) => {
        const key = nominationHistory.queryKey(electionId, input.id);
        client.setQueryData(key, history);
        invalidate(client, changes.nominations(electionId), key);
      },
    });
  },
};
