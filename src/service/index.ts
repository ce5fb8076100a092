import type { AutomaticBackup, BackupOccasion } from '../domain/seals';
import { allows, type Permission } from '../domain/users';
import type { Ledger } from '../ledger';
import { countUsers, getUser } from '../ledger/users';
import { automaticBackupDue, noteAutomaticBackup } from './backups';
import { createContext, type CallScope, type ServiceContext, type ServiceOptions } from './context';
import type { AnyMethod, FileWriter, MethodKind } from './method';
import { methods } from './methods';
import { errorOf, parseInput, unknownMethod } from './run-method';
import { fail, ok, type Result } from './result';
import { jobKey, NO_JOB, type JobHandle } from './progress';

export type { ServiceOptions } from './context';
export type { MethodKind } from './method';
export type { Result, ServiceError } from './result';

/**
 * Who a call comes from, as its transport knows it: a session token (or none yet) and where the call came from; or
 * `local`, the CLI or a test in this very process, trusted with changes only on a ledger that has no users yet (its
 * changes name the options' actor), and with reads always. Once the ledger has users, every change needs the
 * session of one of them, whatever its transport.
 */
export type Caller = { session: string | null; origin: string } | 'local' | Vouched;

/** A call the request thread has already established (who, and their right to the method), run on the job thread. */
interface Vouched {
  vouched: CallScope;
}

/** A file method's workbook, checked and ready: nothing is written until `write` is called. */
export interface PreparedFile {
  fileName: string;
  /** Streams the workbook to `out`; a failure on the way (a dead stream, a bug) is a Result, never a rejection. */
  write(out: NodeJS.WritableStream): Promise<Result<{ rows: number }>>;
}

/** The service as its transports (the loopback host, the commission server, Electron's IPC, the CLI) see it. */
export interface Service {
  /** The kind of a method of the registry, or undefined when there is none: how a transport knows where it goes. */
  kindOf(method: string): MethodKind | undefined;
  /** Whether a method opens or closes a session: the transport keeps or forgets the token. */
  sessionOf(method: string): 'opens' | 'closes' | undefined;
  /** The input as the method reads it, or the typed error its schema gives; nothing is run. */
  validate(method: string, input: unknown): Result<unknown>;
  /** Whether the caller may call the method, as the method itself would answer; nothing is run. */
  permit(method: string, caller: Caller): Result<unknown>;
  /** Whether the caller's role reaches `needed`: for the work a transport does itself (the desk window's dialogs). */
  allows(needed: Permission, caller: Caller): Result<unknown>;
  /** Runs a method that answers at once. A method of another kind is refused: call it the way its kind says. */
  /** `job`: an id the caller follows the job's progress by (`jobs.progress`), or a handle it reports to itself. */
  call(method: string, input: unknown, caller?: Caller, job?: string | JobHandle): Result<unknown>;
  /** Runs a method that answers at once, after a wait, or after reading a file. Never rejects. */
  callAsync(method: string, input: unknown, caller?: Caller, job?: string | JobHandle): Promise<Result<unknown>>;
  /**
   * Checks a file method's input, its caller's right to it and everything its workbook needs (the election, an
   * imported file's plan), and returns its name and its writer: a refusal comes before a byte or a save dialog.
   * `job`: the id the caller follows the writing by (`jobs.progress`, `jobs.cancel`), or a handle of its own; the
   * job is on the board from the first row written to the last, not while a save dialog waits for the clerk.
   */
  prepareFile(method: string, input: unknown, caller?: Caller, job?: string | JobHandle): Promise<Result<PreparedFile>>;
  /** `prepareFile`, then the workbook written to `out`. */
  streamFile(method: string, input: unknown, out: NodeJS.WritableStream, caller?: Caller, job?: string | JobHandle): Promise<Result<{ rows: number }>>;
  /**
   * A file a transport received (an upload, an open dialog, the CLI's argument), registered for `imports.*`. The
   * page only ever holds the returned id, never a path.
   */
  registerImportFile(path: string, name: string): string;
  /** A file the request thread registered, taken by the job thread under the same id. */
  adoptImportFile(file: { fileId: string; path: string; name: string }): void;
  /**
   * The desk's own backup (backup-schedule.ts), made when the journal moved since the newest backup in the folder,
   * on the job thread where there is one; null when none was due. Never rejects: a failure is what it answers, and
   * the administrator's panel shows it.
   */
  automaticBackup(occasion: BackupOccasion): Promise<AutomaticBackup | null>;
  /** How often the desk backs up by itself (null: it does not), for the administrator's panel. */
  scheduleBackups(everyMs: number | null): void;
}

type Registered = AnyMethod & { handler: (input: unknown, ctx: ServiceContext) => unknown };
const registry = methods as unknown as Record<string, Registered>;

