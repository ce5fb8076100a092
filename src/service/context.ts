import type { Database } from 'better-sqlite3';
import { todayIso } from '../domain/dates';
import type { Ledger } from '../ledger';
import type { Actor } from '../ledger/record';

export interface ServiceOptions {
  /** Who is working: recorded in every journal row. */
  actor: string;
  now?: () => Date;
}

export interface Context {
  readonly db: Database;
  today(): string;
  /** Runs a change and its journal rows in one transaction; a Refusal thrown inside rolls all of it back. */
  write<T>(change: (who: Actor) => T): T;
}

export function createContext(ledger: Ledger, options: ServiceOptions): Context {
  const now = options.now ?? (() => new Date());
  const { db } = ledger;
  return {
    db,
    today: () => todayIso(now()),
    write: (change) => db.transaction(() => change({ actor: options.actor, at: now().toISOString() })).immediate(),
  };
}
