import type { Database } from 'better-sqlite3';
import type { VerifyReport } from '../domain/records';
import { MIGRATIONS } from './migrate';

type Problem = NonNullable<VerifyReport['firstBad']>;

/**
 * The migrations the ledger says it has are exactly this version's list, in order and by name: a row removed or
 * renamed in `schema_migration` would make the next start run a migration twice, or never.
 */
export function verifyMigrations(db: Database): Problem | null {
  const applied = db.prepare('SELECT version, name FROM schema_migration ORDER BY version').all() as { version: number; name: string }[];
  for (let i = 0; i < Math.max(applied.length, MIGRATIONS.length); i++) {
    const known = MIGRATIONS[i];
    const found = applied[i];
    if (known === undefined || found === undefined || found.version !== known.version || found.name !== known.name)
      return { seq: null, problem: 'migrations', version: known?.version ?? found?.version ?? 0 };
  }
  return null;
}

/**
 * A check of the file that is SQL alone: `query` gives one number (the first row that differs) or NULL when all
 * holds. Being SQL alone, it can run on a second connection in another thread while this one walks the journal
 * (verify-aside.ts), which sends these texts to a thread that has nothing of this code.
 */
export interface SqlCheck {
  /** Run before the query, and `teardown` after it whatever happens (temporary tables of the connection). */
  setup?: string;
  query: string;
  teardown?: string;
  problem(id: number): Problem;
}

/**
 * The candidates' order (migration 014) holds every standing nomination with its person's sort name and the columns
 * the table filters on, and nothing else: a row missing from it hides a candidate from the table, a row too many
 * shows one who is not there. Names the first nomination that differs. About half a second for 100,000.
 */
const expectedOrder = `SELECT n.election_id, p.name_sort, n.person_id, n.id AS nomination_id, n.kind, n.party_id, n.district_id, n.status
  FROM nomination n JOIN person p ON p.id = n.person_id WHERE n.voided_at IS NULL`;
const storedOrder = 'SELECT election_id, name_sort, person_id, nomination_id, kind, party_id, district_id, status FROM candidate_order';
export const CANDIDATE_ORDER_CHECK: SqlCheck = {
  query: `SELECT min(nomination_id) FROM (SELECT * FROM (${expectedOrder} EXCEPT ${storedOrder}) UNION ALL SELECT * FROM (${storedOrder} EXCEPT ${expectedOrder}))`,
  problem: (id) => ({ seq: null, problem: 'order', entity: 'nomination', entityId: id }),
};

/**
 * The names' search index holds every person's folded name and nothing else. FTS5's own integrity check would need
 * the write lock; instead the persons' names are indexed afresh in the connection's temporary schema, with the same
 * tokenizer, and the two indexes' entries (term, person, position) compared. A deleted index row hides a candidate
 * from search; it is found here, naming the person. About a second for 100,000 persons.
 */
const dropSearchCopies =
  'DROP TABLE IF EXISTS temp.verify_indexed; DROP TABLE IF EXISTS temp.verify_expected; DROP TABLE IF EXISTS temp.verify_names;';
export const SEARCH_INDEX_CHECK: SqlCheck = {
  setup: `${dropSearchCopies}
    CREATE VIRTUAL TABLE temp.verify_names USING fts5 (name_folded, tokenize = 'unicode61 remove_diacritics 0');
    INSERT INTO temp.verify_names (rowid, name_folded) SELECT id, name_folded FROM main.person;
    CREATE VIRTUAL TABLE temp.verify_expected USING fts5vocab (temp, verify_names, instance);
    CREATE VIRTUAL TABLE temp.verify_indexed USING fts5vocab (main, person_name, instance);`,
  query: `SELECT min(doc) FROM (
      SELECT * FROM (SELECT term, doc, offset FROM temp.verify_indexed EXCEPT SELECT term, doc, offset FROM temp.verify_expected)
      UNION ALL
      SELECT * FROM (SELECT term, doc, offset FROM temp.verify_expected EXCEPT SELECT term, doc, offset FROM temp.verify_indexed))`,
  teardown: dropSearchCopies,
  problem: (id) => ({ seq: null, problem: 'search', entity: 'person', entityId: id }),
};

/**
 * The page cache while a check runs, in KiB as SQLite's negative cache_size counts: each temporary table of its
 * EXCEPTs takes a cache of that size, so with the ledger's 64 MB, at 1,000,000 journal rows, the search index's
 * check peaked at 340 MB and the order's at 180 MB. With 8 MB: about 100 and 60 MB (the ledger's own 52 MB
 * included), for 1.5 s more on the search index's 5 s.
 */
export const CHECKS_CACHE = -8192;

/** The number a check's query gives on this connection (null: all holds), on the checks' smaller page cache. */
export function runSqlCheck(db: Database, check: SqlCheck): number | null {
  const cache = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = ${CHECKS_CACHE}`);
  try {
    if (check.setup) db.exec(check.setup);
    return db.prepare(check.query).pluck().get() as number | null;
  } finally {
    if (check.teardown) db.exec(check.teardown);
    db.pragma(`cache_size = ${cache}`);
  }
}

export function verifySearchIndex(db: Database): Problem | null {
  const id = runSqlCheck(db, SEARCH_INDEX_CHECK);
  return id === null ? null : SEARCH_INDEX_CHECK.problem(id);
}
