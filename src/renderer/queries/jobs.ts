import { useMutation, useQuery } from '@tanstack/react-query';
import { answer } from './client';

// Following a long job the page started (service/progress.ts): the page makes up an id, sends it with the call and
// asks for the job's progress by it while the call is on its way. Polled: the service answers requests, it does not
// push, and one small answer every half second is nothing beside a 100,000-row commit.

const POLL_MS = 500;

/** A new id to follow a job by. */
export function newJobId(): string {
  return crypto.randomUUID().replaceAll('-', '');
}

export const jobProgress = {
  queryKey: (id: string | null) => ['jobs', 'progress', id] as const,
  /** Polled while `id` is not null (the job's call is pending); null before the job starts and after it ends. */
  useQuery: (id: string | null) =>
    useQuery({
      queryKey: jobProgress.queryKey(id),
      queryFn: () => answer('jobs.progress', { id: id ?? '' }),
      enabled: id !== null,
      refetchInterval: POLL_MS,
      gcTime: 0,
    }),
};

export const jobCancel = {
  useMutation: () => useMutation({ mutationKey: ['jobs.cancel'], mutationFn: (id: string) => answer('jobs.cancel', { id }) }),
};

/** Whether this page's changes wait for another write, and the long write of the desk they wait for. */
export const writesNow = {
  queryKey: ['jobs', 'writing'] as const,
  /** Polled while `enabled` (a change of this page has been on its way for a while). */
  useQuery: (enabled: boolean) =>
    useQuery({ queryKey: writesNow.queryKey, queryFn: () => answer('jobs.writing', {}), enabled, refetchInterval: 1000, gcTime: 0 }),
};
