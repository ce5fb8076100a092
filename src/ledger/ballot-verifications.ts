import type { Database } from 'better-sqlite3';
import {
  BALLOT_FIELDS,
  type BallotAuthors,
  type BallotField,
  type BallotRecord,
  type BallotState,
  type BallotTallyRow,
  type BallotValue,
  type BallotValues,
  type EntryAuthor,
} from '../domain/ballot';
import type { NominationKind, NominationStatus } from '../domain/types';
import { canonicalJson } from './canonical';
import type { JournalAction } from './journal-actions';
import { personSubject } from './persons';
import { recordChange, type Actor } from './record';
import { stmt } from './statements';

// The verification of each nomination's ballot data (issue 13): its row, the state of its fields as SQL reads it
// for the candidates table and the reports, and who entered the data, as the journal tells it.

/** Each ballot field's column, for a query over `nomination n JOIN person p`. */
const COLUMN: Record<BallotField, string> = {
  surname: 'p.surname',
  givenName: 'p.given_name',
  patronymic: 'p.patronymic',
  birthDate: 'p.birth_date',
  iin: 'p.iin',
  districtId: 'n.district_id',
  partyId: 'n.party_id',
  listPosition: 'n.list_position',
};

/** The join a query adds to `nomination n JOIN person p` to read the state. */
export const BALLOT_JOIN = 'LEFT JOIN ballot_verification bv ON bv.nomination_id = n.id';

const ALL_VERIFIED = BALLOT_FIELDS.map((f) => `json_extract(bv.verified, '$.${f}') IS ${COLUMN[f]}`).join(' AND ');
const OPEN_DIFFERENCE = `EXISTS (SELECT 1 FROM json_each(bv.pending) d WHERE json_extract(d.value, '$.first') IS CASE d.key ${BALLOT_FIELDS.map(
  (f) => `WHEN '${f}' THEN ${COLUMN[f]}`,
).join(' ')} END)`;

/**
 * A nomination's state in SQL, exactly as domain/ballot.ts's `ballotStatus` derives it: differing while a difference
 * is open against the value still stored, verified while every field equals its verified value (a field with nothing
 * to print and nothing verified is NULL on both sides), waiting otherwise.
 */
export const BALLOT_STATE = `(CASE WHEN bv.id IS NULL THEN 'waiting' WHEN bv.pending IS NOT NULL AND ${OPEN_DIFFERENCE} THEN 'differs'
  WHEN ${ALL_VERIFIED} THEN 'verified' ELSE 'waiting' END)`;

/** Verified once (or sent back by the secretary) and not verified now: a field changed since, or awaits a new entry. */
export const BALLOT_REOPENED = `(bv.id IS NOT NULL AND ${BALLOT_STATE} = 'waiting')`;

/** The candidates whose data reaches the ballot: those standing, not the refused, withdrawn, cancelled or voided. */
export const STANDING = "n.voided_at IS NULL AND n.status IN ('nominated', 'registered')";

interface Row {
  id: number;
  nomination_id: number;
  version: number;
  verified: string;
  pending: string | null;
  second_user_id: number | null;
  second_actor: string;
  second_at: string | null;
}

export interface BallotVerification {
  id: number;
  nominationId: number;
  version: number;
  record: BallotRecord;
  /** Who made the second entry whose differences are open, and when; null when none is open. */
  second: { userId: number | null; actor: string; at: string } | null;
}

const toView = (r: Row): BallotVerification => ({
  id: r.id,
  nominationId: r.nomination_id,
  version: r.version,
  record: { verified: JSON.parse(r.verified) as BallotRecord['verified'], pending: r.pending === null ? null : (JSON.parse(r.pending) as BallotRecord['pending']) },
  second: r.second_at === null ? null : { userId: r.second_user_id, actor: r.second_actor, at: r.second_at },
});

export function getBallotVerification(db: Database, nominationId: number): BallotVerification | undefined {
  const row = stmt(db, 'SELECT * FROM ballot_verification WHERE nomination_id = ?').get(nominationId) as Row | undefined;
  return row && toView(row);
}

