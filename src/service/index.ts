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
import { printHandlers } from './print';
import { reportBook, reportHandlers, writeReport } from './reports';
import { resultHandlers } from './results';
import { fail, ok, Refusal, type Result, type ServiceError } from './result';
import { schemas, type MethodName, type ParsedInput } from './schemas';

export type { ServiceOptions } from './context';
export type { Result, ServiceError } from './result';

/**
 * Methods the service cannot answer synchronously: the transports call `exportReport` for a report; Electron's main
 * answers the save dialogs and printToPDF itself.
 */
const STREAMED = ['reports.export', 'reports.save', 'print.savePdf'] as const;
type StreamedMethod = (typeof STREAMED)[number];
type CallableMethod = Exclude<MethodName, StreamedMethod>;

type Handlers = { [M in CallableMethod]: (input: ParsedInput<M>, ctx: Context) => Outputs[M] };

const shared = {
  ...electionHandlers,
  ...personHandlers,
  ...nominationHandlers,
  ...decisionHandlers,
  ...checkHandlers,
  ...listHandlers,
  ...listDecisionHandlers,
  ...resultHandlers,
  ...journalHandlers,
  ...printHandlers,
};

export interface Service {
  /** Validates the input against the method's schema and runs it. Never throws: failures are results. */
  call(method: string, input: unknown): Result<unknown>;
  /**
   * Validates the input as 'reports.export' and streams the report's .xlsx to `out`. Nothing is written when the
   * input or the election is refused, so a transport can still answer with the error.
   */
  exportReport(input: unknown, out: NodeJS.WritableStream): Promise<Result<{ rows: number }>>;
}

const isStreamed = (name: string): name is StreamedMethod => (STREAMED as readonly string[]).includes(name);

function isMethod(name: string): name is MethodName {
  return Object.hasOwn(schemas, name);
}

/** The application API: one object of named methods over one ledger (DESIGN §4). */
export function createService(ledger: Ledger, options: ServiceOptions): Service {
  const ctx = createContext(ledger, options);
  const handlers: Handlers = { ...shared, ...reportHandlers(options) };
  return {
    call(method, input) {
      if (typeof method !== 'string' || !isMethod(method))
        return fail({ code: 'unknown-method', messageKey: 'error.unknownMethod', params: { method: String(method).slice(0, 80) } });
      if (isStreamed(method)) return fail({ code: 'unknown-method', messageKey: 'error.exportTransport', params: { method } });
      const parsed = schemas[method].safeParse(input ?? {});
      if (!parsed.success) return fail(inputError(parsed.error));
      try {
        const handler = handlers[method] as (input: unknown, ctx: Context) => unknown;
        return ok(handler(parsed.data, ctx));
      } catch (e) {
        return fail(errorOf(e, method));
      }
    },
    async exportReport(input, out) {
      const parsed = schemas['reports.export'].safeParse(input ?? {});
      if (!parsed.success) return fail(inputError(parsed.error));
      let book;
      try {
        book = reportBook(parsed.data, ctx, options);
      } catch (e) {
        return fail(errorOf(e, 'reports.export'));
      }
      try {
        return ok({ rows: await writeReport(book, parsed.data, out) });
      } catch (e) {
        return fail(errorOf(e, 'reports.export'));
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
