import type { Database } from 'better-sqlite3';
import type { NominationKind, NominationStatus, RegionKind } from '../domain/types';
import { stmt } from './statements';

// The candidates of a printed document in one query: a party's list or a district's candidates, each with what a
// commission publishes of them (occupation, workplace, residence, party membership) and the names of the region and
// the parties it needs, in the three languages, so the service picks the reader's.

export interface PrintRecord {
  nominationId: number;
  position: number | null;
  kind: NominationKind;
  status: NominationStatus;
  surname: string;
  givenName: string;
  patronymic: string;
  birthDate: string;
  occupation: string;
  workplace: string;
  residenceRegion: string;
  residenceSettlement: string;
  regionKk: string | null;
  regionRu: string | null;
  regionEn: string | null;
  /** Null when the stored region is not one of the election's (a text an old import left). */
  regionKind: RegionKind | null;
  partyMembership: string;
  memberKk: string | null;
  memberRu: string | null;
  memberEn: string | null;
  associationName: string;
  nominatorKk: string | null;
  nominatorRu: string | null;
  nominatorEn: string | null;
  nameSort: string;
}

const SELECT = `SELECT n.id AS nominationId, n.list_position AS position, n.kind, n.status, p.surname,
    p.given_name AS givenName, p.patronymic, p.birth_date AS birthDate, p.occupation, p.workplace,
    p.residence_region AS residenceRegion, p.residence_settlement AS residenceSettlement,
    r.name_kk AS regionKk, r.name_ru AS regionRu, r.name_en AS regionEn, r.kind AS regionKind,
    p.party_membership AS partyMembership, pm.name_kk AS memberKk, pm.name_ru AS memberRu, pm.name_en AS memberEn,
    n.association_name AS associationName, np.name_kk AS nominatorKk, np.name_ru AS nominatorRu, np.name_en AS nominatorEn,
    p.name_sort AS nameSort
  FROM nomination n JOIN person p ON p.id = n.person_id
    LEFT JOIN region r ON r.election_id = n.election_id AND r.code = p.residence_region
    LEFT JOIN party pm ON pm.election_id = n.election_id AND pm.code = p.party_membership
    LEFT JOIN party np ON np.id = n.party_id`;

/** A party's list candidates still standing (nominated or registered), in submitted order. */
export function partyListForPrint(db: Database, electionId: number, partyId: number): PrintRecord[] {
  return stmt(
    db,
    `${SELECT} WHERE n.election_id = ? AND n.kind = 'party-list' AND n.party_id = ? AND n.status IN ('nominated', 'registered')
       AND n.voided_at IS NULL
     ORDER BY n.list_position IS NULL, n.list_position, n.id`,
  ).all(electionId, partyId) as PrintRecord[];
}

/** A district's candidates still standing, in Kazakh alphabetical order of their names. */
export function districtForPrint(db: Database, electionId: number, districtId: number): PrintRecord[] {
  return stmt(
    db,
    `${SELECT} WHERE n.election_id = ? AND n.district_id = ? AND n.status IN ('nominated', 'registered') AND n.voided_at IS NULL
     ORDER BY p.name_sort, n.id`,
  ).all(electionId, districtId) as PrintRecord[];
}
