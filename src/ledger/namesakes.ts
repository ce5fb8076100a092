import type { Database } from 'better-sqlite3';
import { foldedFullName } from '../domain/names';
import type { Namesake } from '../domain/rules';
import { personSubject } from './persons';
import { recordChange, type Actor } from './record';
import { stmt } from './statements';

// Persons with the same folded full name and birth date but another IIN (issue 11), less the pairs the commission has
// said are different people. Found by the person_namesake index: one lookup for a person, one pass for a ledger.

/** The persons who share this name and birth date, other than `self` and those said to be someone else. */
export function namesakesOf(
  db: Database,
  person: { surname: string; givenName: string; patronymic: string; birthDate: string; iin: string },
  self: number | null,
): Namesake[] {
  const key = foldedFullName(person);
  if (key === '' || person.birthDate === '') return [];
  return stmt(
    db,
    `SELECT p.id AS personId, p.iin FROM person p WHERE p.name_folded = ? AND p.birth_date = ? AND p.iin <> ? AND p.id IS NOT ?
       AND NOT EXISTS (SELECT 1 FROM person_distinction d WHERE (d.person_id = p.id AND d.other_id = ?) OR (d.other_id = p.id AND d.person_id = ?))
     ORDER BY p.id`,
  ).all(key, person.birthDate, person.iin, self, self, self) as Namesake[];
}

/** Every person who has a namesake, with their namesakes: the whole ledger in one pass over the index. */
export function allNamesakes(db: Database): Map<number, Namesake[]> {
  const rows = stmt(
    db,
    `SELECT a.id AS personId, b.id AS otherId, b.iin AS otherIin
     FROM (SELECT name_folded, birth_date FROM person WHERE birth_date <> '' GROUP BY name_folded, birth_date HAVING count(*) > 1) g
     JOIN person a ON a.name_folded = g.name_folded AND a.birth_date = g.birth_date
     JOIN person b ON b.name_folded = g.name_folded AND b.birth_date = g.birth_date AND b.id <> a.id
     WHERE NOT EXISTS (SELECT 1 FROM person_distinction d WHERE d.person_id = min(a.id, b.id) AND d.other_id = max(a.id, b.id))
     ORDER BY a.id, b.id`,
  ).all() as { personId: number; otherId: number; otherIin: string }[];
  const out = new Map<number, Namesake[]>();
  for (const r of rows) {
    const list = out.get(r.personId);
    const namesake = { personId: r.otherId, iin: r.otherIin };
    if (list) list.push(namesake);
    else out.set(r.personId, [namesake]);
  }
  return out;
}

/** The persons who now share a name and birth date with any of these persons (distinctions aside). */
export function namesakesOfPersons(db: Database, personIds: readonly number[]): number[] {
  const rows = stmt(
    db,
    `SELECT DISTINCT b.id FROM person a JOIN person b ON b.name_folded = a.name_folded AND b.birth_date = a.birth_date AND b.id <> a.id
     WHERE a.id IN (SELECT value FROM json_each(?)) AND a.birth_date <> ''`,
  )
    .pluck()
    .all(JSON.stringify(personIds)) as number[];
  return rows;
}

export function isDistinguished(db: Database, a: number, b: number): boolean {
  return stmt(db, 'SELECT 1 FROM person_distinction WHERE person_id = ? AND other_id = ?').get(Math.min(a, b), Math.max(a, b)) !== undefined;
}

/** Records that two persons with the same name and birth date are different people, journaled. */
export function insertDistinction(db: Database, who: Actor, a: number, b: number): number {
  const [first, second] = a < b ? [a, b] : [b, a];
  const { lastInsertRowid } = stmt(db, 'INSERT INTO person_distinction (person_id, other_id, created_at) VALUES (?, ?, ?)').run(first, second, who.at);
  const id = Number(lastInsertRowid);
  const names = stmt(db, 'SELECT surname, given_name AS givenName, patronymic, iin FROM person WHERE id IN (?, ?) ORDER BY id').all(first, second) as {
    surname: string;
    givenName: string;
    patronymic: string;
    iin: string;
  }[];
  recordChange(db, who, 'person_distinction.create', 'person_distinction', id, names.map(personSubject).join(' ≠ '));
  return id;
}
