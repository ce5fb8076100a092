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
import { writeImportErrors, writeImportTemplate } from './import-files';
import { createImportDesk } from './imports';
import { fail, ok, Refusal, type Result, type ServiceError } from './result';
import { schemas, type MethodName, type ParsedInput } from './schemas';

export type { ServiceOptions } from './context';
export type { Result, ServiceError } from './result';

/**
 * Methods the service cannot answer synchronously: the transports call `exportReport` for a report; Electron's main
 * answers the save dialogs and printToPDF itself.
 */
const STREAMED = [
  'reports.export',
  'reports.save',
  'print.savePdf',
  'imports.template',
  'imports.errors',
  'imports.open',
  'imports.saveTemplate',
  'imports.saveErrors',
] as const;
type StreamedMethod = (typeof STREAMED)[number];
/** Methods that read a file: answered by `callAsync` only. */
const ASYNC = ['imports.preview', 'imports.commit'] as const;
type AsyncMethod = (typeof ASYNC)[number];
type CallableMethod = Exclude<MethodName, StreamedMethod | AsyncMethod>;
/** What `streamFile` writes: a workbook streamed to the caller's stream. */
export const FILE_METHODS = ['reports.export', 'imports.template', 'imports.errors'] as const;
export type FileMethod = (typeof FILE_METHODS)[number];

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
  /**
   * Validates the input against the method's schema and runs it. Never throws: failures are results. The methods
   * that read a file (imports.preview, imports.commit) are refused here: call them with `callAsync`.
   */
  call(method: string, input: unknown): Result<unknown>;
  /** Every method a transport may forward, the file-reading ones included. Never rejects. */
  callAsync(method: string, input: unknown): Promise<Result<unknown>>;
  /**
   * Streams the workbook of a file method (a report, an import template, an import's error report) to `out`.
   * Nothing is written when the input is refused, so a transport can still answer with the error.
   */
  streamFile(method: string, input: unknown, out: NodeJS.WritableStream): Promise<Result<{ rows: number }>>;
  /**
   * A file a transport received (an upload, an open dialog, the CLI's argument), registered for `imports.*`. The
   * page only ever holds the returned id, never a path.
   */
  registerImportFile(path: string, name: string): string;
  /**
   * Validates the input as 'reports.export' and streams the report's .xlsx to `out`. Nothing is written when the
   * input or the election is refused, so a transport can still answer with the error.
   */
  exportReport(input: unknown, out: NodeJS.WritableStream): Promise<Result<{ rows: number }>>;
}

const isStreamed = (name: string): name is StreamedMethod => (STREAMED as readonly string[]).includes(name);
const isAsync = (name: string): name is AsyncMethod => (ASYNC as readonly string[]).includes(name);

function isMethod(name: string): name is MethodName {
  return Object.hasOwn(schemas, name);
}

/** The application API: one object of named methods over one ledger (DESIGN §4). */
export function createService(ledger: Ledger, options: ServiceOptions): Service {
  const ctx = createContext(ledger, options);
  const handlers: Handlers = { ...shared, ...reportHandlers(options) };
  const imports = createImportDesk(ctx);
  const asyncHandlers: { [M in AsyncMethod]: (input: ParsedInput<M>) => Promise<Outputs[M]> } = {
    'imports.preview': (input) => imports.preview(input),
    'imports.commit': (input) => imports.commit(input),
  };

  function call(method: string, input: unknown): Result<unknown> {
    if (typeof method !== 'string' || !isMethod(method))
      return fail({ code: 'unknown-method', messageKey: 'error.unknownMethod', params: { method: String(method).slice(0, 80) } });
    if (isStreamed(method) || isAsync(method)) return fail({ code: 'unknown-method', messageKey: 'error.exportTransport', params: { method } });
    const parsed = schemas[method].safeParse(input ?? {});
    if (!parsed.success) return fail(inputError(parsed.error));
    try {
      const handler = handlers[method] as (input: unknown, ctx: Context) => unknown;
      return ok(handler(parsed.data, ctx));
    } catch (e) {
      return fail(errorOf(e, method));
    }
  }

  async function exportReport(input: unknown, out: NodeJS.WritableStream): Promise<Result<{ rows: number }>> {
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
  }

  return {
    call,
    async callAsync(method, input) {
      if (typeof method !== 'string' || !isAsync(method)) return call(method, input);
      const parsed = schemas[method].safeParse(input ?? {});
      if (!parsed.success) return fail(inputError(parsed.error));
      try {
        const handler = asyncHandlers[method] as (input: unknown) => Promise<unknown>;
        return ok(await handler(parsed.data));
      } catch (e) {
        return fail(errorOf(e, method));
      }
    },
    exportReport,
    async streamFile(method, input, out) {
      if (method === 'reports.export') return exportReport(input, out);
      if (method !== 'imports.template' && method !== 'imports.errors')
        return fail({ code: 'unknown-method', messageKey: 'error.unknownMethod', params: { method: String(method).slice(0, 80) } });
      const parsed = schemas[method].safeParse(input ?? {});
      if (!parsed.success) return fail(inputError(parsed.error));
      try {
        if (method === 'imports.template') return ok(await writeImportTemplate(parsed.data as ParsedInput<'imports.template'>, out));
        const errors = parsed.data as ParsedInput<'imports.errors'>;
        // Read and planned before the first byte, so a refused file is answered as a Result.
        return ok(await writeImportErrors(await imports.planned(errors), errors.lang, out));
      } catch (e) {
        return fail(errorOf(e, method));
      }
    },
    registerImportFile: (path, name) => imports.register(path, name),
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
