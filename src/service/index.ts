import type { z } from 'zod';
import type { Ledger } from '../ledger';
import type { Outputs } from './contract';
import { createContext, type Context, type ServiceOptions } from './context';
import { checkHandlers } from './checks';
import { decisionHandlers } from './decisions';
import { electionHandlers } from './elections';
import { journalHandlers } from './journal';
import { listDecisionHandlers } from './list-decisions';
import { listHandlers } from './lists';
import { nominationHandlers } from './nominations';
import { personHandlers } from './persons';
import { resultHandlers } from './results';
import { fail, ok, Refusal, type Result, type ServiceError } from './result';
import { schemas, type MethodName, type ParsedInput } from './schemas';

export type { ServiceOptions } from './context';
export type { Result, ServiceError } from './result';

type Handlers = { [M in MethodName]: (input: ParsedInput<M>, ctx: Context) => Outputs[M] };

const handlers: Handlers = {
  ...electionHandlers,
  ...personHandlers,
  ...nominationHandlers,
  ...decisionHandlers,
  ...checkHandlers,
  ...listHandlers,
  ...listDecisionHandlers,
  ...resultHandlers,
  ...journalHandlers,
};

export interface Service {
  /** Validates the input against the method's schema and runs it. Never throws: failures are results. */
  call(method: string, input: unknown): Result<unknown>;
}

function isMethod(name: string): name is MethodName {
  return Object.hasOwn(schemas, name);
}

/** The application API: one object of named methods over one ledger (DESIGN §4). */
export function createService(ledger: Ledger, options: ServiceOptions): Service {
  const ctx = createContext(ledger, options);
  return {
    call(method, input) {
      if (typeof method !== 'string' || !isMethod(method))
        return fail({ code: 'unknown-method', messageKey: 'error.unknownMethod', params: { method: String(method).slice(0, 80) } });
      const parsed = schemas[method].safeParse(input ?? {});
      if (!parsed.success) return fail(inputError(parsed.error));
      try {
        const handler = handlers[method] as (input: unknown, ctx: Context) => unknown;
        return ok(handler(parsed.data, ctx));
      } catch (e) {
        return fail(errorOf(e, method));
      }
    },
  };
}

function errorOf(e: unknown, method: string): ServiceError {
  if (e instanceof Refusal) return e.error;
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('SQLITE_BUSY')) return { code: 'conflict', messageKey: 'error.busy' };
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) return { code: 'conflict', messageKey: 'error.constraint' };
  // A bug, not a clerk's mistake: the transaction rolled back; keep the details for the administrator.
  console.error(`tizim: ${method} failed:`, e);
  return { code: 'internal', messageKey: 'error.internal' };
}

/** The first problem zod found, as a catalog key naming the field, so the message reads in the clerk's language. */
function inputError(error: z.ZodError): ServiceError {
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
    case 'invalid_value':
    case 'invalid_union':
    case 'invalid_format':
      return { ...base, messageKey: 'error.input.value', params: { path } };
    default:
      return { ...base, messageKey: 'error.input.value', params: { path } };
  }
}
