import type { Database } from 'better-sqlite3';
import { stmt } from '../ledger/statements';

/** A nomination's decision in force: its resolution's number and date as last corrected. */
export interface ResolutionInForce {
  number: string;
  date: string;
}

/**
 * The decision in force of every decided nomination of an election, in one query: each nomination's latest decision,
 * with the number and date of its latest correction, if any. A report names the resolution as corrected, never as
 * mistyped (DESIGN §2: the mistyped one stays recorded, and the history shows both).
 */
export function resolutionsInForce(db: Database, electionId: number): Map<number, ResolutionInForce> {
  const rows = stmt(
    db,
    `SELECT o.nomination_id, coalesce(c.resolution_number, o.resolution_number), coalesce(c.resolution_date, o.resolution_date)
     FROM decision o JOIN nomination n ON n.id = o.nomination_id
       LEFT JOIN decision c ON c.id = (SELECT max(x.id) FROM decision x WHERE x.corrects = o.id)
     WHERE n.election_id = ? AND o.corrects IS NULL ORDER BY o.id`,
  )
    .raw(true)
    .all(electionId) as [number, string, string][];
  // Decisions in the order they were taken: a nomination's last one is the one in force.
  return new Map(rows.map(([id, number, date]) => [id, { number, date }]));
}
