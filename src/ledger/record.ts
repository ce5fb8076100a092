import type { Database } from 'better-sqlite3';
import type { Localized } from '../domain/types';
import { appendJournal } from './journal';
import type { Entity, EntityOf, JournalAction } from './journal-actions';
import { stmt } from './statements';

export { ENTITIES, type Entity, JOURNAL_ACTIONS, type JournalAction } from './journal-actions';

/** Who made a change and when: the name the journal shows, and the signed-in user's id where there is one. */
export interface Actor {
  actor: string;
  at: string;
  /** The user on file who made the change; absent for the desk itself (a migration) and a ledger without users. */
  userId?: number;
}

/** A row exactly as stored: the journal keeps this image, and `verify` compares the live row with it. */
export function rowImage(db: Database, entity: Entity, id: number): Record<string, unknown> | undefined {
  return stmt(db, `SELECT * FROM ${entity} WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
}

/**
 * What a journal row is about, as a reader of the journal names it: a person's name and IIN, a party's short name.
 * Kept as it was at the time of the change, in the languages the data has.
 */
export type Subject = string | Localized;

/**
 * Journals the state a change left a row in. Called inside the change's transaction, after the write, so that the
 * journal holds the row's full image and the two cannot disagree.
 */
export function recordChange<A extends JournalAction>(
  db: Database,
  who: Actor,
  action: A,
  entity: EntityOf<A>,
  id: number,
  subject: Subject,
  extra: Record<string, unknown> = {},
): void {
  const after = rowImage(db, entity, id);
  const by = who.userId === undefined ? {} : { userId: who.userId };
  appendJournal(db, { at: who.at, actor: who.actor, action, entity, entityId: id, change: { ...extra, ...by, subject, after } });
}
