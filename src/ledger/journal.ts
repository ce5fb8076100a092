import { hash } from 'node:crypto';
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

type HashedRow = { seq: number; at: string; actor: string; action: string; entity: string; entity_id: number | null };

/** What the hash covers before the change's text: the previous hash and the row's first keys, in sorted order. */
function entryHead(prevHash: string, row: HashedRow): string {
  return `${prevHash}\n{"action":${JSON.stringify(row.action)},"actor":${JSON.stringify(row.actor)},"at":${JSON.stringify(row.at)},"change":`;
}

/** And after it: the keys that sort after "change". */
function entryTail(row: HashedRow): string {
  return `,"entity":${JSON.stringify(row.entity)},"entityId":${JSON.stringify(row.entity_id)},"seq":${row.seq}}`;
}

/**
 * The hash of a row: SHA-256 over the previous row's hash and the row's canonical JSON (DESIGN §2). The change is
 * given as its canonical text, exactly as stored, so that verifying hashes what is on disk and nothing re-encoded.
 */
export function entryHash(prevHash: string, row: HashedRow, changeText: string): string {
  return sha256(entryHead(prevHash, row) + changeText + entryTail(row));
}

/**
 * entryHash for a whole journal's walk, the change given as its stored UTF-8 bytes (`CAST(change AS BLOB)`): the
 * same bytes entryHash hashes, for the UTF-8 of a text is the UTF-8 of its pieces one after the other, without
 * decoding each change into a JavaScript string and encoding it back, and written into one buffer kept from row to
 * row instead of a string and a buffer made for each. Measured over 200,000 journal rows: the walk (reading and
 * hashing) 1.5 s with entryHash, 1.2 s so.
 */
export function entryHasher(): (prevHash: string, row: HashedRow, change: Uint8Array) => string {
  let scratch = Buffer.allocUnsafe(64 * 1024);
  return (prevHash, row, change) => {
    const head = entryHead(prevHash, row);
    const tail = entryTail(row);
    // A UTF-16 code unit is at most three bytes of UTF-8.
    const need = 3 * (head.length + tail.length) + change.length;
    if (need > scratch.length) scratch = Buffer.allocUnsafe(2 * need);
    let n = scratch.write(head, 0, 'utf8');
    scratch.set(change, n);
    n += change.length;
    n += scratch.write(tail, n, 'utf8');
    return hash('sha256', scratch.subarray(0, n), 'hex');
  };
}

/**
 * The journal's head as this connection's write transaction left it, kept in memory while `withJournalHead` runs:
 * an import appends 200,000 rows, and querying the head for each was a statement per row. Inside a write transaction
 * no other connection can append (SQLite has one writer, and a snapshot older than another's commit cannot write), so
 * the head read once stays true until this connection appends, which updates it here.
 */
const heads = new WeakMap<Database, { seq: number; hash: string }>();

/**
 * Runs a write with the journal head kept in memory (above). Call it inside the write's transaction, around the whole
 * of it: the kept head is dropped when `write` returns or throws, so it never outlives the transaction. A savepoint
 * inside `write` that appends and is rolled back must not be caught and carried on from (none is): the kept head
 * would then be ahead of the journal.
 */
export function withJournalHead<T>(db: Database, write: () => T): T {
  if (heads.has(db)) return write();
  if (!db.inTransaction) throw new Error('withJournalHead: not inside a transaction');
  heads.set(db, queryHead(db));
  try {
    return write();
  } finally {
    heads.delete(db);
  }
}

/** Appends one row to the journal. Call it inside the transaction that makes the change it records. */
export function appendJournal(db: Database, entry: JournalAppend): { seq: number; hash: string } {
  const kept = heads.get(db);
  const { seq: headSeq, hash: prevHash } = kept ?? queryHead(db);
  const seq = headSeq + 1;
  const changeText = canonicalJson(entry.change);
  const row = { seq, at: entry.at, actor: entry.actor, action: entry.action, entity: entry.entity, entity_id: entry.entityId };
  const hash = entryHash(prevHash, row, changeText);
  stmt(
    db,
    `INSERT INTO journal (seq, at, actor, action, entity, entity_id, change, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(seq, entry.at, entry.actor, entry.action, entry.entity, entry.entityId, changeText, prevHash, hash);
  if (kept) {
    kept.seq = seq;
    kept.hash = hash;
  }
  return { seq, hash };
}

/** Rows per INSERT of `appendJournalEntries`: 9 values each, well under SQLite's 32,766 parameters. */
const ENTRIES_PER_STATEMENT = 100;

/**
 * Appends rows to the journal in order, as `appendJournal` would one by one (the same seq, hash and text for each),
 * in statements of a hundred rows: a bulk write of 200,000 entries makes 2,000 statements instead of 200,000.
 */
export function appendJournalEntries(db: Database, entries: readonly JournalAppend[]): void {
  const kept = heads.get(db);
  let { seq, hash } = kept ?? queryHead(db);
  for (let from = 0; from < entries.length; from += ENTRIES_PER_STATEMENT) {
    const part = entries.slice(from, from + ENTRIES_PER_STATEMENT);
    const values: unknown[] = [];
    for (const entry of part) {
      const prevHash = hash;
      seq += 1;
      const changeText = canonicalJson(entry.change);
      const row = { seq, at: entry.at, actor: entry.actor, action: entry.action, entity: entry.entity, entity_id: entry.entityId };
      hash = entryHash(prevHash, row, changeText);
      values.push(seq, entry.at, entry.actor, entry.action, entry.entity, entry.entityId, changeText, prevHash, hash);
    }
    stmt(
      db,
      `INSERT INTO journal (seq, at, actor, action, entity, entity_id, change, prev_hash, hash)
       VALUES ${Array(part.length).fill('(?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
    ).run(...values);
    if (kept) {
      kept.seq = seq;
      kept.hash = hash;
    }
  }
}

export function journalHead(db: Database): { seq: number; hash: string } {
  const kept = heads.get(db);
  return kept ? { seq: kept.seq, hash: kept.hash } : queryHead(db);
}

function queryHead(db: Database): { seq: number; hash: string } {
  const head = stmt(db, 'SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1').get() as
    | { seq: number; hash: string }
    | undefined;
  return head ?? { seq: 0, hash: GENESIS_HASH };
}
