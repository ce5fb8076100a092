import { createContext, useContext } from 'react';
import { allows, type Permission, type SignedInUser } from '../../domain/users';

// The signed-in user, for the screens to offer only what their role may do. The service decides: a control hidden
// here is a courtesy, never the lock.

export const UserContext = createContext<SignedInUser | null>(null);

export function useUser(): SignedInUser {
  const user = useContext(UserContext);
  if (user === null) throw new Error('useUser outside a signed-in desk');
  return user;
}

/** Whether the signed-in user's role reaches `needed`. */
export function useCan(): (needed: Permission) => boolean {
  const user = useContext(UserContext);
  return (needed) => user !== null && allows(user.role, needed);
}
