import type { Database } from 'better-sqlite3';
import { stmt } from './statements';

/** Nominations whose order entries are sorted and written together (see below). */
const ORDER_SLICE = 50_000;

/**
 * Runs a bulk write with the names' search index and the candidates' order filled once at its end, from the final
 * state of the persons and nominations it made (migration 016 says why and how). Runs as a savepoint of the
 * caller's transaction: if `write` throws, the deferral is rolled back with everything else, so it can never
 * outlive the write and leave later rows out of the indexes. Inside another deferred write it simply runs `write`.
 */
export function withDeferredIndexes<T>(db: Database, write: () => T): T {
  if (!db.inTransaction) throw new Error('withDeferredIndexes: not inside a transaction');
  if (stmt(db, 'SELECT 1 FROM derived_index_deferral').get() !== undefined) return write();
  return db.transaction(() => {
    const { personFrom, nominationFrom } = stmt(
      db,
      `SELECT (SELECT coalesce(max(id), 0) + 1 FROM person) AS personFrom,
              (SELECT coalesce(max(id), 0) + 1 FROM nomination) AS nominationFrom`,
    ).get() as { personFrom: number; nominationFrom: number };
    stmt(db, 'INSERT INTO derived_index_deferral (person_from, nomination_from) VALUES (?, ?)').run(personFrom, nominationFrom);
    const result = write();
    // One statement for the names: FTS5 keeps the terms of a statement in memory and writes them out in a few
    // large segments. The order's entries go in sorted, each page of the B-tree written once, a slice of
    // nominations at a time: sorting 500,000 at once held 60 MB more at its peak (296 → 356 MB RSS), and the write's
    // memory is to stay flat however large it is.
    stmt(db, 'INSERT INTO person_name (rowid, name_folded) SELECT id, name_folded FROM person WHERE id >= ?').run(personFrom);
    const last = stmt(db, 'SELECT coalesce(max(id), 0) FROM nomination').pluck().get() as number;
    for (let from = nominationFrom; from <= last; from += ORDER_SLICE)
      stmt(
        db,
        `INSERT INTO candidate_order
           SELECT n.election_id, p.name_sort, n.person_id, n.id, n.kind, n.party_id, n.district_id, n.status
           FROM nomination n JOIN person p ON p.id = n.person_id
           WHERE n.id >= ? AND n.id < ? AND n.voided_at IS NULL
           ORDER BY 1, 2, 3, 4`,
      ).run(from, from + ORDER_SLICE);
    stmt(db, 'DELETE FROM derived_index_deferral').run();
    return result;
  })();
}
