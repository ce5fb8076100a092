import type { Database } from 'better-sqlite3';
import { canonicalJson, sha256 } from './canonical';
import type { Entity, JournalAction } from './journal-actions';
import { stmt } from './statements';

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
  action: JournalAction;
  entity: Entity;
  entityId: number | null;
  change: unknown;
}

/**
 * The hash of a row: SHA-256 over the previous row's hash and the row's canonical JSON (DESIGN §2). The change is
 * given as its canonical text, exactly as stored, so that verifying hashes what is on disk and nothing re-encoded.
 */
export function entryHash(
  prevHash: string,
  row: { seq: number; at: string; actor: string; action: string; entity: string; entity_id: number | null },
  changeText: string,
): string {
  // Keys in sorted order, as canonicalJson would write them.
  const body =
    `{"action":${JSON.stringify(row.action)},"actor":${JSON.stringify(row.actor)},"at":${JSON.stringify(row.at)},` +
    `"change":${changeText},"entity":${JSON.stringify(row.entity)},"entityId":${JSON.stringify(row.entity_id)},` +
    `"seq":${row.seq}}`;
  return sha256(`${prevHash}\n${body}`);
}

/** Appends one row to the journal. Call it inside the transaction that makes the change it records. */
export function appendJournal(db: Database, entry: JournalAppend): { seq: number; hash: string } {
  const { seq: headSeq, hash: prevHash } = journalHead(db);
  const seq = headSeq + 1;
  const changeText = canonicalJson(entry.change);
  const row = { seq, at: entry.at, actor: entry.actor, action: entry.action, entity: entry.entity, entity_id: entry.entityId };
  const hash = entryHash(prevHash, row, changeText);
  stmt(
    db,
    `INSERT INTO journal (seq, at, actor, action, entity, entity_id, change, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(seq, entry.at, entry.actor, entry.action, entry.entity, entry.entityId, changeText, prevHash, hash);
  return { seq, hash };
}

export function journalHead(db: Database): { seq: number; hash: string } {
  const head = stmt(db, 'SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1').get() as
    | { seq: number; hash: string }
    | undefined;
  return head ?? { seq: 0, hash: GENESIS_HASH };
}
