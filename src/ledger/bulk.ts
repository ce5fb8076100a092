import type { Database } from 'better-sqlite3';

/** FTS5's defaults, put back after a large write. */
const AUTOMERGE = 4;
const HASH_SIZE = 1024 * 1024;
/** Pending names FTS5 may hold before it writes a segment, during a large write. */
const BULK_HASH_SIZE = 16 * 1024 * 1024;

/**
 * Inside a large write's transaction (an import): FTS5 writes a segment of the names' index every megabyte of pending
 * names and merges segments as they come, which was most of the time of inserting 100,000 persons. During the write
 * it holds 16 MB before writing a segment and merges nothing (measured, 50,000 persons: 10.9 s, then 6.8 s without
 * merging, then 4.1 s with the larger buffer; 3.2 s with no names' index at all). Both settings are put back to their
 * defaults in the same transaction, so they never outlive the write and a killed write leaves them as they were;
 * later writes merge the new segments as usual.
 */
export function withNameIndexDeferred<T>(db: Database, write: () => T): T {
  // FTS5 takes its commands only as literals (a bound command name is a "logic error").
  const set = (option: string, value: number) =>
    db.exec(`INSERT INTO person_name (person_name, rank) VALUES ('${option}', ${Math.trunc(value)})`);
  set('automerge', 0);
  set('hashsize', BULK_HASH_SIZE);
  const result = write();
  set('automerge', AUTOMERGE);
  set('hashsize', HASH_SIZE);
  return result;
}
