import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../service/contract';
import { answer } from './client';
import { changes, invalidate, keys } from './keys';

// The administrator's backups (issue 14): their folder and how many to keep, the last one, and one made now.

export const backupStatus = {
  queryKey: () => keys.backups,
  useQuery: () => useQuery({ queryKey: backupStatus.queryKey(), queryFn: () => answer('backups.status', {}) }),
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
  useMutation: () => {
    const client = useQueryClient();
    return useMutation({ mutationFn: () => answer('backups.make', {}), onSuccess: () => invalidate(client, changes.backups()) });
  },
};
