import type { Database } from 'better-sqlite3';
import { todayAt } from '../domain/dates';
import type { Ledger } from '../ledger';
import type { Actor } from '../ledger/record';
import { createFindingsIndex, type FindingsIndex } from './election-findings';
import { createImportDesk, type ImportDesk } from './imports';

export interface ServiceOptions {
  /** Who is working: recorded in every journal row. */
  actor: string;
  now?: () => Date;
}

/** Where a date is taken: the election's commission seat, by its offset from UTC. */
export interface Zone {
  utcOffsetHours: number;
}

/** What every handler is given: the ledger, who is calling, the clock, and what the service keeps per ledger. */
export interface Context {
  readonly db: Database;
  /** Who is making the call, as the journal and the reports name them. */
  readonly actor: string;
  now(): Date;
  /** The calendar date now at the zone's offset, never in the machine's own zone. */
  today(zone: Zone): string;
  /** Runs a change and its journal rows in one transaction; a Refusal thrown inside rolls all of it back. */
  write<T>(change: (who: Actor) => T): T;
  /** Every nomination's findings per election, kept until the journal moves (election-findings.ts). */
  readonly findings: FindingsIndex;
  /** The files the transports received for import, and the plan of the one being previewed (imports.ts). */
  readonly imports: ImportDesk;
}

export function createContext(ledger: Ledger, options: ServiceOptions): Context {
  const now = options.now ?? (() => new Date());
  const { db } = ledger;
  const base = {
    db,
    actor: options.actor,
    now,
    today: (zone: Zone) => todayAt(now(), zone.utcOffsetHours),
    write: <T>(change: (who: Actor) => T): T => db.transaction(() => change({ actor: options.actor, at: now().toISOString() })).immediate(),
    findings: createFindingsIndex(db),
  };
  let imports: ImportDesk | undefined;
  // The import desk's handlers take this very context: made on first use, once.
  const ctx: Context = {
    ...base,
    get imports() {
      return (imports ??= createImportDesk(ctx));
    },
  };
  return ctx;
}
