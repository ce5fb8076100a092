import type { IncomingMessage, ServerResponse } from 'node:http';
import { bearerToken, tokenMatches } from './token';
import type { TransportProblem } from './transport-error';

// Who may knock, and how a signed-in user is recognised, in each of the host's two modes:
// - the single desk, on 127.0.0.1 only: every call carries this launch's secret token (no web page the clerk visits
//   can know it), Host and Origin must be the loopback's own (DNS rebinding, cross-site requests), and the session
//   is a cookie that is HttpOnly and SameSite=Strict;
// - the commission server, over HTTPS on the office network: Host and Origin must be one of the names its
//   administrator configured, the session cookie is also Secure (and __Host-, so no other name can set it), and the
//   sign-in is the gate.

export interface Gate {
  /** The Host header is one of ours; else why not. */
  checkHost(req: IncomingMessage): TransportProblem | null;
  /** The Origin header, when sent, is one of ours; else why not. */
  checkOrigin(req: IncomingMessage): TransportProblem | null;
  /** The transport's own secret, where it has one: the single desk's launch token. */
  admits(req: IncomingMessage): boolean;
  /** The session token the request carries, or null. */
  sessionOf(req: IncomingMessage): string | null;
  /** Sets (a token) or clears (null) the session cookie on the answer. */
  setSession(res: ServerResponse, token: string | null): void;
  /** Where the call comes from, as the session remembers it. */
  originOf(req: IncomingMessage): string;
}

function cookie(req: IncomingMessage, name: string): string | null {
  const header = req.headers.cookie;
  if (header === undefined) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      const value = part.slice(eq + 1).trim();
      return /^[A-Za-z0-9_-]{1,100}$/.test(value) ? value : null;
    }
  }
  return null;
}

function setCookie(res: ServerResponse, name: string, token: string | null, secure: boolean): void {
  const attributes = ['Path=/', 'HttpOnly', 'SameSite=Strict', ...(secure ? ['Secure'] : [])];
  const value = token === null ? `${name}=; Max-Age=0` : `${name}=${token}`;
  res.appendHeader('Set-Cookie', [value, ...attributes].join('; '));
}

const remote = (req: IncomingMessage): string => req.socket.remoteAddress ?? 'unknown';

/** The single desk on loopback, behind this launch's token. */
export function loopbackGate(port: () => number, token: string): Gate {
  const SESSION = 'tizim_session';
  const own = (): string[] => [`127.0.0.1:${port()}`, `localhost:${port()}`];
  return {
    checkHost: (req) => (own().includes(req.headers.host ?? '') ? null : 'forbidden-host'),
    checkOrigin: (req) => {
      const origin = req.headers.origin;
      return origin === undefined || own().some((h) => origin === `http://${h}`) ? null : 'forbidden-origin';
    },
    admits: (req) => {
      const sent = bearerToken(req.headers.authorization);
      return sent !== null && tokenMatches(sent, token);
    },
    sessionOf: (req) => cookie(req, SESSION),
    setSession: (res, session) => setCookie(res, SESSION, session, false),
    originOf: () => 'desk',
  };
}

/**
 * The commission server: `hostNames` are the names (and addresses) the workstations use to reach it, each allowed
 * with the server's port; nothing else is answered.
 */
export function networkGate(port: () => number, hostNames: readonly string[]): Gate {
  const SESSION = '__Host-tizim_session';
  const own = (): string[] => hostNames.map((name) => `${name.includes(':') && !name.startsWith('[') ? `[${name}]` : name}:${port()}`.toLowerCase());
  return {
    checkHost: (req) => (own().includes((req.headers.host ?? '').toLowerCase()) ? null : 'forbidden-host'),
    checkOrigin: (req) => {
      const origin = req.headers.origin;
      return origin === undefined || own().some((h) => origin.toLowerCase() === `https://${h}`) ? null : 'forbidden-origin';
    },
    admits: () => true,
    sessionOf: (req) => cookie(req, SESSION),
    setSession: (res, session) => setCookie(res, SESSION, session, true),
    originOf: remote,
  };
}
