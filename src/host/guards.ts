import type { IncomingMessage } from 'node:http';
import type { TransportProblem } from './transport-error';

// DNS rebinding: a foreign site whose name resolves to 127.0.0.1 still sends its own name as Host.
// Cross-site requests: a browser always sends Origin on a cross-origin POST, and a page of ours sends our own.

export function ownOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

export function checkHost(req: IncomingMessage, port: number): TransportProblem | null {
  const host = req.headers.host;
  return host === `127.0.0.1:${port}` || host === `localhost:${port}` ? null : 'forbidden-host';
}

export function checkOrigin(req: IncomingMessage, port: number): TransportProblem | null {
  const origin = req.headers.origin;
  if (origin === undefined) return null;
  return ownOrigins(port).includes(origin) ? null : 'forbidden-origin';
}