/** A nomination's ballot values as stored now (null where its kind prints nothing), and its person. */
export function storedBallotValues(db: Database, nominationId: number): { values: BallotValues; personId: number; kind: NominationKind } | undefined {
  const row = stmt(
    db,
    `SELECT n.person_id, n.kind, ${BALLOT_FIELDS.map((f) => COLUMN[f]).join(', ')} FROM nomination n JOIN person p ON p.id = n.person_id WHERE n.id = ?`,
  )
    .raw(true)
    .get(nominationId) as [number, NominationKind, ...BallotValue[]] | undefined;
  if (!row) return undefined;
  const [personId, kind, ...columns] = row;
  const values = {} as BallotValues;
  BALLOT_FIELDS.forEach((f, i) => (values[f] = columns[i] ?? null));
  return { values, personId, kind };
}

function subjectOf(db: Database, nominationId: number): string {
  const p = stmt(
    db,
    'SELECT p.surname, p.given_name AS givenName, p.patronymic, p.iin FROM nomination n JOIN person p ON p.id = n.person_id WHERE n.id = ?',
  ).get(nominationId) as { surname: string; givenName: string; patronymic: string; iin: string };
  return personSubject(p);
}

export type BallotAction = Extract<JournalAction, `ballot.${string}`>;

/**
 * Stores what a step established, as of `version` (0: the nomination has no row yet), and journals it with the
 * step's details. False when someone changed the row meanwhile.
 */
