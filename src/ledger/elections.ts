import type { Database } from 'better-sqlite3';
import type { Commission, CommissionLevel } from '../domain/commission';
import { completeProfile } from '../domain/presets';
import { CAPITAL_REGION, DEFAULT_UTC_OFFSET_HOURS, maxListLength, type PresetId, type RuleProfile } from '../domain/profile';
import type { ElectionView } from '../domain/records';
import type { ElectionKind, Localized } from '../domain/types';
import { recordChange, type Actor } from './record';
import { stmt } from './statements';

export interface NewElection {
  kind: ElectionKind;
  preset: PresetId;
  name: Localized;
  councilName: string | null;
  regionCode: string | null;
  electionDay: string;
  listMandates: number;
  profile: RuleProfile;
  commission: Commission;
}

export function insertElection(db: Database, who: Actor, e: NewElection): number {
  const { lastInsertRowid } = stmt(
    db,
    `INSERT INTO election (kind, preset, name_kk, name_ru, name_en, council_name, region_code, election_day,
       list_mandates, profile, created_at, commission_level, commission_kk, commission_ru, commission_en)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(e.kind, e.preset, e.name.kk, e.name.ru, e.name.en, e.councilName, e.regionCode, e.electionDay,
    e.listMandates, JSON.stringify(e.profile), who.at, e.commission.level, e.commission.name.kk, e.commission.name.ru, e.commission.name.en);
  const id = Number(lastInsertRowid);
  recordChange(db, who, 'election.create', 'election', id, e.councilName ?? e.name);
  return id;
}

interface ElectionRow {
  id: number;
  kind: ElectionKind;
  preset: PresetId;
  name_kk: string;
  name_ru: string;
  name_en: string;
  council_name: string | null;
  region_code: string | null;
  election_day: string;
  list_mandates: number;
  profile: string;
  created_at: string;
  voided_at: string | null;
  voided_by: string | null;
  void_reason: string;
  commission_level: CommissionLevel;
  commission_kk: string;
  commission_ru: string;
  commission_en: string;
  regions: number;
  districts: number;
  parties: number;
  nominations: number;
  utc_offset_hours: number | null;
}

/**
 * The offset of the commission's seat: the region of a maslikhat election, the capital for the Mazhilis (the Central
 * Election Commission sits in Astana). Its "today" and the time on its prints are taken there, never from the
 * machine's clock zone.
 */
const SEAT_OFFSET = `(SELECT r.utc_offset_hours FROM region r
    WHERE r.election_id = e.id AND r.code = coalesce(e.region_code, '${CAPITAL_REGION}')) AS utc_offset_hours`;

const SELECT = `SELECT e.*, ${SEAT_OFFSET},
  (SELECT count(*) FROM region r WHERE r.election_id = e.id) AS regions,
  (SELECT count(*) FROM district d WHERE d.election_id = e.id) AS districts,
  (SELECT count(*) FROM party p WHERE p.election_id = e.id) AS parties,
  (SELECT count(*) FROM nomination n WHERE n.election_id = e.id AND n.voided_at IS NULL) AS nominations
  FROM election e`;

/** An election as stored; the service adds what its preset says (how certain each setting is). */
export type ElectionRecord = Omit<ElectionView, 'certainty'>;

function readProfile(r: Pick<ElectionRow, 'profile' | 'preset'>): RuleProfile {
  return completeProfile(JSON.parse(r.profile) as Partial<RuleProfile>, r.preset);
}

function toView(r: ElectionRow): ElectionRecord {
  const profile = readProfile(r);
  return {
    id: r.id,
    kind: r.kind,
    preset: r.preset,
    name: { kk: r.name_kk, ru: r.name_ru, en: r.name_en },
    councilName: r.council_name,
    regionCode: r.region_code,
    electionDay: r.election_day,
    listMandates: r.list_mandates,
    maxListLength: maxListLength(r.list_mandates, profile),
    profile,
    counts: { regions: r.regions, districts: r.districts, parties: r.parties, nominations: r.nominations },
    createdAt: r.created_at,
    voided: voidingOf(r),
    utcOffsetHours: r.utc_offset_hours ?? DEFAULT_UTC_OFFSET_HOURS,
    commission: { level: r.commission_level, name: { kk: r.commission_kk, ru: r.commission_ru, en: r.commission_en } },
  };
}

export function getElection(db: Database, id: number): ElectionRecord | undefined {
  const row = stmt(db, `${SELECT} WHERE e.id = ?`).get(id) as ElectionRow | undefined;
  return row && toView(row);
}

/** The elections in the order they were created; those created in error only when asked for. */
export function listElections(db: Database, withVoided = false): ElectionRecord[] {
  const where = withVoided ? '' : 'WHERE e.voided_at IS NULL';
  return (stmt(db, `${SELECT} ${where} ORDER BY e.id`).all() as ElectionRow[]).map(toView);
}

/** Whether anything in the election is the commission's decision: a decided nomination or list, or entered votes. */
export function electionHasDecisions(db: Database, id: number): boolean {
  const row = stmt(
    db,
    `SELECT EXISTS (SELECT 1 FROM decision d JOIN nomination n ON n.id = d.nomination_id WHERE n.election_id = ?)
       OR EXISTS (SELECT 1 FROM party_list l WHERE l.election_id = ? AND (l.status <> 'submitted' OR l.votes IS NOT NULL))
       OR EXISTS (SELECT 1 FROM election e WHERE e.id = ? AND e.against_all IS NOT NULL) AS decided`,
  ).get(id, id, id) as { decided: number };
  return row.decided === 1;
}

/** The nominations of an election still standing as entered (not voided), by id. */
export function standingNominations(db: Database, id: number): { id: number; version: number }[] {
  return stmt(db, 'SELECT id, version FROM nomination WHERE election_id = ? AND voided_at IS NULL ORDER BY id').all(id) as {
    id: number;
    version: number;
  }[];
}

/** Marks an election as created in error: it keeps its data and leaves the picker. False when it already was. */
export function voidElection(db: Database, who: Actor, id: number, reason: string): boolean {
  const { changes } = stmt(db, 'UPDATE election SET voided_at = ?, voided_by = ?, void_reason = ? WHERE id = ? AND voided_at IS NULL').run(
    who.at,
    who.actor,
    reason,
    id,
  );
  if (changes === 0) return false;
  const e = stmt(db, 'SELECT council_name, name_kk, name_ru, name_en FROM election WHERE id = ?').get(id) as Pick<
    ElectionRow,
    'council_name' | 'name_kk' | 'name_ru' | 'name_en'
  >;
  recordChange(db, who, 'election.void', 'election', id, e.council_name ?? { kk: e.name_kk, ru: e.name_ru, en: e.name_en }, { reason });
  return true;
}

/**
 * What the rules need of an election: its kind, day, profile and the offset its dates are taken at (without the
 * counts, which cost a scan).
 */
export type ElectionRules = Pick<ElectionRecord, 'id' | 'kind' | 'electionDay' | 'profile' | 'utcOffsetHours' | 'voided'>;
type RulesRow = Pick<ElectionRow, 'id' | 'kind' | 'election_day' | 'profile' | 'preset' | 'utc_offset_hours' | 'voided_at' | 'voided_by' | 'void_reason'>;

const voidingOf = (r: Pick<ElectionRow, 'voided_at' | 'voided_by' | 'void_reason'>): ElectionRecord['voided'] =>
  r.voided_at === null ? null : { at: r.voided_at, by: r.voided_by ?? '', reason: r.void_reason };

const toRules = (r: RulesRow): ElectionRules => ({
  id: r.id,
  kind: r.kind,
  electionDay: r.election_day,
  profile: readProfile(r),
  utcOffsetHours: r.utc_offset_hours ?? DEFAULT_UTC_OFFSET_HOURS,
  voided: voidingOf(r),
});

const SELECT_RULES = `SELECT e.id, e.kind, e.election_day, e.profile, e.preset, e.voided_at, e.voided_by, e.void_reason, ${SEAT_OFFSET}
  FROM election e`;

export function getElectionRules(db: Database, id: number): ElectionRules | undefined {
  const row = stmt(db, `${SELECT_RULES} WHERE e.id = ?`).get(id) as RulesRow | undefined;
  return row && toRules(row);
}

/** Every election's rules, for checking many nominations at once. */
export function electionRules(db: Database): Map<number, ElectionRules> {
  const rows = stmt(db, `${SELECT_RULES} ORDER BY e.id`).all() as RulesRow[];
  return new Map(rows.map((r) => [r.id, toRules(r)]));
}

/**
 * Stores a changed rule profile. The journal row keeps, besides the election's new image, the settings that
 * changed as they were and as they are now, so the journal reads as the commission's decision to change them.
 */
export function updateElectionProfile(
  db: Database,
  who: Actor,
  id: number,
  profile: RuleProfile,
  settings: { before: Partial<RuleProfile>; after: Partial<RuleProfile> },
): void {
  stmt(db, 'UPDATE election SET profile = ? WHERE id = ?').run(JSON.stringify(profile), id);
  const e = stmt(db, 'SELECT council_name, name_kk, name_ru, name_en FROM election WHERE id = ?').get(id) as Pick<
    ElectionRow,
    'council_name' | 'name_kk' | 'name_ru' | 'name_en'
  >;
  recordChange(db, who, 'election.profile', 'election', id, e.council_name ?? { kk: e.name_kk, ru: e.name_ru, en: e.name_en }, {
    settings,
  });
}

/**
 * Stores the commission the election's documents are headed with. The journal row keeps the commission as it was
 * and as it is now, so that the journal reads as the change of whose documents these are.
 */
export function updateElectionCommission(db: Database, who: Actor, id: number, commission: Commission, before: Commission): void {
  stmt(db, 'UPDATE election SET commission_level = ?, commission_kk = ?, commission_ru = ?, commission_en = ? WHERE id = ?').run(
    commission.level,
    commission.name.kk,
    commission.name.ru,
    commission.name.en,
    id,
  );
  const e = stmt(db, 'SELECT council_name, name_kk, name_ru, name_en FROM election WHERE id = ?').get(id) as Pick<
    ElectionRow,
    'council_name' | 'name_kk' | 'name_ru' | 'name_en'
  >;
  recordChange(db, who, 'election.commission', 'election', id, e.council_name ?? { kk: e.name_kk, ru: e.name_ru, en: e.name_en }, {
    commission: { before, after: commission },
  });
}
