import type { Database } from 'better-sqlite3';
import { canonicalJson, sha256 } from './canonical';

export const GENESIS_HASH = '0'.repeat(64);

export interface JournalRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: number | null;
  change: string;
  prev_hash: string;
  hash: string;
}

export interface JournalAppend {
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: number | null;
  change: unknown;
}

/** The hash of a row: SHA-256 over the previous row's hash and the row's canonical JSON (DESIGN §2). */
export function entryHash(prevHash: string, row: Omit<JournalRow, 'prev_hash' | 'hash' | 'change'> & { change: unknown }): string {
  const body = canonicalJson({
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    change: row.change,
  });
  return sha256(`${prevHash}\n${body}`);
}

/** Appends one row to the journal. Call it inside the transaction that makes the change it records. */
export function appendJournal(db: Database, entry: JournalAppend): { seq: number; hash: string } {
  const head = db.prepare('SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1').get() as
    | { seq: number; hash: string }
    | undefined;
  const seq = (head?.seq ?? 0) + 1;
  const prevHash = head?.hash ?? GENESIS_HASH;
  const change = JSON.parse(canonicalJson(entry.change)) as unknown;
  const hash = entryHash(prevHash, { seq, at: entry.at, actor: entry.actor, action: entry.action, entity: entry.entity, entity_id: entry.entityId, change });
  db.prepare(
    `INSERT INTO journal (seq, at, actor, action, entity, entity_id, change, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(seq, entry.at, entry.actor, entry.action, entry.entity, entry.entityId, canonicalJson(change), prevHash, hash);
  return { seq, hash };
}

export function journalHead(db: Database): { seq: number; hash: string } {
  const head = db.prepare('SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1').get() as
    | { seq: number; hash: string }
    | undefined;
  return head ?? { seq: 0, hash: GENESIS_HASH };
}
