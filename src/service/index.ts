import type { Ledger } from '../ledger';
import { createContext, type Context, type ServiceOptions } from './context';
import type { AnyMethod, FileWriter, MethodKind } from './method';
import { methods } from './methods';
import { errorOf, parseInput, unknownMethod } from './run-method';
import { fail, ok, type Result } from './result';

export type { ServiceOptions } from './context';
export type { MethodKind } from './method';
export type { Result, ServiceError } from './result';

/** A file method's workbook, checked and ready: nothing is written until `write` is called. */
export interface PreparedFile {
  fileName: string;
  /** Streams the workbook to `out`; a failure on the way (a dead stream, a bug) is a Result, never a rejection. */
  write(out: NodeJS.WritableStream): Promise<Result<{ rows: number }>>;
}

/** The service as its transports (the loopback host, Electron's IPC, the CLI) see it. Nothing here throws. */
export interface Service {
  /** The kind of a method of the registry, or undefined when there is none: how a transport knows where it goes. */
  kindOf(method: string): MethodKind | undefined;
  /** The input as the method reads it, or the typed error its schema gives; nothing is run. */
  validate(method: string, input: unknown): Result<unknown>;
  /** Runs a method that answers at once. A method of another kind is refused: call it the way its kind says. */
  call(method: string, input: unknown): Result<unknown>;
  /** Runs a method that answers at once or reads a file. */
  callAsync(method: string, input: unknown): Promise<Result<unknown>>;
  /**
   * Checks a file method's input and everything its workbook needs (the election, an imported file's plan), and
   * returns its name and its writer: a refusal is answered before a byte is written or a save dialog shown.
   */
  prepareFile(method: string, input: unknown): Promise<Result<PreparedFile>>;
  /** `prepareFile`, then the workbook written to `out`. */
  streamFile(method: string, input: unknown, out: NodeJS.WritableStream): Promise<Result<{ rows: number }>>;
  /**
   * A file a transport received (an upload, an open dialog, the CLI's argument), registered for `imports.*`. The
   * page only ever holds the returned id, never a path.
   */
  registerImportFile(path: string, name: string): string;
}

const registry = methods as unknown as Record<string, AnyMethod & { handler: (input: unknown, ctx: Context) => unknown }>;

function lookup(name: unknown): (typeof registry)[string] | undefined {
  return typeof name === 'string' && Object.hasOwn(registry, name) ? registry[name] : undefined;
}

function wrongKind(method: string, kind: MethodKind): { ok: false; error: { code: 'unknown-method'; messageKey: string; params: { method: string } } } {
  const messageKey = kind === 'streams-file' ? 'error.fileMethod' : 'error.fileReadingMethod';
  return { ok: false, error: { code: 'unknown-method', messageKey, params: { method } } };
}

/** The application API: one registry of named methods over one ledger (DESIGN §4). */
export function createService(ledger: Ledger, options: ServiceOptions): Service {
  const ctx = createContext(ledger, options);

  async function prepareFile(name: string, input: unknown): Promise<Result<PreparedFile>> {
    const method = lookup(name);
    if (!method) return unknownMethod(name);
    if (method.kind !== 'streams-file') return fail({ code: 'unknown-method', messageKey: 'error.notFileMethod', params: { method: name } });
    const parsed = parseInput(method.input, input);
    if (!parsed.ok) return parsed;
    let writer: FileWriter;
    try {
      writer = await (method.handler(parsed.value, ctx) as FileWriter | Promise<FileWriter>);
    } catch (e) {
      return fail(errorOf(e, name));
    }
    return ok({
      fileName: writer.fileName,
      write: async (out) => {
        try {
          return ok(await writer.write(out));
        } catch (e) {
          return fail(errorOf(e, name));
        }
      },
    });
  }

  return {
    kindOf: (name) => lookup(name)?.kind,

    validate(name, input) {
      const method = lookup(name);
      return method ? parseInput(method.input, input) : unknownMethod(name);
    },

    call(name, input) {
      const method = lookup(name);
      if (!method) return unknownMethod(name);
      if (method.kind !== 'answer') return wrongKind(name, method.kind);
      const parsed = parseInput(method.input, input);
      if (!parsed.ok) return parsed;
      try {
        return ok(method.handler(parsed.value, ctx));
      } catch (e) {
        return fail(errorOf(e, name));
      }
    },

    async callAsync(name, input) {
      const method = lookup(name);
      if (!method) return unknownMethod(name);
      if (method.kind === 'streams-file') return wrongKind(name, method.kind);
      const parsed = parseInput(method.input, input);
      if (!parsed.ok) return parsed;
      try {
        return ok(await method.handler(parsed.value, ctx));
      } catch (e) {
        return fail(errorOf(e, name));
      }
    },

    prepareFile,

    async streamFile(name, input, out) {
      const prepared = await prepareFile(name, input);
      return prepared.ok ? prepared.value.write(out) : prepared;
    },

    registerImportFile: (path, name) => ctx.imports.register(path, name),
  };
}
