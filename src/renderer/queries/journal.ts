import { useMutation, useQuery } from '@tanstack/react-query';
import { answer } from './client';
import { keys } from './keys';

// The journal, page by page (every change adds to it: see keys.ts), and the check of its hash chain.

export const journalPage = {
  queryKey: (offset: number, limit: number) => [...keys.journal, offset, limit] as const,
  useQuery: (offset: number, limit: number) =>
    useQuery({ queryKey: journalPage.queryKey(offset, limit), queryFn: () => answer('journal.list', { offset, limit }) }),
};

/** Run on demand, its report shown until it is run again: an action rather than data kept in the cache. */
export const journalVerify = {
  useMutation: () => useMutation({ mutationKey: ['journal.verify'], mutationFn: () => answer('journal.verify', {}) }),
};
