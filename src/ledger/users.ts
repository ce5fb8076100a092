import type { Database } from 'better-sqlite3';
import type { Role, UserView } from '../domain/users';
import { recordChange, type Actor } from './record';
import { stmt } from './statements';

// The users of the desk and their secrets. A user row is journaled like any record; the secret (the password's
// hash, the failed sign-ins) is not, and no API returns it.

interface UserRow {
  id: number;
  login: string;
  full_name: string;
  role: Role;
  active: number;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface UserSecret {
  passwordHash: string;
  setAt: string;
  failedAttempts: number;
  lastFailedAt: string | null;
  lockedUntil: string | null;
}

function toView(r: UserRow): UserView {
  return {
    id: r.id,
    login: r.login,
    fullName: r.full_name,
    role: r.role,
    active: r.active === 1,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const subject = (u: { login: string; fullName: string }): string => `${u.fullName} (${u.login})`;

export function countUsers(db: Database): number {
  return (stmt(db, 'SELECT count(*) AS n FROM user').get() as { n: number }).n;
}

export function insertUser(
  db: Database,
  who: Actor,
  u: { login: string; fullName: string; role: Role; passwordHash: string },
): number {
  const { lastInsertRowid } = stmt(
    db,
    'INSERT INTO user (login, full_name, role, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  ).run(u.login, u.fullName, u.role, who.at, who.at);
  const id = Number(lastInsertRowid);
  stmt(db, 'INSERT INTO user_secret (user_id, password_hash, set_at) VALUES (?, ?, ?)').run(id, u.passwordHash, who.at);
  recordChange(db, who, 'user.create', 'user', id, subject(u));
  return id;
}

export function getUser(db: Database, id: number): UserView | undefined {
  const row = stmt(db, 'SELECT * FROM user WHERE id = ?').get(id) as UserRow | undefined;
  return row && toView(row);
}

export function getUserByLogin(db: Database, login: string): UserView | undefined {
  const row = stmt(db, 'SELECT * FROM user WHERE login = ?').get(login) as UserRow | undefined;
  return row && toView(row);
}

export function listUsers(db: Database): UserView[] {
  return (stmt(db, 'SELECT * FROM user ORDER BY login').all() as UserRow[]).map(toView);
}

export function getSecret(db: Database, userId: number): UserSecret | undefined {
  const row = stmt(db, 'SELECT * FROM user_secret WHERE user_id = ?').get(userId) as
    | { password_hash: string; set_at: string; failed_attempts: number; last_failed_at: string | null; locked_until: string | null }
    | undefined;
  return (
    row && {
      passwordHash: row.password_hash,
      setAt: row.set_at,
      failedAttempts: row.failed_attempts,
      lastFailedAt: row.last_failed_at,
      lockedUntil: row.locked_until,
    }
  );
}

/** Changes what an administrator may change of a user: the full name, the role, whether they may sign in. */
export function updateUser(
  db: Database,
  who: Actor,
  id: number,
  version: number,
  u: { fullName: string; role: Role; active: boolean },
  action: 'user.update' | 'user.disable' | 'user.enable',
): boolean {
  const { changes } = stmt(
    db,
    'UPDATE user SET full_name = ?, role = ?, active = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?',
  ).run(u.fullName, u.role, u.active ? 1 : 0, who.at, id, version);
  if (changes === 0) return false;
  const login = (stmt(db, 'SELECT login FROM user WHERE id = ?').get(id) as { login: string }).login;
  recordChange(db, who, action, 'user', id, subject({ login, fullName: u.fullName }));
  return true;
}

/** A new password (the user's own change, or an administrator's reset): the failed sign-ins start again from none. */
export function setPassword(db: Database, who: Actor, id: number, passwordHash: string, action: 'user.password' | 'user.resetPassword'): void {
  stmt(
    db,
    'UPDATE user_secret SET password_hash = ?, set_at = ?, failed_attempts = 0, last_failed_at = NULL, locked_until = NULL WHERE user_id = ?',
  ).run(passwordHash, who.at, id);
  const u = getUser(db, id);
  if (!u) throw new Error(`no user ${id}`);
  recordChange(db, who, action, 'user', id, subject(u));
}

/** A failed sign-in: counted, and the account locked until `lockedUntil` when the count has reached the limit. */
export function recordFailedSignIn(db: Database, who: Actor, id: number, failedAttempts: number, lockedUntil: string | null): void {
  stmt(db, 'UPDATE user_secret SET failed_attempts = ?, last_failed_at = ?, locked_until = ? WHERE user_id = ?').run(
    failedAttempts,
    who.at,
    lockedUntil,
    id,
  );
  const u = getUser(db, id);
  if (!u) throw new Error(`no user ${id}`);
  recordChange(db, who, 'user.signInFailed', 'user', id, subject(u), { attempt: failedAttempts, ...(lockedUntil ? { lockedUntil } : {}) });
}

/** A sign-in or a sign-out, journaled; a sign-in clears the count of failures. */
export function recordSession(db: Database, who: Actor, id: number, action: 'user.signIn' | 'user.signOut', extra: Record<string, unknown> = {}): void {
  if (action === 'user.signIn')
    stmt(db, 'UPDATE user_secret SET failed_attempts = 0, last_failed_at = NULL, locked_until = NULL WHERE user_id = ?').run(id);
  const u = getUser(db, id);
  if (!u) throw new Error(`no user ${id}`);
  recordChange(db, who, action, 'user', id, subject(u), extra);
}
