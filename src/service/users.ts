import { z } from 'zod';
import {
  LOGIN_PATTERN,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  ROLES,
  SIGN_IN_POLICY,
  signInDelayMs,
  type SignedInUser,
  type UserView,
} from '../domain/users';
import { appendJournal } from '../ledger/journal';
import {
  countUsers,
  getSecret,
  getUser,
  getUserByLogin,
  insertUser,
  listUsers,
  recordFailedSignIn,
  recordSession,
  setPassword,
  updateUser,
} from '../ledger/users';
import type { Context } from './context';
import { method } from './method';
import { hashPassword, noPassword, passwordMatches } from './passwords';
import { Refusal } from './result';
import { id, none, text } from './schemas';

// Users, sign-in and sessions (issue 12). Who may call what is declared with each method; this file keeps the
// users themselves and the way in.

const login = z
  .string()
  .max(60)
  .transform((s) => s.trim().toLowerCase())
  .pipe(z.string().regex(LOGIN_PATTERN));
const password = z.string().max(MAX_PASSWORD_LENGTH);
const fullName = text(200).transform((s) => s.trim()).pipe(z.string().min(1));
const role = z.enum(ROLES);

const signedIn = (u: UserView): SignedInUser => ({ id: u.id, login: u.login, fullName: u.fullName, role: u.role });

function assertPasswordStrength(value: string, field: string): void {
  if ([...value].length < MIN_PASSWORD_LENGTH)
    throw new Refusal({ code: 'invalid-input', messageKey: 'error.passwordTooShort', params: { minimum: MIN_PASSWORD_LENGTH }, field });
}

function mustGetUser(ctx: Context, userId: number): UserView {
  const u = getUser(ctx.db, userId);
  if (!u) throw new Refusal({ code: 'not-found', messageKey: 'error.notFound', field: 'id' });
  return u;
}

/**
 * Signs in: a wrong name and a wrong password are answered alike and take as long (the hash of a password that
 * matches nothing is checked for an unknown name); the fourth failure in a row and each after it wait longer before
 * the answer, the tenth locks the account for a while (SIGN_IN_POLICY). Every attempt is journaled.
 */
async function signIn(input: { login: string; password: string }, ctx: Context): Promise<{ session: string; user: SignedInUser }> {
  const user = getUserByLogin(ctx.db, input.login);
  const secret = user ? getSecret(ctx.db, user.id) : undefined;
  const now = ctx.now();
  if (user && secret?.lockedUntil && secret.lockedUntil > now.toISOString()) {
    // Journaled under the name of the account tried: no one has signed in.
    ctx.write((who) => recordFailedSignIn(ctx.db, { ...who, actor: user.fullName }, user.id, secret.failedAttempts, secret.lockedUntil));
    const minutes = Math.max(1, Math.ceil((Date.parse(secret.lockedUntil) - now.getTime()) / 60_000));
    throw new Refusal({ code: 'forbidden', messageKey: 'error.accountLocked', params: { minutes }, field: 'login' });
  }
  await ctx.sleep(signInDelayMs(secret?.failedAttempts ?? 0));
  const matches = await passwordMatches(input.password, secret?.passwordHash ?? noPassword(ctx.passwordCost));
  if (!user || !secret || !matches) {
    ctx.write((who) => {
      const attempt = { ...who, actor: user?.fullName ?? input.login };
      if (!user || !secret) {
        // A name nobody has: journaled under the name that was tried, about no one.
        appendJournal(ctx.db, { at: who.at, actor: input.login, action: 'user.signInFailed', entity: 'user', entityId: null, change: { subject: input.login, unknown: true } });
        return;
      }
      const failures = secret.failedAttempts + 1;
      const lockedUntil =
        failures >= SIGN_IN_POLICY.lockAfter ? new Date(ctx.now().getTime() + SIGN_IN_POLICY.lockMinutes * 60_000).toISOString() : null;
      recordFailedSignIn(ctx.db, attempt, user.id, failures, lockedUntil);
    });
    throw new Refusal({ code: 'unauthenticated', messageKey: 'error.signInFailed', field: 'password' });
  }
  if (!user.active) throw new Refusal({ code: 'forbidden', messageKey: 'error.userDisabled', field: 'login' });
  const session = ctx.sessions.open(user.id, ctx.scope.origin);
  ctx.write((who) => recordSession(ctx.db, { ...who, actor: user.fullName, userId: user.id }, user.id, 'user.signIn', { origin: ctx.scope.origin }));
  return { session, user: signedIn(user) };
}

/** The last active administrator is never disabled nor given another role: someone must keep the users. */
function assertAdministratorRemains(ctx: Context, changing: UserView, next: { role: string; active: boolean }): void {
  if (changing.role !== 'administrator' || (next.role === 'administrator' && next.active)) return;
  const others = listUsers(ctx.db).filter((u) => u.id !== changing.id && u.role === 'administrator' && u.active);
  if (others.length === 0) throw new Refusal({ code: 'conflict', messageKey: 'error.lastAdministrator', field: 'role' });
}

