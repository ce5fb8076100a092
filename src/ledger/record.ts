import type { Database } from 'better-sqlite3';
import type { Localized } from '../domain/types';
import { appendJournal, appendJournalEntries, type JournalAppend } from './journal';
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

/** Another row one step changed along with the row the journal entry is about (a list's reorder moves its candidates). */
export interface RelatedRow {
  entity: Entity;
  id: number;
}

/** A related row's image as the journal keeps it: `verify` reads it as that row's latest image. */
export interface RelatedImage extends RelatedRow {
  after: Record<string, unknown> | undefined;
}

/**
 * Journals the state a change left a row in. Called inside the change's transaction, after the write, so that the
 * journal holds the row's full image and the two cannot disagree. `related` are the other rows the same step
 * changed: one step of the clerk is one entry, and it keeps the image of every row it changed.
 */
export function recordChange<A extends JournalAction>(
  db: Database,
  who: Actor,
  action: A,
  entity: EntityOf<A>,
  id: number,
  subject: Subject,
  extra: Record<string, unknown> = {},
  related: readonly RelatedRow[] = [],
): void {
  journalImage(db, who, action, entity, id, rowImage(db, entity, id), subject, extra, related);
}

/**
 * `recordChange` for a row just inserted, with its image as `INSERT … RETURNING *` gave it: SQLite returns the row
 * as stored (defaults filled, values as the STRICT columns keep them), which is what reading it back would give as
 * long as no AFTER trigger changes the row (none does: person's only feeds the names' index). A bulk write saves a
 * statement per row; `verify` compares every live row with this image, so a difference could not go unnoticed.
 */
export function recordInserted<A extends JournalAction>(
  db: Database,
  who: Actor,
  action: A,
  entity: EntityOf<A>,
  inserted: Record<string, unknown> & { id: number },
  subject: Subject,
  extra: Record<string, unknown> = {},
): void {
  journalImage(db, who, action, entity, inserted.id, inserted, subject, extra, []);
}

/** One row of a bulk insert for `recordInsertedRows`: the row as `INSERT … RETURNING *` gave it, and its subject. */
export interface InsertedRow {
  inserted: Record<string, unknown> & { id: number };
  subject: Subject;
  extra?: Record<string, unknown>;
}

/** `recordInserted` for many rows at once, journaled in their order in statements of many rows (journal.ts). */
export function recordInsertedRows<A extends JournalAction>(db: Database, who: Actor, action: A, entity: EntityOf<A>, rows: readonly InsertedRow[]): void {
  const by = who.userId === undefined ? {} : { userId: who.userId };
  const entries: JournalAppend[] = rows.map(({ inserted, subject, extra = {} }) => ({
    at: who.at,
    actor: who.actor,
    action,
    entity,
    entityId: inserted.id,
    change: { ...extra, ...by, subject, after: inserted },
  }));
  appendJournalEntries(db, entries);
}

function journalImage(
  db: Database,
  who: Actor,
  action: JournalAction,
  entity: Entity,
  id: number,
  after: Record<string, unknown> | undefined,
  subject: Subject,
  extra: Record<string, unknown>,
  related: readonly RelatedRow[],
): void {
  const images: RelatedImage[] = related.map((r) => ({ entity: r.entity, id: r.id, after: rowImage(db, r.entity, r.id) }));
  const by = who.userId === undefined ? {} : { userId: who.userId };
  const change = images.length > 0 ? { ...extra, ...by, subject, after, related: images } : { ...extra, ...by, subject, after };
  appendJournal(db, { at: who.at, actor: who.actor, action, entity, entityId: id, change });
}
