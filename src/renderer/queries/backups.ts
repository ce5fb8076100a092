import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../service/contract';
import { answer } from './client';
import { changes, invalidate, keys } from './keys';

// The administrator's backups (issue 14): their folder and how many to keep, the last one, and one made now.

export const backupStatus = {
  queryKey: () => keys.backups,
  /** `enabled` false for a user who may not see the backups (the start-up warning is the administrator's). */
  useQuery: (enabled = true) => useQuery({ queryKey: backupStatus.queryKey(), queryFn: () => answer('backups.status', {}), enabled }),
};

export const backupSettings = {
  useMutation: () => {
    const client = useQueryClient();
    return useMutation({
      mutationFn: (input: InputOf<'backups.settings'>) => answer('backups.settings', input),
      onSuccess: () => invalidate(client, changes.backups()),
    });
  },
};

export const backupMake = {
  /** The mutation's variable is the id its progress is followed by (queries/jobs.ts). */
  useMutation: () => {
    const client = useQueryClient();
    return useMutation({ mutationFn: (job: string) => answer('backups.make', {}, { job }), onSuccess: () => invalidate(client, changes.backups()) });
  },
};

export const backupRestore = {
  useMutation: () => {
    const client = useQueryClient();
    return useMutation({
      mutationFn: (input: InputOf<'backups.restore'>) => answer('backups.restore', input),
      onSuccess: () => invalidate(client, changes.restored()),
    });
  },
};
