import type { Database } from 'better-sqlite3';
import type { DecisionCorrection, ListStatus, StoredListStatus } from '../domain/records';
import type { Localized } from '../domain/types';
import { insertCorrectionRow, type Correction } from './decisions';
import type { JournalAction } from './journal-actions';
import { recordChange, type Actor, type RelatedRow } from './record';
import { shortNames } from './reference';
import { stmt } from './statements';

/** What a change to a list as a whole is journaled as. */
export type PartyListAction = Extract<JournalAction, `party_list.${string}`>;

// A party's list as a whole: one row per party and election, made when the list gets its first candidate (or is
// first decided, reordered or voted on), so a party without candidates has no row and reads as an empty list.

/** A party of the election with its list row, when it has one. */
export interface PartyListRecord {
  partyId: number;
  partyCode: string;
  shortName: string;
  name: Localized;
  /** The short name in each language (Ак жол, Ақ жол): what tables, prints and reports show. */
  short: Localized;
  listId: number | null;
  status: StoredListStatus;
  resolutionNumber: string | null;
  resolutionDate: string | null;
  registeredOrder: number | null;
  /** 1 for a list without a row yet: the row is made with version 1 by the first write. */
  version: number;
  votes: number | null;
  seats: number | null;
}

interface Row {
  party_id: number;
  code: string;
  short_name: string;
  short_kk: string;
  short_ru: string;
  short_en: string;
  name_kk: string;
  name_ru: string;
  name_en: string;
  list_id: number | null;
  status: StoredListStatus | null;
  resolution_number: string | null;
  resolution_date: string | null;
  registered_order: number | null;
  version: number | null;
  votes: number | null;
  seats: number | null;
}

const SELECT = `SELECT pa.id AS party_id, pa.code, pa.short_name, pa.short_kk, pa.short_ru, pa.short_en, pa.name_kk, pa.name_ru, pa.name_en, l.id AS list_id,
    l.status, l.resolution_number, l.resolution_date, l.registered_order, l.version, l.votes, l.seats
  FROM party pa LEFT JOIN party_list l ON l.election_id = pa.election_id AND l.party_id = pa.id`;

const toRecord = (r: Row): PartyListRecord => ({
  partyId: r.party_id,
  partyCode: r.code,
  shortName: r.short_name,
  name: { kk: r.name_kk, ru: r.name_ru, en: r.name_en },
  short: shortNames(r),
  listId: r.list_id,
  status: r.status ?? 'submitted',
  resolutionNumber: r.resolution_number,
  resolutionDate: r.resolution_date,
  registeredOrder: r.registered_order,
  version: r.version ?? 1,
  votes: r.votes,
  seats: r.seats,
});

/** Every party of the election with its list, in ballot order. */
export function partyLists(db: Database, electionId: number): PartyListRecord[] {
  return (stmt(db, `${SELECT} WHERE pa.election_id = ? ORDER BY pa.ballot_order, pa.id`).all(electionId) as Row[]).map(toRecord);
}

export function partyList(db: Database, electionId: number, partyId: number): PartyListRecord | undefined {
  const row = stmt(db, `${SELECT} WHERE pa.election_id = ? AND pa.id = ?`).get(electionId, partyId) as Row | undefined;
  return row && toRecord(row);
}

function subjectOf(db: Database, partyId: number): string {
  return (stmt(db, 'SELECT short_name FROM party WHERE id = ?').get(partyId) as { short_name: string }).short_name;
}

/** The list's row id, making the row (journaled) when the list has none yet. */
export function ensurePartyList(db: Database, who: Actor, electionId: number, partyId: number): number {
  const found = stmt(db, 'SELECT id FROM party_list WHERE election_id = ? AND party_id = ?').get(electionId, partyId) as
    | { id: number }
    | undefined;
  if (found) return found.id;
  const { lastInsertRowid } = stmt(
    db,
    'INSERT INTO party_list (election_id, party_id, created_at, updated_at) VALUES (?, ?, ?, ?)',
  ).run(electionId, partyId, who.at, who.at);
  const id = Number(lastInsertRowid);
  recordChange(db, who, 'party_list.create', 'party_list', id, subjectOf(db, partyId));
  return id;
}

/** Moves the list's version on (a candidate added, moved, decided or designated), so an editor holding it is stale. */
export function bumpPartyList(
  db: Database,
  who: Actor,
  listId: number,
  action: PartyListAction,
  change: Record<string, unknown> = {},
  related: readonly RelatedRow[] = [],
): void {
  stmt(db, 'UPDATE party_list SET version = version + 1, updated_at = ? WHERE id = ?').run(who.at, listId);
  const { party_id: partyId } = stmt(db, 'SELECT party_id FROM party_list WHERE id = ?').get(listId) as { party_id: number };
  recordChange(db, who, action, 'party_list', listId, subjectOf(db, partyId), change, related);
}

/** A candidate joined, left or changed on the list: makes its row (version 1) or moves its version on. */
export function touchPartyList(db: Database, who: Actor, electionId: number, partyId: number): void {
  const existed = stmt(db, 'SELECT id FROM party_list WHERE election_id = ? AND party_id = ?').get(electionId, partyId) as
    | { id: number }
    | undefined;
  if (existed) bumpPartyList(db, who, existed.id, 'party_list.update');
  else ensurePartyList(db, who, electionId, partyId);
}

