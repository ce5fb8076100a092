// The users of a commission's desk and what their roles let them do (issue 12). Each role may do what the one before
// it may, and more: an observer reads, exports and prints; a clerk enters and edits persons, nominations, documents
// and imports; a secretary records the commission's decisions, the results and the mandate holders; an
// administrator keeps the users, the elections, the rules' settings, the deposits and the backups.

export const ROLES = ['observer', 'clerk', 'secretary', 'administrator'] as const;
export type Role = (typeof ROLES)[number];

/** Who may call a method: a role and every role above it; `anyone` for the sign-in itself. */
export type Permission = Role | 'anyone';

export function allows(role: Role, needed: Permission): boolean {
  return needed === 'anyone' || ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

export interface UserView {
  id: number;
  /** The sign-in name: lower-case Latin letters, digits, dot, dash and underscore. */
  login: string;
  /** As the journal and the prints name them. */
  fullName: string;
  role: Role;
  active: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** The user a call is made by, as the service hands it to every handler. */
export type SignedInUser = Pick<UserView, 'id' | 'login' | 'fullName' | 'role'>;

export const LOGIN_PATTERN = /^[a-z0-9][a-z0-9._-]{0,59}$/;

/**
 * The shortest password the desk takes. Twelve characters: NIST SP 800-63B asks at least eight of a memorised
 * secret and recommends allowing long ones; a commission's desk holds what reaches the ballot, so it asks more.
 */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

/**
 * What repeated failed sign-ins cost: from the fourth, a wait that doubles (1 s, 2 s, 4 s, 8 s…, at most 30 s)
 * before the answer; at the tenth, the account is locked for fifteen minutes. A right password signs in and
 * counts from none again; an administrator's reset unlocks at once.
 */
export const SIGN_IN_POLICY = {
  freeAttempts: 3,
  maxDelayMs: 30_000,
  lockAfter: 10,
  lockMinutes: 15,
} as const;

/** How long to hold back the answer to a sign-in that follows `failures` failures in a row. */
export function signInDelayMs(failures: number): number {
  if (failures < SIGN_IN_POLICY.freeAttempts) return 0;
  return Math.min(SIGN_IN_POLICY.maxDelayMs, 1000 * 2 ** (failures - SIGN_IN_POLICY.freeAttempts));
}
