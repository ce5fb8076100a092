import type { z } from 'zod';
import type { Permission } from '../domain/users';
import type { Context } from './context';
import type { JobHandle } from './progress';

// How a method of the API is declared: once, in the file of its area, with its input schema, its kind, who may call
// it and its handler; its output type is the handler's. The transports (the loopback host, the commission server,
// Electron's IPC, the CLI) mount the methods from the registry (methods.ts) by their kind and never list them again.
// Actual's `app.method(name, fn)` and vxsuite's grout are the models.

/**
 * - `answer`: answered at once from the ledger (a read, or a change in one transaction).
 * - `awaits`: answered after a wait that must not hold up the other callers (a password's slow hash).
 * - `reads-file`: reads a file a transport has received (an import), answered asynchronously.
 * - `streams-file`: writes a workbook; its handler checks everything first and hands back the writer, so that a
 *   refusal is answered as a Result before the first byte (a download, a save dialog, a file on disk).
 */
export type MethodKind = 'answer' | 'awaits' | 'reads-file' | 'streams-file';

/** What a `streams-file` method hands its transport once the input has passed every check. */
export interface FileWriter {
  /** The name the download or the save dialog offers. */
  fileName: string;
  /**
   * Streams the workbook to `out`; resolves with the rows written, rejects when the stream fails. `job`: where the
   * rows written go (a progress bar, the CLI's line) and, for a method declared `cancellable`, its stop.
   */
  write(out: NodeJS.WritableStream, job: JobHandle): Promise<{ rows: number }>;
}

export interface Method<K extends MethodKind, S extends z.ZodType, C, R> {
  kind: K;
  /** The least role that may call it (each role may do what the ones before it may); `anyone` for signing in. */
  permission: Permission;
  /**
   * A method that opens a session answers `{ session, … }`: the transport keeps the token (an HttpOnly cookie, the
   * desk window's main process) and hands the page the rest. One that closes it makes the transport forget it.
   */
  session?: 'opens' | 'closes';
  /**
   * A long job (a whole-journal verify, a 100,000-row import): where the service has a job thread (the commission
   * server, the desk window) it is answered there, over a connection of its own, so the others' calls go on.
   * `writes`: while it runs, the changes made on the request thread wait for it (index.ts), so that the job gets the
   * ledger's write lock when it asks instead of losing it, again and again, to a stream of short saves.
   */
  job?: 'reads' | 'writes';
  /**
   * A job whose caller may stop it midway, safely (a verify, a preview, a report's file): it writes nothing, or
   * nothing yet; a file stopped midway is never kept by its transport.
   */
  cancellable?: true;
  input: S;
  handler: (input: z.output<S>, ctx: C) => R;
}

export type AnyMethod = Method<MethodKind, z.ZodType, never, unknown>;

/** The value a caller gets back: the handler's result (awaited, without a session token), or the rows written. */
export type OutputOfMethod<T> =
  T extends Method<'streams-file', z.ZodType, never, unknown>
    ? { rows: number }
    : T extends Method<MethodKind, z.ZodType, never, infer R>
      ? Omit<Awaited<R>, 'session'> extends infer V
        ? Awaited<R> extends { session: string }
          ? V
          : Awaited<R>
        : never
      : never;

export type InputOfMethod<T> = T extends Method<MethodKind, infer S, never, unknown> ? z.input<S> : never;
export type ParsedInputOfMethod<T> = T extends Method<MethodKind, infer S, never, unknown> ? z.output<S> : never;

interface Spec<S extends z.ZodType, C, R> {
  permission: Permission;
  session?: 'opens' | 'closes';
  job?: 'reads' | 'writes';
  cancellable?: true;
  input: S;
  handler: (input: z.output<S>, ctx: C) => R;
}

/** The declaration helpers for methods whose handler takes the context `C`. */
export function methodsFor<C>() {
  return {
    answer: <S extends z.ZodType, R>(spec: Spec<S, C, R>): Method<'answer', S, C, R> => ({ kind: 'answer', ...spec }),
    awaits: <S extends z.ZodType, R>(spec: Spec<S, C, Promise<R>>): Method<'awaits', S, C, Promise<R>> => ({ kind: 'awaits', ...spec }),
    readsFile: <S extends z.ZodType, R>(spec: Spec<S, C, Promise<R>>): Method<'reads-file', S, C, Promise<R>> => ({
      kind: 'reads-file',
      ...spec,
    }),
    streamsFile: <S extends z.ZodType>(
      spec: Spec<S, C, FileWriter | Promise<FileWriter>>,
    ): Method<'streams-file', S, C, FileWriter | Promise<FileWriter>> => ({ kind: 'streams-file', ...spec }),
  };
}

/** The service's own methods: every handler takes the service's context. */
export const method = methodsFor<Context>();