/** The order the next registered list takes: ties on remainders go to the list registered first. */
export function nextRegisteredOrder(db: Database, electionId: number): number {
  const row = stmt(db, 'SELECT max(registered_order) AS m FROM party_list WHERE election_id = ?').get(electionId) as { m: number | null };
  return (row.m ?? 0) + 1;
}

export interface ListDecision {
  status: Exclude<StoredListStatus, 'submitted'>;
  resolutionNumber: string;
  resolutionDate: string;
  registeredOrder: number | null;
}

/** Records the commission's decision on the list as of `version`; false when someone changed the list meanwhile. */
export function decidePartyList(
  db: Database,
  who: Actor,
  listId: number,
  version: number,
  d: ListDecision,
  change: Record<string, unknown>,
): boolean {
  const { changes } = stmt(
    db,
    `UPDATE party_list SET status = ?, resolution_number = ?, resolution_date = ?, registered_order = ?,
       version = version + 1, updated_at = ? WHERE id = ? AND version = ?`,
  ).run(d.status, d.resolutionNumber, d.resolutionDate, d.registeredOrder, who.at, listId, version);
  if (changes === 0) return false;
  const { party_id: partyId } = stmt(db, 'SELECT party_id FROM party_list WHERE id = ?').get(listId) as { party_id: number };
  recordChange(db, who, 'party_list.decide', 'party_list', listId, subjectOf(db, partyId), change);
  return true;
}

/** Stores a list's votes and the seats computed from them. */
export function storeListResult(db: Database, who: Actor, listId: number, votes: number, seats: number): void {
  const { changes } = stmt(
    db,
    'UPDATE party_list SET votes = ?, seats = ?, version = version + 1, updated_at = ? WHERE id = ? AND (votes IS NOT ? OR seats IS NOT ?)',
  ).run(votes, seats, who.at, listId, votes, seats);
  if (changes === 0) return;
  const { party_id: partyId } = stmt(db, 'SELECT party_id FROM party_list WHERE id = ?').get(listId) as { party_id: number };
  recordChange(db, who, 'party_list.results', 'party_list', listId, subjectOf(db, partyId));
}

interface ListCorrectionRow {
  id: number;
  before_number: string;
  before_date: string;
  resolution_number: string;
  resolution_date: string;
  reason: string;
  actor: string;
  at: string;
}

/** The corrections of a list's resolution number or date, oldest first, each with what it replaced. */
export function listCorrections(db: Database, listId: number): DecisionCorrection[] {
  const rows = stmt(db, 'SELECT * FROM party_list_correction WHERE party_list_id = ? ORDER BY id').all(listId) as ListCorrectionRow[];
  return rows.map((r) => ({
    id: r.id,
    from: { resolutionNumber: r.before_number, resolutionDate: r.before_date },
    to: { resolutionNumber: r.resolution_number, resolutionDate: r.resolution_date },
    reason: r.reason,
    actor: r.actor,
    at: r.at,
  }));
}

/**
 * Corrects the resolution number or date of a list's decision as of `version`: the list's row takes the corrected
 * values (prints and reports read them there), a correction row keeps what they replace, and each candidate's decision
 * taken by that resolution gets its own correction. One journal entry, with every row it wrote. False when someone
 * changed the list meanwhile.
 */
export function correctPartyListDecision(
  db: Database,
  who: Actor,
  listId: number,
  version: number,
  c: Correction,
  candidateDecisions: readonly number[],
): boolean {
  const list = stmt(db, 'SELECT party_id, status, resolution_number, resolution_date FROM party_list WHERE id = ? AND version = ?').get(
    listId,
    version,
  ) as { party_id: number; status: ListStatus; resolution_number: string | null; resolution_date: string | null } | undefined;
  if (!list || list.status === 'submitted' || list.resolution_number === null || list.resolution_date === null) return false;
  const { lastInsertRowid } = stmt(
    db,
    `INSERT INTO party_list_correction (party_list_id, status, before_number, before_date, resolution_number, resolution_date,
       reason, actor, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(listId, list.status, list.resolution_number, list.resolution_date, c.resolutionNumber, c.resolutionDate, c.reason, who.actor, who.at);
  stmt(db, 'UPDATE party_list SET resolution_number = ?, resolution_date = ?, version = version + 1, updated_at = ? WHERE id = ?').run(
    c.resolutionNumber,
    c.resolutionDate,
    who.at,
    listId,
  );
  const decisions = candidateDecisions.map((id) => insertCorrectionRow(db, who, id, c));
  const before = { resolutionNumber: list.resolution_number, resolutionDate: list.resolution_date };
  const after = { resolutionNumber: c.resolutionNumber, resolutionDate: c.resolutionDate };
  recordChange(
    db,
    who,
    'party_list.correct',
    'party_list',
    listId,
    subjectOf(db, list.party_id),
    { correction: { decision: list.status, before, after, reason: c.reason } },
    [{ entity: 'party_list_correction', id: Number(lastInsertRowid) }, ...decisions.map((id) => ({ entity: 'decision' as const, id }))],
  );
  return true;
}
