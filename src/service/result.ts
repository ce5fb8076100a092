import type { Finding, MessageParams } from '../domain/finding';

export const ERROR_CODES = [
  'invalid-input', // the payload does not match the method's schema
  'unknown-method',
  'not-found',
  'conflict', // the change would break a uniqueness or a link (e.g. an IIN already on file)
  'stale', // someone changed the record since it was read
  'findings', // the data has error findings; `findings` lists them
  'unauthenticated', // no one is signed in (or the session has run out)
  'forbidden', // the signed-in user's role may not do this
  'cancelled', // the caller stopped a long job before it ended; nothing was written
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An expected failure, as the API returns it. The message is a catalog key; the caller renders it. */
export interface ServiceError {
  code: ErrorCode;
  messageKey: string;
  params?: MessageParams;
  field?: string;
  findings?: Finding[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ServiceError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: ServiceError): { ok: false; error: ServiceError } => ({ ok: false, error });

/** Thrown inside a handler's transaction to roll it back and return the error as a result. */
export class Refusal extends Error {
  constructor(readonly error: ServiceError) {
    super(error.messageKey);
  }
}
