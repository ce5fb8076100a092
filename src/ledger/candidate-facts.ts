import type { Database } from 'better-sqlite3';
import { fullName } from '../domain/names';
import type { NominationFacts } from '../domain/rules';
import type {
  Citizenship,
  DeclarationAnswer,
  Documents,
  EducationLevel,
  NominationInput,
  NominationKind,
  NominationStatus,
  PersonInput,
  ServiceRestriction,
  Sex,
} from '../domain/types';
import { stmt } from './statements';

// What the rules read, loaded in bulk: every nomination of an election with its person in one query, and the
// nominations of every person who has more than one, for the cross-candidate rules. An entry made in error (voided)
// is nobody's nomination: the rules never see it.

export interface StoredCandidate {
  nominationId: number;
  electionId: number;
  personId: number;
  fullName: string;
  status: NominationStatus;
  person: PersonInput;
  nomination: NominationInput & { kind: NominationKind };
}

// Rows come as arrays (better-sqlite3's raw mode) and are read by position: 100,000 rows of 30 columns as objects
// cost more than the rules that read them.
const COLUMNS = `n.id, n.election_id, n.status, n.kind, n.party_id, n.association_name, n.district_id, n.list_position,
  n.received_on, n.received_time, n.documents, p.id, p.surname, p.given_name, p.patronymic, p.iin, p.birth_date, p.sex,
  p.citizenship, p.resident_since, p.disability, p.residence_region, p.residence_settlement, p.education, p.occupation,
  p.workplace, p.party_membership, p.nationality, p.decl_incapacity, p.decl_imprisonment, p.decl_criminal_record,
  p.decl_corruption, p.service_restriction`;

type Row = [
  number, number, NominationStatus, NominationKind, number | null, string, number | null, number | null,
  string, string, string, number, string, string, string, string, string, Sex,
  Citizenship, string, number, string, string, EducationLevel | '', string,
  string, string, string, DeclarationAnswer, DeclarationAnswer, DeclarationAnswer,
  DeclarationAnswer, ServiceRestriction,
];

/**
 * Every nomination of an election with its person, in the order they were entered. The nomination table is read
 * straight through rather than by its election index: a whole election is most of a ledger, and rows in table order
 * with one person lookup each cost half of what index order with two lookups does (measured at 100,000).
 */
export function electionCandidates(db: Database, electionId: number): StoredCandidate[] {
  const rows = stmt(
    db,
    `SELECT ${COLUMNS} FROM nomination n NOT INDEXED CROSS JOIN person p ON p.id = n.person_id WHERE n.election_id = ?
       AND n.voided_at IS NULL ORDER BY n.id`,
  ).raw(true);
  return toCandidates(rows.iterate(electionId) as IterableIterator<Row>);
}

/** The nominations of an election that belong to the given persons, with their persons. */
export function candidatesOfPersons(db: Database, electionId: number, personIds: readonly number[]): StoredCandidate[] {
  const rows = stmt(
    db,
    `SELECT ${COLUMNS} FROM person p CROSS JOIN nomination n ON n.person_id = p.id
     WHERE p.id IN (SELECT value FROM json_each(?)) AND n.election_id = ? AND n.voided_at IS NULL ORDER BY n.id`,
  ).raw(true);
  return toCandidates(rows.iterate(JSON.stringify(personIds), electionId) as IterableIterator<Row>);
}

/** The persons nominated by these parties in an election (on their lists or in districts), each once. */
export function personsOfParties(db: Database, electionId: number, partyIds: readonly number[]): number[] {
  return stmt(
    db,
    `SELECT DISTINCT person_id FROM nomination WHERE election_id = ? AND party_id IN (SELECT value FROM json_each(?)) AND voided_at IS NULL`,
  )
    .pluck()
    .all(electionId, JSON.stringify(partyIds)) as number[];
}

function toCandidates(rows: IterableIterator<Row>): StoredCandidate[] {
  // The same few documents checklists recur: each distinct text is parsed once and its object shared, read-only.
  const checklists = new Map<string, Documents>();
  const out: StoredCandidate[] = [];
  for (const r of rows) {
    let documents = checklists.get(r[10]);
    if (!documents) {
      documents = JSON.parse(r[10]) as Documents;
      checklists.set(r[10], documents);
    }
    const person: PersonInput = {
      surname: r[12],
      givenName: r[13],
      patronymic: r[14],
      iin: r[15],
      birthDate: r[16],
      sex: r[17],
      citizenship: r[18],
      residentSince: r[19],
      disability: r[20] === 1,
      residenceRegion: r[21],
      residenceSettlement: r[22],
      education: r[23],
      occupation: r[24],
      workplace: r[25],
      partyMembership: r[26],
      nationality: r[27],
      declarations: { incapacity: r[28], imprisonment: r[29], criminalRecord: r[30], corruption: r[31] },
      serviceRestriction: r[32],
    };
    out.push({
      nominationId: r[0],
      electionId: r[1],
      personId: r[11],
      fullName: fullName(person),
      status: r[2],
      person,
      nomination: {
        kind: r[3],
        partyId: r[4],
        associationName: r[5],
        districtId: r[6],
        listPosition: r[7],
        receivedOn: r[8],
        receivedTime: r[9],
        documents,
      },
    });
  }
  return out;
}

const FACTS = `SELECT n.id AS nominationId, n.person_id AS personId, n.election_id AS electionId, e.kind AS electionKind,
  n.kind, n.party_id AS partyId, n.district_id AS districtId, n.status FROM nomination n JOIN election e ON e.id = n.election_id`;
const STANDING = 'n.voided_at IS NULL';

/** The nominations of every person nominated more than once, in any election: all the cross rules can see. */
export function repeatedNominations(db: Database): NominationFacts[] {
  return stmt(
    db,
    `${FACTS} WHERE ${STANDING} AND n.person_id IN
       (SELECT person_id FROM nomination WHERE voided_at IS NULL GROUP BY person_id HAVING count(*) > 1)`,
  ).all() as NominationFacts[];
}

/** One person's nominations in every election. */
export function personNominations(db: Database, personId: number): NominationFacts[] {
  return stmt(db, `${FACTS} WHERE n.person_id = ? AND ${STANDING}`).all(personId) as NominationFacts[];
}

/** The nominations of several persons in every election. */
export function nominationsOfPersons(db: Database, personIds: readonly number[]): NominationFacts[] {
  return stmt(db, `${FACTS} WHERE n.person_id IN (SELECT value FROM json_each(?)) AND ${STANDING}`).all(
    JSON.stringify(personIds),
  ) as NominationFacts[];
}
