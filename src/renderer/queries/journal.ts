import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { InputOf } from '../../service/contract';
import { answer } from './client';
import { keys } from './keys';

// The journal, page by page and filtered (every change adds to it: see keys.ts), the choices of its filters, and the
// check of its hash chain.

/** What the journal screen asks for: its filters, without the page. */
export type JournalQuery = Omit<InputOf<'journal.list'>, 'offset' | 'limit'>;

export const journalPage = {
  queryKey: (query: JournalQuery, offset: number, limit: number) => [...keys.journal, 'list', query, offset, limit] as const,
  useQuery: (query: JournalQuery, offset: number, limit: number) =>
    useQuery({
      queryKey: journalPage.queryKey(query, offset, limit),
      queryFn: () => answer('journal.list', { ...query, offset, limit }),
      // The table keeps its rows while the next filter's answer is on its way.
      placeholderData: keepPreviousData,
    }),
};

/** The actors and actions the journal holds: the filters' choices, which grow with the journal. */
export const journalFacets = {
  queryKey: () => [...keys.journal, 'facets'] as const,
  useQuery: () => useQuery({ queryKey: journalFacets.queryKey(), queryFn: () => answer('journal.facets', {}) }),
};

/** Run on demand, its report shown until it is run again: an action rather than data kept in the cache. */
export const journalVerify = {
  /** The mutation's variable is the id its progress is followed by (queries/jobs.ts). */
  useMutation: () => useMutation({ mutationKey: ['journal.verify'], mutationFn: (job: string) => answer('journal.verify', {}, { job }) }),
};
