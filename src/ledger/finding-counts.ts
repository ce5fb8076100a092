import type { Database } from 'better-sqlite3';
import { stmt } from './statements';

// How many error and warning findings each nomination has, for the candidates table to show and filter by. Derived
// data: a TEMP table of this connection only, never in the ledger file, rebuilt whenever the findings are.

const ready = new WeakSet<Database>();

export function ensureFindingCounts(db: Database): void {
  if (ready.has(db)) return;
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS finding_count (
    nomination_id INTEGER PRIMARY KEY,
    election_id INTEGER NOT NULL,
    errors INTEGER NOT NULL,
    warnings INTEGER NOT NULL) STRICT`);
  ready.add(db);
}

export interface FindingCount {
  nominationId: number;
  errors: number;
  warnings: number;
}

/** Replaces one election's counts. */
export function storeFindingCounts(db: Database, electionId: number, counts: Iterable<FindingCount>): void {
  ensureFindingCounts(db);
  const insert = stmt(db, 'INSERT INTO temp.finding_count (nomination_id, election_id, errors, warnings) VALUES (?, ?, ?, ?)');
  db.transaction(() => {
    stmt(db, 'DELETE FROM temp.finding_count WHERE election_id = ?').run(electionId);
    for (const c of counts) insert.run(c.nominationId, electionId, c.errors, c.warnings);
  })();
}

/** Replaces the counts of some nominations of an election, leaving the others as they were. */
export function updateFindingCounts(db: Database, electionId: number, nominationIds: readonly number[], counts: Iterable<FindingCount>): void {
  ensureFindingCounts(db);
  const insert = stmt(db, 'INSERT INTO temp.finding_count (nomination_id, election_id, errors, warnings) VALUES (?, ?, ?, ?)');
  db.transaction(() => {
    stmt(db, 'DELETE FROM temp.finding_count WHERE nomination_id IN (SELECT value FROM json_each(?))').run(JSON.stringify(nominationIds));
    for (const c of counts) insert.run(c.nominationId, electionId, c.errors, c.warnings);
  })();
}