function lookup(name: unknown): Registered | undefined {
  return typeof name === 'string' && Object.hasOwn(registry, name) ? registry[name] : undefined;
}

function wrongKind(method: string, kind: MethodKind): { ok: false; error: { code: 'unknown-method'; messageKey: string; params: { method: string } } } {
  const messageKey = kind === 'streams-file' ? 'error.fileMethod' : 'error.asyncMethod';
  return { ok: false, error: { code: 'unknown-method', messageKey, params: { method } } };
}

/**
 * What a transport does with the answer of a method that opens or closes a session: the token to keep (a string),
 * to forget (null) or nothing to do (undefined), and the answer the page may see, without the token.
 */
export function handOff(kind: 'opens' | 'closes' | undefined, result: Result<unknown>): { token: string | null | undefined; result: Result<unknown> } {
  if (kind === 'opens' && result.ok) {
    const { session, ...rest } = result.value as { session: string };
    return { token: session, result: { ok: true, value: rest } };
  }
  return { token: kind === 'closes' ? null : undefined, result };
}

/** The application API: one registry of named methods over one ledger (DESIGN §4). */
export function createService(ledger: Ledger, options: ServiceOptions): Service {
  const ctx = createContext(ledger, options);

  /**
   * Who the call is made by, established from its session before anything runs, and whether their role may call
   * the method (the permission declared beside it): enforced here, whatever the transport and whatever the page.
   */
  function scopeOf(name: string, method: Registered, caller: Caller): Result<CallScope> {
    if (typeof caller === 'object' && 'vouched' in caller) return ok(caller.vouched);
    if (caller === 'local') {
      // The process that holds the file may read it (it could anyway); a change names a user once the ledger has one.
      if (method.permission === 'anyone' || method.permission === 'observer' || countUsers(ctx.db) === 0)
        return ok({ user: null, actor: options.actor, origin: 'local', token: null });
      return fail({ code: 'unauthenticated', messageKey: 'error.userRequired' });
    }
    const session = caller.session === null ? null : ctx.sessions.touch(caller.session);
    const user = session ? getUser(ctx.db, session.userId) : undefined;
    if (!user || !user.active) {
      if (method.permission === 'anyone') return ok({ user: null, actor: '', origin: caller.origin, token: null });
      return fail({ code: 'unauthenticated', messageKey: 'error.signInRequired' });
    }
    if (!allows(user.role, method.permission))
      return fail({ code: 'forbidden', messageKey: 'error.forbidden', params: { method: name, role: user.role, needed: method.permission } });
    const signedIn = { id: user.id, login: user.login, fullName: user.fullName, role: user.role };
    return ok({ user: signedIn, actor: user.fullName, origin: caller.origin, token: session?.token ?? null });
  }

  /** Looks the method up, checks its kind, its input and its caller; then runs `work` as that caller. */
  function prepared<T>(
    name: string,
    input: unknown,
    caller: Caller,
    kinds: readonly MethodKind[],
    work: (method: Registered, parsed: unknown) => T,
    job?: string | JobHandle,
  ): T | { ok: false; error: ReturnType<typeof errorOf> } {
    const method = lookup(name);
    if (!method) return unknownMethod(name);
    if (!kinds.includes(method.kind)) return wrongKind(name, method.kind);
    const scope = scopeOf(name, method, caller);
    if (!scope.ok) return scope;
    const parsed = parseInput(method.input, input);
    if (!parsed.ok) return parsed;
    if (job === undefined) return ctx.within(scope.value, () => work(method, parsed.value));
    if (typeof job !== 'string') return ctx.within(scope.value, () => ctx.withJob(job, () => work(method, parsed.value)));
    // A caller that follows its job by id: the board keeps its progress under the caller's session until it ends.
    const key = jobKey(scope.value.token, job);
    const handle = ctx.board.open(key, method.cancellable === true);
    let answer: T;
    try {
      answer = ctx.within(scope.value, () => ctx.withJob(handle, () => work(method, parsed.value)));
    } catch (e) {
      ctx.board.close(key);
      throw e;
    }
    if (answer instanceof Promise) return answer.finally(() => ctx.board.close(key)) as T;
    ctx.board.close(key);
    return answer;
  }

  async function prepareFile(name: string, input: unknown, caller: Caller = 'local', job?: string | JobHandle): Promise<Result<PreparedFile>> {
    const method = lookup(name);
    if (method && method.kind !== 'streams-file')
      return fail({ code: 'unknown-method', messageKey: 'error.notFileMethod', params: { method: name } });
    return prepared(name, input, caller, ['streams-file'], async (m, parsed): Promise<Result<PreparedFile>> => {
      const { token } = ctx.scope;
      let writer: FileWriter;
      try {
        writer = await (m.handler(parsed, ctx) as FileWriter | Promise<FileWriter>);
      } catch (e) {
        return fail(errorOf(e, name));
      }
      return ok({
        fileName: writer.fileName,
        write: async (out) => {
          const key = typeof job === 'string' ? jobKey(token, job) : null;
          const handle = key === null ? (typeof job === 'object' ? job : NO_JOB) : ctx.board.open(key, m.cancellable === true);
          try {
            return ok(await writer.write(out, handle));
          } catch (e) {
            return fail(errorOf(e, name));
          } finally {
            if (key !== null) ctx.board.close(key);
          }
        },
      });
    });
  }

  const service: Service = {
    kindOf: (name) => lookup(name)?.kind,
    sessionOf: (name) => lookup(name)?.session,

    validate(name, input) {
      const method = lookup(name);
      return method ? parseInput(method.input, input) : unknownMethod(name);
    },

    permit(name, caller) {
      const method = lookup(name);
      return method ? scopeOf(name, method, caller) : unknownMethod(name);
    },

    allows: (needed, caller) => scopeOf(`(${needed})`, { permission: needed } as Registered, caller),

    call: (name, input, caller = 'local', job) =>
      prepared(
        name,
        input,
        caller,
        ['answer'],
        (m, parsed): Result<unknown> => {
          try {
            return ok(m.handler(parsed, ctx));
          } catch (e) {
            return fail(errorOf(e, name));
          }
        },
        job,
      ),

    callAsync: (name, input, caller = 'local', job) =>
      patiently(caller, () =>
        prepared(
          name,
          input,
          caller,
          ['answer', 'awaits', 'reads-file'],
          async (m, parsed): Promise<Result<unknown>> => {
            const jobs = options.jobs;
            if (m.job && jobs && !(typeof caller === 'object' && 'vouched' in caller)) {
              const job = { method: name, input, scope: ctx.scope, files: ctx.imports.registered() };
              return m.job === 'writes' ? ctx.holdingWrites(name, (handle) => jobs.run(job, handle)) : jobs.run(job, ctx.job());
            }
            try {
              return ok(await m.handler(parsed, ctx));
            } catch (e) {
              return fail(errorOf(e, name));
            }
          },
          job,
        ),
      ),

    prepareFile,

    async streamFile(name, input, out, caller = 'local', job) {
      const file = await prepareFile(name, input, caller, job);
      return file.ok ? file.value.write(out) : file;
    },

    // Every transport's file name as the clerk will read it: without direction overrides (U+202E and its kin),
    // which would show «exe.xlsx» for «xslx.exe».
    registerImportFile: (path, name) => ctx.imports.register(path, name.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '')),
    adoptImportFile: (file) => ctx.imports.adopt(file),

    async automaticBackup(occasion) {
      try {
        if (!automaticBackupDue(ctx)) return null;
        // The desk itself, not a user: the backup changes nothing in the ledger, and names no one.
        const scope: CallScope = { user: null, actor: options.actor, origin: 'desk', token: null };
        const result = options.jobs
          ? await options.jobs.run({ method: 'backups.make', input: {}, scope, files: [] })
          : await service.callAsync('backups.make', {}, { vouched: scope });
        return noteAutomaticBackup(ctx, occasion, result);
      } catch (error) {
        return noteAutomaticBackup(ctx, occasion, fail(errorOf(error, 'backups.make')));
      }
    },

    scheduleBackups(everyMs) {
      ctx.automaticBackups.everyMs = everyMs;
    },
  };
  return service;

  /**
   * A change refused because another connection is writing (the job thread committing a large import) is tried
   * again, waiting between tries without blocking the thread, until the writer is done or patience runs out: the
   * clerk's save is never lost because someone else was writing, and nobody else waits meanwhile.
   */
  async function patiently(caller: Caller, attempt: () => Promise<Result<unknown>> | Result<unknown>): Promise<Result<unknown>> {
    const patience = options.writerPatienceMs ?? 120_000;
    const started = Date.now();
    // Counted by session while it waits, so that the clerk's page can say the save is waiting (jobs.writing).
    const session = typeof caller === 'object' && 'session' in caller ? caller.session : null;
    let counted = false;
    try {
      for (let pause = 25; ; pause = Math.min(pause * 2, 500)) {
        const result = await attempt();
        if (result.ok || result.error.messageKey !== 'error.busy' || Date.now() - started + pause > patience) return result;
        if (!counted) ctx.waiting.set(session, (ctx.waiting.get(session) ?? 0) + 1);
        counted = true;
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    } finally {
      if (counted) {
        const left = (ctx.waiting.get(session) ?? 1) - 1;
        if (left > 0) ctx.waiting.set(session, left);
        else ctx.waiting.delete(session);
      }
    }
  }
}