async function createUser(
  input: { login: string; fullName: string; role: UserView['role']; password: string },
  ctx: Context,
  /** Who the journal names for it: the signed-in administrator, or the first administrator making themselves. */
  by?: string,
): Promise<UserView> {
  assertPasswordStrength(input.password, 'password');
  if (getUserByLogin(ctx.db, input.login))
    throw new Refusal({ code: 'conflict', messageKey: 'error.loginTaken', params: { login: input.login }, field: 'login' });
  const passwordHash = await hashPassword(input.password, ctx.passwordCost);
  const userId = ctx.write((who) => {
    // Checked again inside the write: another administrator may have taken the name while the hash was made.
    if (getUserByLogin(ctx.db, input.login))
      throw new Refusal({ code: 'conflict', messageKey: 'error.loginTaken', params: { login: input.login }, field: 'login' });
    return insertUser(ctx.db, by === undefined ? who : { ...who, actor: by }, { login: input.login, fullName: input.fullName, role: input.role, passwordHash });
  });
  return mustGetUser(ctx, userId);
}

const newUser = z.strictObject({ login, fullName, role, password });

export const userMethods = {
  /** Whether the ledger has its first administrator yet, who is signed in, and the inactivity limit. */
  'auth.status': method.answer({
    permission: 'anyone',
    input: none,
    handler: (_, ctx) => ({ firstRun: countUsers(ctx.db) === 0, user: ctx.user, idleMinutes: ctx.idleMinutes }),
  }),
  'auth.signIn': method.awaits({
    permission: 'anyone',
    session: 'opens',
    input: z.strictObject({ login, password }),
    handler: signIn,
  }),
  'auth.signOut': method.answer({
    permission: 'anyone',
    session: 'closes',
    input: none,
    handler: (_, ctx) => {
      const { token, user } = ctx.scope;
      if (token === null || user === null) return { signedOut: false };
      ctx.sessions.close(token);
      ctx.write((who) => recordSession(ctx.db, who, user.id, 'user.signOut'));
      return { signedOut: true };
    },
  }),
  /** The first start of a new ledger: its first administrator, made by whoever starts it, and only then. */
  'users.createFirst': method.awaits({
    permission: 'anyone',
    input: newUser.omit({ role: true }),
    handler: async (input, ctx) => {
      if (countUsers(ctx.db) > 0) throw new Refusal({ code: 'forbidden', messageKey: 'error.firstUserExists' });
      // Made by whoever starts the new ledger: named by the process's own user (the CLI), else by themselves.
      return createUser({ ...input, role: 'administrator' }, ctx, ctx.actor === '' ? input.fullName : undefined);
    },
  }),
  /** The commission server, for the administrator's screen: the names workstations use, the certificate's fingerprint. */
  'server.info': method.answer({ permission: 'administrator', input: none, handler: (_, ctx) => ({ server: ctx.server, idleMinutes: ctx.idleMinutes }) }),
  'users.list': method.answer({
    permission: 'administrator',
    input: none,
    handler: (_, ctx) => {
      const sessions = ctx.sessions.active();
      return listUsers(ctx.db).map((u) => ({
        ...u,
        sessions: sessions.filter((s) => s.userId === u.id).map(({ startedAt, lastSeenAt, origin }) => ({ startedAt, lastSeenAt, origin })),
      }));
    },
  }),
  'users.create': method.awaits({ permission: 'administrator', input: newUser, handler: (input, ctx) => createUser(input, ctx) }),
  'users.update': method.answer({
    permission: 'administrator',
    input: z.strictObject({ id, version: id, fullName, role, active: z.boolean() }),
    handler: (input, ctx) => {
      ctx.write((who) => {
        const current = mustGetUser(ctx, input.id);
        assertAdministratorRemains(ctx, current, input);
        const action = current.active && !input.active ? 'user.disable' : !current.active && input.active ? 'user.enable' : 'user.update';
        if (!updateUser(ctx.db, who, input.id, input.version, input, action)) throw new Refusal({ code: 'stale', messageKey: 'error.stale' });
      });
      // A disabled user, or one whose role changed, signs in again: their open sessions end.
      ctx.sessions.closeAllOf(input.id);
      return mustGetUser(ctx, input.id);
    },
  }),
  /** An administrator's reset: a new password, the lock lifted, the user's sessions ended. */
  'users.resetPassword': method.awaits({
    permission: 'administrator',
    input: z.strictObject({ id, password }),
    handler: async (input, ctx) => {
      mustGetUser(ctx, input.id);
      assertPasswordStrength(input.password, 'password');
      const hash = await hashPassword(input.password, ctx.passwordCost);
      ctx.write((who) => setPassword(ctx.db, who, input.id, hash, 'user.resetPassword'));
      ctx.sessions.closeAllOf(input.id);
      return mustGetUser(ctx, input.id);
    },
  }),
  /** A user's own new password, given the present one. */
  'users.changePassword': method.awaits({
    permission: 'observer',
    input: z.strictObject({ current: password, password }),
    handler: async (input, ctx) => {
      const user = ctx.user;
      if (user === null) throw new Refusal({ code: 'unauthenticated', messageKey: 'error.signInRequired' });
      const secret = getSecret(ctx.db, user.id);
      if (!secret || !(await passwordMatches(input.current, secret.passwordHash)))
        throw new Refusal({ code: 'invalid-input', messageKey: 'error.currentPasswordWrong', field: 'current' });
      assertPasswordStrength(input.password, 'password');
      const hash = await hashPassword(input.password, ctx.passwordCost);
      ctx.write((who) => setPassword(ctx.db, who, user.id, hash, 'user.password'));
      return { changed: true };
    },
  }),
};