export function writeBallotVerification(
  db: Database,
  who: Actor,
  nominationId: number,
  version: number,
  record: BallotRecord,
  action: BallotAction,
  extra: Record<string, unknown>,
): boolean {
  const verified = canonicalJson(record.verified);
  const pending = record.pending === null ? null : canonicalJson(record.pending);
  // Open differences keep who made the second entry they came from; once resolved, no second entry is open.
  const second = record.pending === null ? { userId: null, actor: '', at: null } : { userId: who.userId ?? null, actor: who.actor, at: who.at };
  let id: number;
  if (version === 0) {
    if (stmt(db, 'SELECT 1 FROM ballot_verification WHERE nomination_id = ?').get(nominationId)) return false;
    const { lastInsertRowid } = stmt(
      db,
      `INSERT INTO ballot_verification (nomination_id, verified, pending, second_user_id, second_actor, second_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(nominationId, verified, pending, second.userId, second.actor, second.at, who.at, who.at);
    id = Number(lastInsertRowid);
  } else {
    const row = stmt(db, 'SELECT id FROM ballot_verification WHERE nomination_id = ? AND version = ?').get(nominationId, version) as { id: number } | undefined;
    if (!row) return false;
    id = row.id;
    stmt(
      db,
      `UPDATE ballot_verification SET verified = ?, pending = ?, second_user_id = ?, second_actor = ?, second_at = ?, version = version + 1,
         updated_at = ? WHERE id = ?`,
    ).run(verified, pending, second.userId, second.actor, second.at, who.at, id);
  }
  recordChange(db, who, action, 'ballot_verification', id, subjectOf(db, nominationId), { nominationId, ...extra });
  return true;
}

const PERSON_COLUMNS: [BallotField, string][] = [
  ['surname', 'surname'],
  ['givenName', 'given_name'],
  ['patronymic', 'patronymic'],
  ['birthDate', 'birth_date'],
  ['iin', 'iin'],
];
const NOMINATION_COLUMNS: [BallotField, string][] = [
  ['districtId', 'district_id'],
  ['partyId', 'party_id'],
  ['listPosition', 'list_position'],
];

type Image = Record<string, unknown>;
interface Change {
  userId?: number;
  after?: Image;
  related?: { entity?: string; id?: number; after?: Image }[];
}

/**
 * Who entered a nomination's ballot data, from the journal (the rows about the nomination, its person and the
 * reorders of its list): the nomination's first entry, and for each field the last row that changed its value.
 */
export function ballotAuthors(db: Database, nominationId: number): BallotAuthors {
  const n = stmt(db, 'SELECT person_id, election_id, party_id FROM nomination WHERE id = ?').get(nominationId) as
    | { person_id: number; election_id: number; party_id: number | null }
    | undefined;
  if (!n) return { first: null, lastChange: {} };
  const rows = stmt(
    db,
    `SELECT actor, action, entity, change FROM journal
     WHERE (entity = 'nomination' AND entity_id = ?) OR (entity = 'person' AND entity_id = ?)
        OR (entity = 'party_list' AND action = 'party_list.reorder' AND entity_id IN (SELECT id FROM party_list WHERE election_id = ? AND party_id IS ?))
     ORDER BY seq`,
  ).all(nominationId, n.person_id, n.election_id, n.party_id) as { actor: string; action: string; entity: string; change: string }[];
  const authors: BallotAuthors = { first: null, lastChange: {} };
  const seen = new Map<BallotField, unknown>();
  for (const r of rows) {
    const change = JSON.parse(r.change) as Change | null;
    const author: EntryAuthor = { userId: typeof change?.userId === 'number' ? change.userId : null, actor: r.actor };
    const image = r.entity === 'party_list' ? change?.related?.find((x) => x.entity === 'nomination' && x.id === nominationId)?.after : change?.after;
    if (!image) continue;
    if (r.action === 'nomination.create') authors.first = author;
    for (const [field, column] of r.entity === 'person' ? PERSON_COLUMNS : NOMINATION_COLUMNS) {
      if (!(column in image)) continue;
      const value = image[column] ?? null;
      if (seen.has(field) && seen.get(field) === value) continue;
      seen.set(field, value);
      authors.lastChange[field] = author;
    }
  }
  return authors;
}

/** A nomination waiting for a second entry, as the queue shows it: nothing of its ballot data. */
export interface WaitingNomination {
  nominationId: number;
  kind: NominationKind;
  status: NominationStatus;
  receivedOn: string;
  receivedTime: string;
}

/** The election's standing nominations whose ballot data waits for a second entry, in the order they were received. */
export function* waitingNominations(db: Database, electionId: number): Generator<WaitingNomination> {
  const rows = stmt(
    db,
    `SELECT n.id AS nominationId, n.kind, n.status, n.received_on AS receivedOn, n.received_time AS receivedTime
     FROM nomination n JOIN person p ON p.id = n.person_id ${BALLOT_JOIN}
     WHERE n.election_id = ? AND ${STANDING} AND ${BALLOT_STATE} = 'waiting'
     ORDER BY n.received_on, n.received_time, n.id`,
  ).iterate(electionId) as IterableIterator<WaitingNomination>;
  yield* rows;
}

/** How many of the election's standing nominations are in each state, by list (party) and by district. */
export function ballotTally(db: Database, electionId: number): BallotTallyRow[] {
  return stmt(
    db,
    `SELECT n.kind, n.party_id AS partyId, n.district_id AS districtId, ${BALLOT_STATE} AS state, count(*) AS count
     FROM nomination n JOIN person p ON p.id = n.person_id ${BALLOT_JOIN}
     WHERE n.election_id = ? AND ${STANDING} GROUP BY 1, 2, 3, 4`,
  ).all(electionId) as BallotTallyRow[];
}

/** The state of some nominations, by id, as the table and the lists read it. */
export function ballotStates(db: Database, nominationIds: readonly number[]): Map<number, BallotState> {
  const out = new Map<number, BallotState>();
  if (nominationIds.length === 0) return out;
  const rows = stmt(
    db,
    `SELECT n.id, ${BALLOT_STATE} FROM nomination n JOIN person p ON p.id = n.person_id ${BALLOT_JOIN}
     WHERE n.id IN (SELECT value FROM json_each(?))`,
  )
    .raw(true)
    .all(JSON.stringify(nominationIds)) as [number, BallotState][];
  for (const [id, state] of rows) out.set(id, state);
  return out;
}

/**
 * Whether the desk has the two people four eyes need: at least two active users who may enter data. A desk used by
 * one person (or by nobody signed in) can never make a second entry, so registration cannot wait for one there.
 */
export function hasFourEyes(db: Database): boolean {
  const row = stmt(db, "SELECT count(*) AS n FROM user WHERE active = 1 AND role IN ('clerk', 'secretary', 'administrator')").get() as { n: number };
  return row.n >= 2;
}

/** The SQL condition on a state, for the candidates table's filter. */
export const ballotStateIs = `${BALLOT_STATE} = ?`;

/** The standing nomination of an election whose candidate has this IIN: of the given kind when the person has two. */
export function standingNominationByIin(db: Database, electionId: number, iin: string, kind: string): number | null {
  const rows = stmt(
    db,
    `SELECT n.id, n.kind FROM nomination n JOIN person p ON p.id = n.person_id
     WHERE p.iin = ? AND n.election_id = ? AND ${STANDING} ORDER BY n.id`,
  ).all(iin, electionId) as { id: number; kind: string }[];
  return (rows.find((r) => r.kind === kind) ?? rows[0])?.id ?? null;
}
