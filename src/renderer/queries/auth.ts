import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../service/contract';
import { answer } from './client';

// Who is signed in, and the way in and out (issue 12). The session itself is the transport's (an HttpOnly cookie,
// the desk window's main process): the page only asks who it is.

export const authKeys = {
  /** auth.status: first run, the signed-in user, the inactivity limit. Invalidated when a call finds no session. */
  status: ['auth'] as const,
  users: ['auth', 'users'] as const,
  server: ['auth', 'server'] as const,
};

export const authStatus = {
  queryKey: authKeys.status,
  useQuery: () => useQuery({ queryKey: authKeys.status, queryFn: () => answer('auth.status', {}) }),
};

/** After a sign-in or a sign-out, nothing cached belongs to the next user: the cache starts again from the status. */
function useFreshStart() {
  const client = useQueryClient();
  return async (): Promise<void> => {
    client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
    await client.invalidateQueries({ queryKey: authKeys.status });
  };
}

export const signIn = {
  useMutation: () => {
    const freshStart = useFreshStart();
    return useMutation({ mutationFn: (input: InputOf<'auth.signIn'>) => answer('auth.signIn', input), onSuccess: freshStart });
  },
};

export const signOut = {
  useMutation: () => {
    const freshStart = useFreshStart();
    return useMutation({ mutationFn: () => answer('auth.signOut', {}), onSettled: freshStart });
  },
};

/** The first administrator of a new ledger, then signed in with the same name and password. */
export const firstAdministrator = {
  useMutation: () => {
    const freshStart = useFreshStart();
    return useMutation({
      mutationFn: async (input: InputOf<'users.createFirst'>) => {
        await answer('users.createFirst', input);
        return answer('auth.signIn', { login: input.login, password: input.password });
      },
      onSuccess: freshStart,
    });
  },
};

export const passwordChange = {
  useMutation: () => useMutation({ mutationFn: (input: InputOf<'users.changePassword'>) => answer('users.changePassword', input) }),
};

export const usersList = {
  queryKey: authKeys.users,
  useQuery: () => useQuery({ queryKey: authKeys.users, queryFn: () => answer('users.list', {}) }),
};

export const serverInfo = {
  useQuery: () => useQuery({ queryKey: authKeys.server, queryFn: () => answer('server.info', {}) }),
};

function useUsersChanged() {
  const client = useQueryClient();
  return () => Promise.all([client.invalidateQueries({ queryKey: authKeys.users }), client.invalidateQueries({ queryKey: ['journal'] })]);
}

export const userCreate = {
  useMutation: () => {
    const changed = useUsersChanged();
    return useMutation({ mutationFn: (input: InputOf<'users.create'>) => answer('users.create', input), onSuccess: changed });
  },
};

export const userUpdate = {
  useMutation: () => {
    const changed = useUsersChanged();
    return useMutation({ mutationFn: (input: InputOf<'users.update'>) => answer('users.update', input), onSuccess: changed });
  },
};

export const passwordReset = {
  useMutation: () => {
    const changed = useUsersChanged();
    return useMutation({ mutationFn: (input: InputOf<'users.resetPassword'>) => answer('users.resetPassword', input), onSuccess: changed });
  },
};
