import { randomBytes } from 'node:crypto';

// Who is signed in, by an opaque token the transport keeps for them (an HttpOnly cookie, the desk window's main
// process): held in the memory of the one process that serves the ledger, so a restart signs everyone out, and a
// session ends after a time without a call (the inactivity limit) or when its user signs out.

export interface SessionInfo {
  userId: number;
  startedAt: string;
  lastSeenAt: string;
  /** Where it was opened from: the workstation's address, or the desk window. */
  origin: string;
}

interface Held {
  userId: number;
  startedAt: number;
  lastSeenAt: number;
  origin: string;
}

export interface Sessions {
  open(userId: number, origin: string): string;
  /** The session of a token, its inactivity clock set back to now; null when there is none or it has run out. */
  touch(token: string): (SessionInfo & { token: string }) | null;
  close(token: string): SessionInfo | null;
  /** Ends every session of a user (disabled, or given a new password by an administrator). */
  closeAllOf(userId: number): void;
  /** Ends every session but the one of `token` (a restored ledger: its users are those of the backup). */
  closeAllBut(token: string | null): void;
  /** The sessions still running, for the administrator's screen. */
  active(): SessionInfo[];
}

export function createSessions(now: () => Date, idleMinutes: number): Sessions {
  const held = new Map<string, Held>();
  const idleMs = idleMinutes * 60_000;
  const info = (s: Held): SessionInfo => ({
    userId: s.userId,
    startedAt: new Date(s.startedAt).toISOString(),
    lastSeenAt: new Date(s.lastSeenAt).toISOString(),
    origin: s.origin,
  });
  const expired = (s: Held, at: number): boolean => at - s.lastSeenAt > idleMs;
  const sweep = (at: number): void => {
    for (const [token, s] of held) if (expired(s, at)) held.delete(token);
  };
  return {
    open(userId, origin) {
      const at = now().getTime();
      sweep(at);
      const token = randomBytes(32).toString('base64url');
      held.set(token, { userId, startedAt: at, lastSeenAt: at, origin });
      return token;
    },
    touch(token) {
      const s = held.get(token);
      if (!s) return null;
      const at = now().getTime();
      if (expired(s, at)) {
        held.delete(token);
        return null;
      }
      s.lastSeenAt = at;
      return { ...info(s), token };
    },
    close(token) {
      const s = held.get(token);
      if (!s) return null;
      held.delete(token);
      return info(s);
    },
    closeAllOf(userId) {
      for (const [token, s] of held) if (s.userId === userId) held.delete(token);
    },
    closeAllBut(kept) {
      for (const token of held.keys()) if (token !== kept) held.delete(token);
    },
    active() {
      sweep(now().getTime());
      return [...held.values()].map(info);
    },
  };
}
