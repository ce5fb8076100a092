import type { Database } from 'better-sqlite3';
import type { CandidateRow, NominationView, Page } from '../domain/records';
import { usedParts, type Documents, type NominationInput, type NominationKind, type NominationStatus } from '../domain/types';
import { canonicalJson } from './canonical';
import { ensureFindingCounts } from './finding-counts';
import { personMatch, personSubject } from './persons';
import { recordChange, type Actor } from './record';
import { stmt } from './statements';

interface NominationRow {
  id: number;
  version: number;
  election_id: number;
  person_id: number;
  kind: NominationKind;
  party_id: number | null;
  association_name: string;
  district_id: number | null;
  list_position: number | null;
  received_on: string;
  received_time: string;
  documents: string;
  status: NominationStatus;
  created_at: string;
  updated_at: string;
}

function toView(r: NominationRow): NominationView {
  return {
    id: r.id,
    version: r.version,
    electionId: r.election_id,
    personId: r.person_id,
    kind: r.kind,
    partyId: r.party_id,
    associationName: r.association_name,
    districtId: r.district_id,
    listPosition: r.list_position,
    receivedOn: r.received_on,
    receivedTime: r.received_time,
    documents: JSON.parse(r.documents) as Documents,
    status: r.status,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The columns of a nomination, with only the parts its kind uses. */
function columns(nomination: NominationInput & { kind: NominationKind }): unknown[] {
  const n = usedParts(nomination);
  return [
    n.kind,
    n.partyId,
    n.associationName,
    n.districtId,
    n.listPosition,
    n.receivedOn,
    n.receivedTime,
    canonicalJson(n.documents),
  ];
}

function personOf(db: Database, nominationId: number): number {
  return (stmt(db, 'SELECT person_id FROM nomination WHERE id = ?').get(nominationId) as { person_id: number }).person_id;
}

function nominationSubject(db: Database, personId: number): string {
  const p = stmt(db, 'SELECT surname, given_name AS givenName, patronymic, iin FROM person WHERE id = ?').get(personId) as
    | { surname: string; givenName: string; patronymic: string; iin: string }
    | undefined;
  return p ? personSubject(p) : '';
}

export function insertNomination(
  db: Database,
  who: Actor,
  electionId: number,
  personId: number,
  n: NominationInput & { kind: NominationKind },
  journal: Record<string, unknown> = {},
): number {
  const { lastInsertRowid } = stmt(
    db,
    `INSERT INTO nomination (election_id, person_id, kind, party_id, association_name, district_id, list_position,
       received_on, received_time, documents, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(electionId, personId, ...columns(n), who.at, who.at);
  const id = Number(lastInsertRowid);
  recordChange(db, who, 'nomination.create', 'nomination', id, nominationSubject(db, personId), journal);
  return id;
}

export function updateNomination(
  db: Database,
  who: Actor,
  id: number,
  version: number,
  n: NominationInput & { kind: NominationKind },
): boolean {
  const { changes } = stmt(
    db,
    `UPDATE nomination SET kind = ?, party_id = ?, association_name = ?, district_id = ?, list_position = ?,
       received_on = ?, received_time = ?, documents = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?`,
  ).run(...columns(n), who.at, id, version);
  if (changes === 0) return false;
  recordChange(db, who, 'nomination.update', 'nomination', id, nominationSubject(db, personOf(db, id)));
  return true;
}

/**
 * Sets documents of a nomination, as of `version`; journaled with each document's state before and after. False when
 * someone changed the nomination meanwhile.
 */
export function setNominationDocuments(db: Database, who: Actor, id: number, version: number, before: Documents, after: Documents): boolean {
  const { changes } = stmt(db, 'UPDATE nomination SET documents = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?').run(
    canonicalJson(after),
    who.at,
    id,
    version,
  );
  if (changes === 0) return false;
  const changed: Record<string, { before: string; after: string }> = {};
  for (const [doc, state] of Object.entries(after))
    if (before[doc as keyof Documents] !== state) changed[doc] = { before: before[doc as keyof Documents] ?? 'missing', after: state };
  recordChange(db, who, 'nomination.documents', 'nomination', id, nominationSubject(db, personOf(db, id)), { documents: changed });
  return true;
}

/** Moves a nomination to the status a decision leaves it in, as of `version`; false when someone changed it meanwhile. */
export function setNominationStatus(
  db: Database,
  who: Actor,
  id: number,
  version: number,
  status: NominationStatus,
  change: Record<string, unknown>,
): boolean {
  const { changes } = stmt(
    db,
    'UPDATE nomination SET status = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?',
  ).run(status, who.at, id, version);
  if (changes === 0) return false;
  recordChange(db, who, 'nomination.decide', 'nomination', id, nominationSubject(db, personOf(db, id)), change);
  return true;
}

export function getNomination(db: Database, id: number): NominationView | undefined {
  const row = stmt(db, 'SELECT * FROM nomination WHERE id = ?').get(id) as NominationRow | undefined;
  return row && toView(row);
}

/** The next free position at the end of a party's list. */
export function nextListPosition(db: Database, electionId: number, partyId: number): number {
  const row = stmt(
    db,
    "SELECT max(list_position) AS m FROM nomination WHERE election_id = ? AND party_id = ? AND kind = 'party-list'",
  ).get(electionId, partyId) as { m: number | null };
  return (row.m ?? 0) + 1;
}

export function listPositionHolder(db: Database, electionId: number, partyId: number, position: number): number | undefined {
  const row = stmt(
    db,
    "SELECT id FROM nomination WHERE election_id = ? AND party_id = ? AND kind = 'party-list' AND list_position = ?",
  ).get(electionId, partyId, position) as { id: number } | undefined;
  return row?.id;
}

export interface NominationFilter {
  electionId: number;
  query: string;
  kind?: NominationKind;
  partyId?: number;
  districtId?: number;
  status?: NominationStatus;
  /** Nominations with an error finding, or with warnings and no error (counts from the finding_count table). */
  flag?: 'errors' | 'warnings';
  sort: 'name' | 'received' | 'list-position';
}

const ORDER: Record<NominationFilter['sort'], string> = {
  name: 'p.name_sort, p.id, n.id',
  received: 'n.received_on, n.id',
  'list-position': 'n.party_id, n.list_position, p.name_sort, n.id',
};

// In name order, walking persons along their sort index and stopping after one page beats sorting 100,000 joined
// rows for every keystroke; CROSS JOIN is how SQLite is told to keep that loop order.
const PERSON_FIRST = 'person p CROSS JOIN nomination n ON n.person_id = p.id';

// SQLite keeps this join even when nothing reads it, so the count of all rows joins it only to filter by it.
const COUNTS = 'LEFT JOIN temp.finding_count fc ON fc.nomination_id = n.id';

/** One page of the candidates table: the count of all matching rows and `limit` of them from `offset`. */
export function listCandidates(db: Database, f: NominationFilter, offset: number, limit: number): Page<CandidateRow> {
  ensureFindingCounts(db);
  const conditions = ['n.election_id = ?'];
  const params: unknown[] = [f.electionId];
  const add = (sql: string, value: unknown): void => {
    conditions.push(sql);
    params.push(value);
  };
  if (f.kind) add('n.kind = ?', f.kind);
  if (f.partyId) add('n.party_id = ?', f.partyId);
  if (f.districtId) add('n.district_id = ?', f.districtId);
  if (f.status) add('n.status = ?', f.status);
  if (f.flag === 'errors') conditions.push('fc.errors > 0');
  if (f.flag === 'warnings') conditions.push('fc.errors = 0 AND fc.warnings > 0');
  const match = personMatch(f.query);
  conditions.push(match.where);
  params.push(...match.params);
  const where = conditions.join(' AND ');

  const total = (
    stmt(db, `SELECT count(*) AS n FROM nomination n JOIN person p ON p.id = n.person_id ${f.flag ? COUNTS : ''} WHERE ${where}`).get(
      ...params,
    ) as { n: number }
  ).n;
  const rows = stmt(
    db,
    `SELECT n.id AS nominationId, p.id AS personId, p.surname, p.given_name AS givenName, p.patronymic, p.iin,
       p.birth_date AS birthDate, p.sex, n.kind, n.party_id AS partyId, pa.short_name AS partyShortName,
       n.association_name AS associationName, n.district_id AS districtId, d.number AS districtNumber,
       n.list_position AS listPosition, n.status, coalesce(fc.errors, 0) AS errors, coalesce(fc.warnings, 0) AS warnings
     FROM ${f.sort === 'name' ? PERSON_FIRST : 'nomination n JOIN person p ON p.id = n.person_id'}
       LEFT JOIN party pa ON pa.id = n.party_id LEFT JOIN district d ON d.id = n.district_id ${COUNTS}
     WHERE ${where} ORDER BY ${ORDER[f.sort]} LIMIT ? OFFSET ?`,
  ).all(...params, limit, offset) as CandidateRow[];
  return { rows, total, offset };
}
