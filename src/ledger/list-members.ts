import type { Database } from 'better-sqlite3';
import type { NominationStatus, Sex } from '../domain/types';
import { personSubject } from './persons';
import { recordChange, type Actor } from './record';
import { stmt } from './statements';

// The candidates of party lists, as the quota meter and the list editor read them, and the two changes that are the
// list's own: a candidate's position and their designation to a mandate.

/** One party-list candidate, as every list's quota needs them: read as an array, by position. */
export type QuotaRow = [partyId: number, personId: number, status: NominationStatus, mandate: number, sex: Sex, birthDate: string, disability: number];

/** Every party-list candidate of the election in one query, for the quota of every list at once. */
export function quotaRows(db: Database, electionId: number): QuotaRow[] {
  return stmt(
    db,
    `SELECT n.party_id, n.person_id, n.status, n.mandate, p.sex, p.birth_date, p.disability
     FROM nomination n JOIN person p ON p.id = n.person_id
     WHERE n.election_id = ? AND n.kind = 'party-list' AND n.voided_at IS NULL`,
  )
    .raw(true)
    .all(electionId) as QuotaRow[];
}

export interface MemberRecord {
  nominationId: number;
  personId: number;
  version: number;
  position: number | null;
  surname: string;
  givenName: string;
  patronymic: string;
  iin: string;
  birthDate: string;
  sex: Sex;
  disability: number;
  status: NominationStatus;
  mandate: number;
  nameSort: string;
}

/** A party's list candidates, standing and departed, in submitted order; entries made in error are no one's. */
export function listMembers(db: Database, electionId: number, partyId: number): MemberRecord[] {
  return stmt(
    db,
    `SELECT n.id AS nominationId, n.person_id AS personId, n.version, n.list_position AS position, p.surname,
       p.given_name AS givenName, p.patronymic, p.iin, p.birth_date AS birthDate, p.sex, p.disability, n.status,
       n.mandate, p.name_sort AS nameSort
     FROM nomination n JOIN person p ON p.id = n.person_id
     WHERE n.election_id = ? AND n.kind = 'party-list' AND n.party_id = ? AND n.voided_at IS NULL
     ORDER BY n.list_position IS NULL, n.list_position, n.id`,
  ).all(electionId, partyId) as MemberRecord[];
}

function subject(db: Database, nominationId: number): string {
  const p = stmt(
    db,
    'SELECT p.surname, p.given_name AS givenName, p.patronymic, p.iin FROM nomination n JOIN person p ON p.id = n.person_id WHERE n.id = ?',
  ).get(nominationId) as { surname: string; givenName: string; patronymic: string; iin: string };
  return personSubject(p);
}

/**
 * Moves a candidate to a position and returns the position they had, or undefined when it does not change. Not
 * journaled here: the reorder that moves them is one journal entry, which keeps every moved candidate's image.
 */
export function setListPosition(db: Database, who: Actor, nominationId: number, position: number): number | null | undefined {
  const before = stmt(db, 'SELECT list_position AS position FROM nomination WHERE id = ?').get(nominationId) as { position: number | null };
  const { changes } = stmt(
    db,
    'UPDATE nomination SET list_position = ?, version = version + 1, updated_at = ? WHERE id = ? AND list_position IS NOT ?',
  ).run(position, who.at, nominationId, position);
  return changes > 0 ? before.position : undefined;
}

/** Designates a candidate to a mandate of the party, or takes the designation back; journaled only when it changes. */
export function setMandate(db: Database, who: Actor, nominationId: number, mandate: boolean): void {
  const value = mandate ? 1 : 0;
  const { changes } = stmt(
    db,
    'UPDATE nomination SET mandate = ?, version = version + 1, updated_at = ? WHERE id = ? AND mandate <> ?',
  ).run(value, who.at, nominationId, value);
  if (changes > 0) recordChange(db, who, 'nomination.mandate', 'nomination', nominationId, subject(db, nominationId));
}
