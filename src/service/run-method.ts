import type { z } from 'zod';
import { fail, ok, Refusal, type Result, type ServiceError } from './result';

// What every transport does with a method it has looked up: check the input against the method's schema, run the
// handler, and turn what went wrong into a typed error. Shared by the service's registry and the desk window's own
// methods (src/main), so that an input is refused in the same words whichever way it came.

/** The input as the method's schema reads it (defaults filled in), or the first problem as a typed error. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): Result<z.output<S>> {
  const parsed = schema.safeParse(input ?? {});
  return parsed.success ? ok(parsed.data) : fail(inputError(parsed.error));
}

export function unknownMethod(method: unknown): { ok: false; error: ServiceError } {
  return fail({ code: 'unknown-method', messageKey: 'error.unknownMethod', params: { method: String(method).slice(0, 80) } });
}

/** A thrown Refusal is the method's answer; a database conflict says so; anything else is a bug, logged. */
export function errorOf(e: unknown, method: string): ServiceError {
  if (e instanceof Refusal) return e.error;
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('SQLITE_BUSY')) return { code: 'conflict', messageKey: 'error.busy' };
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) return { code: 'conflict', messageKey: 'error.constraint' };
  // The disk (or the file's size limit) is full: SQLite rolled the whole transaction back, journal row and all.
  if (code === 'SQLITE_FULL') return { code: 'internal', messageKey: 'error.diskFull' };
  // A bug, not a clerk's mistake: the transaction rolled back; keep the details for the administrator.
  console.error(`tizim: ${method} failed:`, e);
  return { code: 'internal', messageKey: 'error.internal' };
}

/** The first problem zod found, as a catalog key naming the field, so the message reads in the clerk's language. */
export function inputError(error: z.ZodError): ServiceError {
  const issue = error.issues[0];
  const path = issue?.path.map(String).join('.') ?? '';
  const field = issue?.path.map(String)[issue.path.length - 1];
  const base = { code: 'invalid-input' as const, ...(field ? { field } : {}) };
  switch (issue?.code) {
    case 'invalid_type':
      return { ...base, messageKey: 'error.input.type', params: { path, expected: issue.expected } };
    case 'too_big':
      return { ...base, messageKey: 'error.input.tooBig', params: { path, maximum: Number(issue.maximum) } };
    case 'too_small':
      return { ...base, messageKey: 'error.input.tooSmall', params: { path, minimum: Number(issue.minimum) } };
    case 'unrecognized_keys':
      return { ...base, messageKey: 'error.input.unknownKeys', params: { path, keys: issue.keys.join(', ') } };
    default:
      return { ...base, messageKey: 'error.input.value', params: { path } };
  }
}
