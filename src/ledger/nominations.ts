import type { Database } from 'better-sqlite3';
import type { BallotState } from '../domain/ballot';
import type { CandidateRow, NominationView, Page } from '../domain/records';
import { BALLOT_JOIN, BALLOT_REOPENED, BALLOT_STATE, ballotStateIs } from './ballot-verifications';
import { usedParts, type Documents, type NominationInput, type NominationKind, type NominationStatus } from '../domain/types';
import { canonicalJson } from './canonical';
import { ensureFindingCounts } from './finding-counts';
import { NAMED, personMatch, personSubject } from './persons';
import { recordChange, recordInserted, recordInsertedRows, type Actor } from './record';
import { shortNames } from './reference';
import { stmt } from './statements';

interface NominationRow extends Record<string, unknown> {
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
  voided_at: string | null;
  voided_by: string | null;
  void_reason: string;
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
    voided: r.voided_at === null ? null : { at: r.voided_at, by: r.voided_by ?? '', reason: r.void_reason },
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
  const inserted = stmt(
    db,
    `INSERT INTO nomination (election_id, person_id, kind, party_id, association_name, district_id, list_position,
       received_on, received_time, documents, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     RETURNING *`,
  ).get(electionId, personId, ...columns(n), who.at, who.at) as NominationRow;
  recordInserted(db, who, 'nomination.create', 'nomination', inserted, nominationSubject(db, personId), journal);
  return inserted.id;
}

/** A nomination for `insertNominations`, with what its journal row adds (an import names itself and the sheet row). */
export interface NewNomination {
  personId: number;
  nomination: NominationInput & { kind: NominationKind };
  journal?: Record<string, unknown>;
}

/** Rows per INSERT of `insertNominations`: 12 values each. */
const NOMINATIONS_PER_STATEMENT = 100;

/**
 * `insertNomination` for many nominations of one election, a hundred to a statement, each journaled as
 * `insertNomination` journals it (its subject read in one query for the hundred); the ids in the order given.
 */
export function insertNominations(db: Database, who: Actor, electionId: number, nominations: readonly NewNomination[]): number[] {
  const ids: number[] = [];
  const row = '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';
  for (let from = 0; from < nominations.length; from += NOMINATIONS_PER_STATEMENT) {
    const part = nominations.slice(from, from + NOMINATIONS_PER_STATEMENT);
    const values = part.flatMap((n) => [electionId, n.personId, ...columns(n.nomination), who.at, who.at]);
    const inserted = stmt(
      db,
      `INSERT INTO nomination (election_id, person_id, kind, party_id, association_name, district_id, list_position,
         received_on, received_time, documents, created_at, updated_at) VALUES ${Array(part.length).fill(row).join(', ')}
       RETURNING *`,
    ).all(...values) as NominationRow[];
    // As in insertPersons: ids follow the VALUES' order, so the rows sorted by id are the nominations given.
    inserted.sort((a, b) => a.id - b.id);
    part.forEach((n, i) => {
      if (inserted[i]?.person_id !== n.personId) throw new Error('insertNominations: the inserted rows do not match the nominations given');
    });
    const subjects = new Map(
      (stmt(db, 'SELECT id, surname, given_name AS givenName, patronymic, iin FROM person WHERE id IN (SELECT value FROM json_each(?))').all(
        JSON.stringify(part.map((n) => n.personId)),
      ) as { id: number; surname: string; givenName: string; patronymic: string; iin: string }[]).map((p) => [p.id, personSubject(p)]),
    );
    recordInsertedRows(db, who, 'nomination.create', 'nomination', part.map((n, i) => ({ inserted: inserted[i] as NominationRow, subject: subjects.get(n.personId) ?? '', extra: n.journal ?? {} })));
    for (const r of inserted) ids.push(r.id);
  }
  return ids;
}

/** What a write came to: done, refused because someone changed the record since `version`, or nothing to change. */
export type WriteOutcome = 'changed' | 'stale' | 'unchanged';

const STORED = `SELECT kind, party_id, association_name, district_id, list_position, received_on, received_time, documents
  FROM nomination WHERE id = ? AND version = ?`;

/** Changes a nomination as of `version`. A save that changes nothing writes nothing, and so journals nothing. */
export function updateNomination(
  db: Database,
  who: Actor,
  id: number,
  version: number,
  n: NominationInput & { kind: NominationKind },
): WriteOutcome {
  const stored = stmt(db, STORED).raw(true).get(id, version) as unknown[] | undefined;
  if (!stored) return 'stale';
  const next = columns(n);
  if (next.every((value, i) => value === stored[i])) return 'unchanged';
  const { changes } = stmt(
    db,
    `UPDATE nomination SET kind = ?, party_id = ?, association_name = ?, district_id = ?, list_position = ?,
       received_on = ?, received_time = ?, documents = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?`,
  ).run(...next, who.at, id, version);
  if (changes === 0) return 'stale';
  recordChange(db, who, 'nomination.update', 'nomination', id, nominationSubject(db, personOf(db, id)));
  return 'changed';
}

