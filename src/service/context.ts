import { AsyncLocalStorage } from 'node:async_hooks';
import type { Database } from 'better-sqlite3';
import { todayAt } from '../domain/dates';
import type { SignedInUser } from '../domain/users';
import type { Ledger } from '../ledger';
import { withJournalHead } from '../ledger/journal';
import type { Actor } from '../ledger/record';
import { createFindingsIndex, type FindingsIndex } from './election-findings';
import { createImportDesk, type ImportDesk } from './imports';
import type { JobRunner } from './jobs';
import { PASSWORD_COST } from './passwords';
import { createJobBoard, jobHandle, NO_JOB, type JobBoard, type JobHandle } from './progress';
import { Refusal } from './result';
import { createSessions, type Sessions } from './sessions';

export interface ServiceOptions {
  /**
   * Who is working when no one has signed in: the name the journal gives the changes the CLI (or a test) makes on a
   * ledger that has no users yet. Once a ledger has users, every change names the signed-in user.
   */
  actor: string;
  now?: () => Date;
  /** How the service waits (the slowing of repeated failed sign-ins); a timer when not given. */
  sleep?: (ms: number) => Promise<void>;
  /** Minutes without a call after which a session ends; 30 when not given. */
  idleMinutes?: number;
  /** log2 of scrypt's cost for new passwords (passwords.ts); PASSWORD_COST when not given. */
  passwordCost?: number;
  /** The commission server this service answers for: the names workstations use and its certificate's fingerprint. */
  server?: ServerInfo;
  /** Where the long methods (`job`) are answered: a thread of their own (jobs.ts); absent, the caller's thread. */
  jobs?: JobRunner;
  /** How long a write waits, without blocking, for another connection's write to end before it is refused busy. */
  writerPatienceMs?: number;
  /**
   * Nothing else is answered on this service's thread: the job thread (one job at a time on its connection) or a
   * CLI command. A long job may then hold the write lock or a snapshot across awaits (`writeHeld`, `readHeld`); on
   * a thread that answers workstations it would let their calls into the transaction.
   */
  ownThread?: boolean;
}

export interface ServerInfo {
  hostNames: string[];
  /** SHA-256 of the server's certificate, as browsers show it: what each workstation compares before trusting it. */
  fingerprint: string;
}

/** Where a date is taken: the election's commission seat, by its offset from UTC. */
export interface Zone {
  utcOffsetHours: number;
}

/** Who a call is made by, as the service established it from the call's session (index.ts). */
export interface CallScope {
  user: SignedInUser | null;
  /** The name the journal and the reports give: the user's full name, or the options' actor. */
  actor: string;
  /** Where the call came from (a workstation's address, the desk window, the CLI). */
  origin: string;
  /** The session the call came with, for signing out. */
  token: string | null;
}

/** What every handler is given: the ledger, who is calling, the clock, and what the service keeps per ledger. */
export interface Context {
  readonly db: Database;
  /** The ledger's file: its key, last seal and backups are kept beside it (ledger-files.ts). */
  readonly ledgerPath: string;
  /** The signed-in user making this call; null on a ledger without users (the CLI, a test) or before sign-in. */
  readonly user: SignedInUser | null;
  /** Who is making the call, as the journal and the reports name them. */
  readonly actor: string;
  readonly scope: CallScope;
  now(): Date;
  sleep(ms: number): Promise<void>;
  /** The calendar date now at the zone's offset, never in the machine's own zone. */
  today(zone: Zone): string;
  /** Runs a change and its journal rows in one transaction; a Refusal thrown inside rolls all of it back. */
  write<T>(change: (who: Actor) => T): T;
  /**
   * The same for a change that must read a file first: the write lock is taken before `change` starts, so nothing it
   * read can be changed by another workstation before it writes. Only where the options say `ownThread` (null
   * elsewhere): held across awaits, the lock would let the thread's other calls into the transaction.
   */
  readonly writeHeld: (<T>(change: (who: Actor) => Promise<T>) => Promise<T>) | null;
  /**
   * Runs `work` over one snapshot of the ledger, however long it awaits: what others commit meanwhile is not seen.
   * Only with `ownThread` (null elsewhere), for the reason `writeHeld` gives.
   */
  readonly readHeld: (<T>(work: () => Promise<T>) => Promise<T>) | null;
  /** Every nomination's findings per election, kept until the journal moves (election-findings.ts). */
  readonly findings: FindingsIndex;
  /** The files the transports received for import, and the plan of the one being previewed (imports.ts). */
  readonly imports: ImportDesk;
  /** Who is signed in (sessions.ts). */
  readonly sessions: Sessions;
  readonly idleMinutes: number;
  readonly passwordCost: number;
  /** The commission server's names and fingerprint; null for the single desk. */
  readonly server: ServerInfo | null;
  /** The progress handle of the call being answered (progress.ts); one nobody follows when the caller did not ask. */
  job(): JobHandle;
  /** The long jobs running for their callers, with their last progress (progress.ts). */
  readonly board: JobBoard;
  /** The writing jobs this service runs now, which every change waits for: who started each, and how far it is. */
  writers(): readonly Writer[];
  /** How many calls of each session (by token; null for this process) wait now for another connection's write. */
  readonly waiting: Map<string | null, number>;
}

