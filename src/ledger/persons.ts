import type { Database } from 'better-sqlite3';
import { foldedFullName, fullName, kazakhSortKey } from '../domain/names';
import type { Page, PersonView } from '../domain/records';
import type { DeclarationAnswer, PersonInput, ServiceRestriction } from '../domain/types';
import { recordChange, recordInserted, recordInsertedRows, type Actor } from './record';
import { ftsQuery } from './search';
import { stmt } from './statements';

interface PersonRow extends Record<string, unknown> {
  id: number;
  version: number;
  iin: string;
  surname: string;
  given_name: string;
  patronymic: string;
  birth_date: string;
  sex: PersonView['sex'];
  citizenship: PersonView['citizenship'];
  resident_since: string;
  disability: number;
  residence_region: string;
  residence_settlement: string;
  education: PersonView['education'];
  occupation: string;
  workplace: string;
  party_membership: string;
  nationality: string;
  decl_incapacity: DeclarationAnswer;
  decl_imprisonment: DeclarationAnswer;
  decl_criminal_record: DeclarationAnswer;
  decl_corruption: DeclarationAnswer;
  service_restriction: ServiceRestriction;
  created_at: string;
  updated_at: string;
}

export function toPersonView(r: PersonRow): PersonView {
  return {
    id: r.id,
    version: r.version,
    iin: r.iin,
    surname: r.surname,
    givenName: r.given_name,
    patronymic: r.patronymic,
    birthDate: r.birth_date,
    sex: r.sex,
    citizenship: r.citizenship,
    residentSince: r.resident_since,
    disability: r.disability === 1,
    residenceRegion: r.residence_region,
    residenceSettlement: r.residence_settlement,
    education: r.education,
    occupation: r.occupation,
    workplace: r.workplace,
    partyMembership: r.party_membership,
    nationality: r.nationality,
    declarations: {
      incapacity: r.decl_incapacity,
      imprisonment: r.decl_imprisonment,
      criminalRecord: r.decl_criminal_record,
      corruption: r.decl_corruption,
    },
    serviceRestriction: r.service_restriction,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function columns(p: PersonInput): unknown[] {
  const trimmed = { surname: p.surname.trim(), givenName: p.givenName.trim(), patronymic: p.patronymic.trim() };
  const name = fullName(trimmed);
  return [
    p.iin, trimmed.surname, trimmed.givenName, trimmed.patronymic, foldedFullName(trimmed), kazakhSortKey(name), p.birthDate,
    p.sex, p.citizenship, p.residentSince, p.disability ? 1 : 0, p.residenceRegion, p.residenceSettlement.trim(),
    p.education, p.occupation.trim(), p.workplace.trim(), p.partyMembership, p.nationality.trim(),
    p.declarations.incapacity, p.declarations.imprisonment, p.declarations.criminalRecord, p.declarations.corruption,
    p.serviceRestriction,
  ];
}

const COLUMNS = `iin, surname, given_name, patronymic, name_folded, name_sort, birth_date, sex, citizenship,
  resident_since, disability, residence_region, residence_settlement, education, occupation, workplace,
  party_membership, nationality, decl_incapacity, decl_imprisonment, decl_criminal_record, decl_corruption,
  service_restriction`;

const COLUMN_COUNT = COLUMNS.split(',').length;

/** A person as the journal names them: full name and IIN. */
export function personSubject(p: { surname: string; givenName: string; patronymic: string; iin: string }): string {
  return `${fullName({ surname: p.surname.trim(), givenName: p.givenName.trim(), patronymic: p.patronymic.trim() })}, ${p.iin}`;
}

/** `journal` adds to the journal row (an import names itself and the sheet row). */
export function insertPerson(db: Database, who: Actor, p: PersonInput, journal: Record<string, unknown> = {}): number {
  const inserted = stmt(
    db,
    `INSERT INTO person (${COLUMNS}, created_at, updated_at) VALUES (${'?, '.repeat(COLUMN_COUNT)}?, ?) RETURNING *`,
  ).get(...columns(p), who.at, who.at) as PersonRow;
  recordInserted(db, who, 'person.create', 'person', inserted, personSubject(p), journal);
  return inserted.id;
}

/** A person for `insertPersons`, with what its journal row adds (an import names itself and the sheet row). */
export interface NewPerson {
  person: PersonInput;
  journal?: Record<string, unknown>;
}

/** Rows per INSERT of `insertPersons`: 25 values each. */
export const PERSONS_PER_STATEMENT = 100;

/**
 * `insertPerson` for many persons, a hundred to a statement, each journaled as `insertPerson` journals it; the ids
 * in the order given. A statement per person, per nomination and per journal row was a fifth of an import's write:
 * 100,000 persons and nominations took 13.2–13.5 s so, 10.0–11.0 s in statements of a hundred (CPU time alike).
 */
export function insertPersons(db: Database, who: Actor, persons: readonly NewPerson[]): number[] {
  const ids: number[] = [];
  for (let from = 0; from < persons.length; from += PERSONS_PER_STATEMENT) {
    const part = persons.slice(from, from + PERSONS_PER_STATEMENT);
    const row = `(${'?, '.repeat(COLUMN_COUNT)}?, ?)`;
    const values = part.flatMap(({ person }) => [...columns(person), who.at, who.at]);
    const inserted = stmt(db, `INSERT INTO person (${COLUMNS}, created_at, updated_at) VALUES ${Array(part.length).fill(row).join(', ')} RETURNING *`)
      .all(...values) as PersonRow[];
    // SQLite does not promise RETURNING's order; the ids are given in the VALUES' order, so the rows sorted by id
    // are the persons in the order given. Their IINs (unique in the table) say so, or the write stops here.
    inserted.sort((a, b) => a.id - b.id);
    part.forEach(({ person }, i) => {
      if (inserted[i]?.iin !== person.iin) throw new Error('insertPersons: the inserted rows do not match the persons given');
    });
    recordInsertedRows(db, who, 'person.create', 'person', part.map(({ person, journal = {} }, i) => ({ inserted: inserted[i] as PersonRow, subject: personSubject(person), extra: journal })));
    for (const r of inserted) ids.push(r.id);
  }
  return ids;
}

/**
 * Updates a person if nobody changed it since `version` was read ('stale' when someone did). A save that changes
 * nothing writes nothing, and so journals nothing.
 */
export function updatePerson(db: Database, who: Actor, id: number, version: number, p: PersonInput): 'changed' | 'stale' | 'unchanged' {
  const stored = stmt(db, `SELECT ${COLUMNS} FROM person WHERE id = ? AND version = ?`).raw(true).get(id, version) as unknown[] | undefined;
  if (!stored) return 'stale';
  const next = columns(p);
  if (next.every((value, i) => value === stored[i])) return 'unchanged';
  const sets = COLUMNS.split(',').map((c) => `${c.trim()} = ?`).join(', ');
  const { changes } = stmt(
    db,
    `UPDATE person SET ${sets}, version = version + 1, updated_at = ? WHERE id = ? AND version = ?`,
  ).run(...next, who.at, id, version);
  if (changes === 0) return 'stale';
  recordChange(db, who, 'person.update', 'person', id, personSubject(p));
  return 'changed';
}

export function getPerson(db: Database, id: number): PersonView | undefined {
  const row = stmt(db, 'SELECT * FROM person WHERE id = ?').get(id) as PersonRow | undefined;
  return row && toPersonView(row);
}

export function personIdByIin(db: Database, iin: string): number | undefined {
  const row = stmt(db, 'SELECT id FROM person WHERE iin = ?').get(iin) as { id: number } | undefined;
  return row?.id;
}

/**
 * Persons whose IIN starts with the query's digits, or whose folded name has every word of the query as a word
 * prefix; in Kazakh alphabetical order.
 */
export function listPersons(db: Database, query: string, offset: number, limit: number): Page<PersonView> {
  const { where, params } = personMatch(query);
  const total = (stmt(db, `SELECT count(*) AS n FROM person p WHERE ${where}`).get(...params) as { n: number }).n;
  const rows = stmt(db, `SELECT p.* FROM person p WHERE ${where} ORDER BY p.name_sort, p.id LIMIT ? OFFSET ?`).all(
    ...params,
    limit,
    offset,
  ) as PersonRow[];
  return { rows: rows.map(toPersonView), total, offset };
}

/** The SQL condition on alias `p` (person) that a search text asks for. */
export function personMatch(query: string): { where: string; params: unknown[]; names: string | null } {
  const q = query.trim();
  if (q === '') return { where: '1', params: [], names: null };
  if (/^\d+$/.test(q)) return { where: 'p.iin >= ? AND p.iin < ?', params: [q, `${q}:`], names: null };
  const match = ftsQuery(q);
  if (match === null) return { where: '0', params: [], names: null };
  return { where: `p.id IN (${NAMED})`, params: [match], names: match };
}

/** The ids of the persons whose names match an FTS5 query (`ftsQuery`), for `IN (…)`. */
export const NAMED = 'SELECT rowid FROM person_name WHERE person_name MATCH ?';
