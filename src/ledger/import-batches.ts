import type { Database } from 'better-sqlite3';
import type { NominationKind, NominationStatus } from '../domain/types';
import { recordChange, type Actor } from './record';
import { stmt } from './statements';

export interface ImportBatch {
  electionId: number;
  file: string;
  digest: string;
  sheet: string;
  partyId: number | null;
  rows: number;
  added: number;
  persons: number;
  skipped: { alreadyNominated: number; duplicate: number; invalid: number };
}

/** The import's own row, journaled as one entry; its persons and nominations follow, each naming it. */
export function insertImportBatch(db: Database, who: Actor, b: ImportBatch): number {
  const { lastInsertRowid } = stmt(
    db,
    `INSERT INTO import_batch (election_id, file_name, digest, sheet, party_id, rows, added, persons, skipped_existing,
       skipped_duplicate, skipped_invalid, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    b.electionId, b.file, b.digest, b.sheet, b.partyId, b.rows, b.added, b.persons,
    b.skipped.alreadyNominated, b.skipped.duplicate, b.skipped.invalid, who.at,
  );
  const id = Number(lastInsertRowid);
  recordChange(db, who, 'import.commit', 'import_batch', id, b.file);
  return id;
}

/** IIN → person id of every person on file: one read instead of one per row of a large workbook. */
export function personIdsByIin(db: Database): Map<string, number> {
  return new Map(stmt(db, 'SELECT iin, id FROM person ORDER BY id').raw(true).all() as [string, number][]);
}

/** One nomination of the election as an import compares it: is the row's nomination already on file? */
export type ElectionNomination = [
  id: number, personId: number, kind: NominationKind, partyId: number | null, districtId: number | null,
  associationName: string, listPosition: number | null, status: NominationStatus,
];

export function electionNominations(db: Database, electionId: number): ElectionNomination[] {
  return stmt(
    db,
    `SELECT id, person_id, kind, party_id, district_id, association_name, list_position, status FROM nomination
     WHERE election_id = ? AND voided_at IS NULL ORDER BY id`,
  )
    .raw(true)
    .all(electionId) as ElectionNomination[];
}
