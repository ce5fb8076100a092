import type { Database } from 'better-sqlite3';
import type { DistrictView, PartyView, RegionView } from '../domain/records';
import type { DepositStatus, Localized, RegionKind } from '../domain/types';
import { recordChange, type Actor } from './record';
import { stmt } from './statements';

// Regions, districts and parties: the reference data an election is created with.

export function insertRegion(
  db: Database,
  who: Actor,
  electionId: number,
  r: { code: string; kind: RegionKind; name: Localized; utcOffsetHours: number },
): number {
  const { lastInsertRowid } = stmt(
    db,
    'INSERT INTO region (election_id, code, kind, name_kk, name_ru, name_en, utc_offset_hours) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(electionId, r.code, r.kind, r.name.kk, r.name.ru, r.name.en, r.utcOffsetHours);
  const id = Number(lastInsertRowid);
  recordChange(db, who, 'region.create', 'region', id, r.name);
  return id;
}

export function insertDistrict(
  db: Database,
  who: Actor,
  electionId: number,
  d: { number: number; regionId: number; name: Localized },
): number {
  const { lastInsertRowid } = stmt(
    db,
    'INSERT INTO district (election_id, number, region_id, name_kk, name_ru, name_en) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(electionId, d.number, d.regionId, d.name.kk, d.name.ru, d.name.en);
  const id = Number(lastInsertRowid);
  recordChange(db, who, 'district.create', 'district', id, `№ ${d.number}`);
  return id;
}

export function insertParty(
  db: Database,
  who: Actor,
  electionId: number,
  p: { code: string; shortName: string; name: Localized; short: Localized; ballotOrder: number },
): number {
  const { lastInsertRowid } = stmt(
    db,
    `INSERT INTO party (election_id, code, short_name, name_kk, name_ru, name_en, short_kk, short_ru, short_en, ballot_order)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(electionId, p.code, p.shortName, p.name.kk, p.name.ru, p.name.en, p.short.kk, p.short.ru, p.short.en, p.ballotOrder);
  const id = Number(lastInsertRowid);
  recordChange(db, who, 'party.create', 'party', id, p.shortName);
  return id;
}

export function listRegions(db: Database, electionId: number): RegionView[] {
  const rows = stmt(db, 'SELECT * FROM region WHERE election_id = ? ORDER BY id').all(electionId) as {
    id: number; code: string; kind: RegionKind; name_kk: string; name_ru: string; name_en: string; utc_offset_hours: number;
  }[];
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    kind: r.kind,
    name: { kk: r.name_kk, ru: r.name_ru, en: r.name_en },
    utcOffsetHours: r.utc_offset_hours,
  }));
}

export function listDistricts(db: Database, electionId: number): DistrictView[] {
  const rows = stmt(
    db,
    `SELECT d.*, r.code AS region_code FROM district d JOIN region r ON r.id = d.region_id
     WHERE d.election_id = ? ORDER BY d.number`,
  ).all(electionId) as {
    id: number; number: number; region_id: number; region_code: string; name_kk: string; name_ru: string; name_en: string;
  }[];
  return rows.map((d) => ({
    id: d.id,
    number: d.number,
    regionId: d.region_id,
    regionCode: d.region_code,
    name: { kk: d.name_kk, ru: d.name_ru, en: d.name_en },
  }));
}

interface PartyRow {
  id: number;
  election_id: number;
  code: string;
  short_name: string;
  name_kk: string;
  name_ru: string;
  name_en: string;
  short_kk: string;
  short_ru: string;
  short_en: string;
  ballot_order: number;
  deposit_status: DepositStatus;
}

/** A party's short names per language; one not given (a party added by hand) is the Latin short name. */
export function shortNames(p: Pick<PartyRow, 'short_name' | 'short_kk' | 'short_ru' | 'short_en'>): Localized {
  const short = (text: string): string => (text === '' ? p.short_name : text);
  return { kk: short(p.short_kk), ru: short(p.short_ru), en: short(p.short_en) };
}

function toPartyView(p: PartyRow): PartyView {
  return {
    id: p.id,
    code: p.code,
    shortName: p.short_name,
    name: { kk: p.name_kk, ru: p.name_ru, en: p.name_en },
    short: shortNames(p),
    ballotOrder: p.ballot_order,
    depositStatus: p.deposit_status,
  };
}

export function listParties(db: Database, electionId: number): PartyView[] {
  const rows = stmt(db, 'SELECT * FROM party WHERE election_id = ? ORDER BY ballot_order, id').all(electionId) as PartyRow[];
  return rows.map(toPartyView);
}

export function getParty(db: Database, id: number): (PartyView & { electionId: number }) | undefined {
  const row = stmt(db, 'SELECT * FROM party WHERE id = ?').get(id) as PartyRow | undefined;
  return row && { ...toPartyView(row), electionId: row.election_id };
}

/** Records the party's deposit status (its result at the previous Mazhilis election decides it, domain §5). */
export function updatePartyDeposit(db: Database, who: Actor, id: number, status: DepositStatus): void {
  stmt(db, 'UPDATE party SET deposit_status = ? WHERE id = ?').run(status, id);
  const party = stmt(db, 'SELECT short_name FROM party WHERE id = ?').get(id) as { short_name: string };
  recordChange(db, who, 'party.update', 'party', id, party.short_name);
}

/** The election a district or party belongs to, or undefined when there is no such row. */
export function electionOf(db: Database, table: 'district' | 'party', id: number): number | undefined {
  const row = stmt(db, `SELECT election_id FROM ${table} WHERE id = ?`).get(id) as { election_id: number } | undefined;
  return row?.election_id;
}