/**
 * Marks a nomination as entered in error, as of `version`: its data stays as it was, and it leaves every list,
 * count, report and check (DESIGN §2: nothing is deleted). False when someone changed it meanwhile.
 */
export function voidNomination(db: Database, who: Actor, id: number, version: number, reason: string, extra: Record<string, unknown> = {}): boolean {
  const { changes } = stmt(
    db,
    `UPDATE nomination SET voided_at = ?, voided_by = ?, void_reason = ?, version = version + 1, updated_at = ?
     WHERE id = ? AND version = ? AND voided_at IS NULL`,
  ).run(who.at, who.actor, reason, who.at, id, version);
  if (changes === 0) return false;
  recordChange(db, who, 'nomination.void', 'nomination', id, nominationSubject(db, personOf(db, id)), { reason, ...extra });
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
    "SELECT max(list_position) AS m FROM nomination WHERE election_id = ? AND party_id = ? AND kind = 'party-list' AND voided_at IS NULL",
  ).get(electionId, partyId) as { m: number | null };
  return (row.m ?? 0) + 1;
}

export function listPositionHolder(db: Database, electionId: number, partyId: number, position: number): number | undefined {
  const row = stmt(
    db,
    "SELECT id FROM nomination WHERE election_id = ? AND party_id = ? AND kind = 'party-list' AND list_position = ? AND voided_at IS NULL",
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
  /** Entries made in error are left out unless asked for: only them, when the clerk looks for them. */
  voided?: boolean;
  /** Only nominations whose ballot data is in this state of its verification. */
  ballot?: BallotState;
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

/** The nominating party's short names as the row reads them: null without a party. */
interface PartyShortColumns {
  short_name: string | null;
  short_kk: string | null;
  short_ru: string | null;
  short_en: string | null;
}

export function listCandidates(db: Database, f: NominationFilter, offset: number, limit: number): Page<CandidateRow> {
  ensureFindingCounts(db);
  const conditions = ['n.election_id = ?', f.voided ? 'n.voided_at IS NOT NULL' : 'n.voided_at IS NULL'];
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
  if (f.ballot) add(ballotStateIs, f.ballot);
  const filters = conditions.join(' AND ');
  const match = personMatch(f.query);
  const total = countCandidates(db, f, filters, params, match);
  // In name order, a name that many persons share is found faster by walking the persons' sort index and stopping
  // after one page than by fetching all its matches and sorting them (walksNameOrder).
  const byName = f.sort === 'name' && match.names !== null && walksNameOrder(db, match.names, offset + limit) ? `+${match.where}` : match.where;
  const ids = pageKeys(db, f, { where: `${filters} AND ${byName}`, params: [...params, ...match.params], match: match.where !== '1' }, offset, limit);
  const rows = stmt(
    db,
    `SELECT n.id AS nominationId, p.id AS personId, p.surname, p.given_name AS givenName, p.patronymic, p.iin,
       p.birth_date AS birthDate, p.sex, n.kind, n.party_id AS partyId, pa.short_name, pa.short_kk, pa.short_ru, pa.short_en,
       n.association_name AS associationName, n.district_id AS districtId, d.number AS districtNumber,
       n.list_position AS listPosition, n.status, n.voided_at IS NOT NULL AS voided, coalesce(fc.errors, 0) AS errors, coalesce(fc.warnings, 0) AS warnings,
       ${BALLOT_STATE} AS ballot, ${BALLOT_REOPENED} AS ballotReopened
     FROM nomination n JOIN person p ON p.id = n.person_id
       LEFT JOIN party pa ON pa.id = n.party_id LEFT JOIN district d ON d.id = n.district_id ${COUNTS} ${BALLOT_JOIN}
     WHERE n.id IN (SELECT value FROM json_each(?)) ORDER BY ${ORDER[f.sort]}`,
  ).all(JSON.stringify(ids)) as (Omit<CandidateRow, 'partyShort' | 'voided' | 'ballotReopened'> & PartyShortColumns & { voided: number; ballotReopened: number })[];
  return {
    rows: rows.map(({ short_name, short_kk, short_ru, short_en, voided, ballotReopened, ...row }) => ({
      ...row,
      voided: voided === 1,
      ballotReopened: ballotReopened === 1,
      partyShort: short_name === null ? null : shortNames({ short_name, short_kk: short_kk ?? '', short_ru: short_ru ?? '', short_en: short_en ?? '' }),
    })),
    total,
    offset,
  };
}

/**
 * The nominations of one page, in the table's order. Only what the filter and the order need is joined: the
 * page's own columns are read for its `limit` rows afterwards, not for every row before `offset` as well.
 */
function pageKeys(
  db: Database,
  f: NominationFilter,
  filter: { where: string; params: unknown[]; match: boolean },
  offset: number,
  limit: number,
): number[] {
  if (f.sort === 'name' && !f.voided && !f.flag && !f.ballot && !filter.match) return pageInNameOrder(db, f, offset, limit);
  const from =
    f.sort === 'name' ? PERSON_FIRST : f.sort === 'list-position' || filter.match || f.ballot ? 'nomination n JOIN person p ON p.id = n.person_id' : 'nomination n';
  return stmt(db, `SELECT n.id FROM ${from} ${f.flag ? COUNTS : ''} ${f.ballot ? BALLOT_JOIN : ''} WHERE ${filter.where} ORDER BY ${ORDER[f.sort]} LIMIT ? OFFSET ?`)
    .pluck()
    .all(...filter.params, limit, offset) as number[];
}

/** A page in name order read from the candidates' order (migration 014), which skips the rows before it in one B-tree. */
function pageInNameOrder(db: Database, f: NominationFilter, offset: number, limit: number): number[] {
  const conditions = ['election_id = ?'];
  const params: unknown[] = [f.electionId];
  for (const [column, value] of [['kind', f.kind], ['party_id', f.partyId], ['district_id', f.districtId], ['status', f.status]] as const)
    if (value) {
      conditions.push(`${column} = ?`);
      params.push(value);
    }
  return stmt(db, `SELECT nomination_id FROM candidate_order WHERE ${conditions.join(' AND ')} ORDER BY name_sort, person_id, nomination_id LIMIT ? OFFSET ?`)
    .pluck()
    .all(...params, limit, offset) as number[];
}

/** How many rows of the candidates table match: the count of all its pages. */
function countCandidates(db: Database, f: NominationFilter, filters: string, params: readonly unknown[], match: ReturnType<typeof personMatch>): number {
  const count = (from: string, where: string, more: readonly unknown[]): number =>
    (stmt(db, `SELECT count(*) AS n FROM ${from} ${f.flag ? COUNTS : ''} ${f.ballot ? BALLOT_JOIN : ''} WHERE ${where}`).get(...params, ...more) as { n: number }).n;
  // The state of ballot data reads the person's fields, so a filter on it counts from the persons.
  if (f.ballot) return count(PERSON_FIRST, `${filters} AND ${match.where}`, match.params);
  // Every nomination has its person (a foreign key, not null), so the count need not look them up: 133 ms instead of
  // 602 ms for all 100,000 on a loaded machine. A name counts its persons' nominations on the index of nominations by
  // person, election and voiding (migration 013) without reading a row: 6 ms for the 10,730 of «Әли» at 100,000,
  // against 19 ms through the persons.
  if (match.where === '1') return count('nomination n', filters, []);
  if (match.names !== null) return count('nomination n', `${filters} AND n.person_id IN (${NAMED})`, [match.names]);
  // An IIN picks a few persons: counting from them takes 2 ms where SQLite's own choice, walking the election's
  // nominations and looking each person up, took 340 ms (measured, no ANALYZE stats).
  return count(PERSON_FIRST, `${filters} AND ${match.where}`, match.params);
}

/**
 * Whether a page of persons named `names` in name order is found faster by walking the persons' sort index, testing
 * each against the matches, than by sorting every match. Measured at 100,000 persons: sorting costs about 2 µs a
 * match (20 ms for the 10,730 of «Әли»); the walk about 0.1 µs a person passed (10 ms for the whole index, its worst
 * case), and it passes about `wanted × persons / matches` of them. So it walks when wanted × persons < 20 × matches²:
 * «Әли» at offset 0 in 3 ms instead of 20; a rare name (a few hundred matches) is still sorted, in a millisecond.
 */
export function walksNameOrder(db: Database, names: string, wanted: number): boolean {
  const matches = (stmt(db, `SELECT count(*) AS n FROM person_name WHERE person_name MATCH ?`).get(names) as { n: number }).n;
  // The highest id is the number of persons made, near enough and without counting them.
  const persons = (stmt(db, 'SELECT max(id) AS n FROM person').get() as { n: number | null }).n ?? 0;
  return wanted * persons < 20 * matches * matches;
}