/** A writing job as the others see it while their saves wait for it. */
export interface Writer {
  method: string;
  /** The full name of the user who started it. */
  by: string;
  /** The session that started it: that user is not told to wait for their own job. */
  token: string | null;
  since: string;
  done: number;
  total: number;
}

export interface ServiceContext extends Context {
  /** Runs `work` as the call of `scope`: every handler inside, awaited steps included, sees that caller. */
  within<T>(scope: CallScope, work: () => T): T;
  /** Runs `work` with `handle` as the call's progress handle, awaited steps included. */
  withJob<T>(handle: JobHandle, work: () => T): T;
  /**
   * Runs `work` (a job that writes, on the job thread) while this thread's changes are refused busy: they wait.
   * `work` reports its progress through the handle it is given, which also goes on to the caller's own.
   */
  holdingWrites<T>(method: string, work: (handle: JobHandle) => Promise<T>): Promise<T>;
}

export function createContext(ledger: Ledger, options: ServiceOptions): ServiceContext {
  const now = options.now ?? (() => new Date());
  const { db } = ledger;
  const idleMinutes = options.idleMinutes ?? 30;
  // The caller of the call being answered: an async handler (an import's commit, a sign-in's hash) keeps its caller
  // across its awaits, while other calls are answered in between.
  const calls = new AsyncLocalStorage<CallScope>();
  const local: CallScope = { user: null, actor: options.actor, origin: 'local', token: null };
  const scope = (): CallScope => calls.getStore() ?? local;
  const jobs = new AsyncLocalStorage<JobHandle>();
  const writing = new Set<Writer>();
  let imports: ImportDesk | undefined;
  const ctx: ServiceContext = {
    db,
    ledgerPath: ledger.path,
    get user() {
      return scope().user;
    },
    get actor() {
      return scope().actor;
    },
    get scope() {
      return scope();
    },
    now,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    today: (zone: Zone) => todayAt(now(), zone.utcOffsetHours),
    write: <T>(change: (who: Actor) => T): T => {
      // Refused as busy, the change is tried again by the service until the job is done (index.ts, patiently).
      if (writing.size > 0) throw new Refusal({ code: 'conflict', messageKey: 'error.busy' });
      return db
        .transaction(() => {
          const { actor, user } = scope();
          return withJournalHead(db, () => change({ actor, at: now().toISOString(), ...(user ? { userId: user.id } : {}) }));
        })
        .immediate();
    },
    writeHeld: options.ownThread
      ? async <T>(change: (who: Actor) => Promise<T>): Promise<T> => {
          // Waits (blocking this thread only, up to the ledger's busy timeout) for a clerk's save to end.
          db.exec('BEGIN IMMEDIATE');
          try {
            const { actor, user } = scope();
            const result = await change({ actor, at: now().toISOString(), ...(user ? { userId: user.id } : {}) });
            db.exec('COMMIT');
            return result;
          } catch (e) {
            if (db.inTransaction) db.exec('ROLLBACK');
            throw e;
          }
        }
      : null,
    readHeld: options.ownThread
      ? async <T>(work: () => Promise<T>): Promise<T> => {
          // A deferred transaction takes its snapshot at its first read, which `work` makes before anything else.
          db.exec('BEGIN');
          try {
            return await work();
          } finally {
            if (db.inTransaction) db.exec('COMMIT');
          }
        }
      : null,
    findings: createFindingsIndex(db),
    // The import desk's handlers take this very context: made on first use, once.
    get imports() {
      return (imports ??= createImportDesk(ctx));
    },
    sessions: createSessions(now, idleMinutes),
    idleMinutes,
    passwordCost: options.passwordCost ?? PASSWORD_COST,
    server: options.server ?? null,
    within: (callScope, work) => calls.run(callScope, work),
    job: () => jobs.getStore() ?? NO_JOB,
    board: createJobBoard(),
    withJob: (handle, work) => jobs.run(handle, work),
    writers: () => [...writing],
    waiting: new Map(),
    holdingWrites: async (method, work) => {
      const own = ctx.job();
      const { actor, token } = scope();
      const writer: Writer = { method, by: actor, token, since: now().toISOString(), done: 0, total: 0 };
      const followed = jobHandle((done, total) => {
        writer.done = done;
        writer.total = total;
        own.report(done, total);
      }, own.flag);
      writing.add(writer);
      try {
        return await work(followed);
      } finally {
        writing.delete(writer);
      }
    },
  };
  return ctx;
}
