import type { Database } from 'better-sqlite3';
import { foldedFullName } from '../domain/names';
import type { Namesake } from '../domain/rules';
import { personSubject } from './persons';
import { recordChange, type Actor } from './record';
import { stmt } from './statements';

// Persons with the same folded full name and birth date but another IIN (issue 11), less the pairs the commission has
// said are different people (and not taken back since: person_distinction_standing). Found by the person_namesake
// index: one lookup for a person, one pass for a ledger.

/** The persons who share this name and birth date, other than `self` and those said to be someone else. */
export function namesakesOf(
  db: Database,
  person: { surname: string; givenName: string; patronymic: string; birthDate: string; iin: string },
  self: number | null,
): Namesake[] {
  return namesakesUnder(db, foldedFullName(person), person.birthDate, person.iin, self);
}

/** `namesakesOf` for a name already folded (`foldedFullName`): an import folds each row's name once. */
export function namesakesUnder(db: Database, nameFolded: string, birthDate: string, iin: string, self: number | null): Namesake[] {
  if (nameFolded === '' || birthDate === '') return [];
  const found = stmt(
    db,
    `SELECT p.id AS personId, p.iin FROM person p WHERE p.name_folded = ? AND p.birth_date = ? AND p.iin <> ? AND p.id IS NOT ?
       AND NOT EXISTS (SELECT 1 FROM person_distinction_standing d WHERE (d.person_id = p.id AND d.other_id = ?) OR (d.other_id = p.id AND d.person_id = ?))`,
  )
    .all(nameFolded, birthDate, iin, self, self, self) as Namesake[];
  // Sorted here rather than by SQL: an ORDER BY costs the lookup a sorter each time, a sixfold cost on an import's
  // 100,000 lookups that nearly all find no one.
  return found.length > 1 ? found.sort((a, b) => a.personId - b.personId) : found;
}

/** How many (name, birth date) keys one query of `personsUnderEach` looks up. */
const KEYS_A_QUERY = 1000;

/**
 * The persons on file under each `folded name|birth date` key, as an import asks for its rows: a thousand keys a
 * query through the person_namesake index rather than one statement a row (100,000 statement calls were 5 % of a
 * 100,000-row preview, profiled). Only keys someone is under are in the map; `namesakesUnder`'s other conditions
 * (another IIN, not the person, not told apart: `toldApart`) are the caller's, for the few rows that have any.
 */
export function personsUnderEach(db: Database, keys: readonly string[]): Map<string, Namesake[]> {
  const lookup = stmt(
    db,
    `SELECT j.key AS i, p.id AS personId, p.iin FROM json_each(?) j
       JOIN person p ON p.name_folded = j.value ->> 0 AND p.birth_date = j.value ->> 1`,
  );
  const out = new Map<string, Namesake[]>();
  for (let at = 0; at < keys.length; at += KEYS_A_QUERY) {
    const chunk = keys.slice(at, at + KEYS_A_QUERY);
    const pairs = chunk.map((key) => {
      const bar = key.lastIndexOf('|');
      return [key.slice(0, bar), key.slice(bar + 1)];
    });
    for (const { i, personId, iin } of lookup.all(JSON.stringify(pairs)) as { i: number; personId: number; iin: string }[]) {
      const key = chunk[i] ?? '';
      const found = out.get(key);
      if (found) found.push({ personId, iin });
      else out.set(key, [{ personId, iin }]);
    }
  }
  return out;
}

/** Has the commission said these two are different people (and not taken it back), either way round? */
export function toldApart(db: Database, personId: number, otherId: number): boolean {
  return (
    stmt(db, 'SELECT 1 FROM person_distinction_standing d WHERE (d.person_id = ? AND d.other_id = ?) OR (d.other_id = ? AND d.person_id = ?)').get(
      personId,
      otherId,
      personId,
      otherId,
    ) !== undefined
  );
}

/** Every person who has a namesake, with their namesakes: the whole ledger in one pass over the index. */
export function allNamesakes(db: Database): Map<number, Namesake[]> {
  const rows = stmt(
    db,
    `SELECT a.id AS personId, b.id AS otherId, b.iin AS otherIin
     FROM (SELECT name_folded, birth_date FROM person WHERE birth_date <> '' GROUP BY name_folded, birth_date HAVING count(*) > 1) g
     JOIN person a ON a.name_folded = g.name_folded AND a.birth_date = g.birth_date
     JOIN person b ON b.name_folded = g.name_folded AND b.birth_date = g.birth_date AND b.id <> a.id
     WHERE NOT EXISTS (SELECT 1 FROM person_distinction_standing d WHERE d.person_id = min(a.id, b.id) AND d.other_id = max(a.id, b.id))
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

/** Does the statement that these two are different people stand (made, and not taken back since)? */
export function isDistinguished(db: Database, a: number, b: number): boolean {
  return stmt(db, 'SELECT 1 FROM person_distinction_standing WHERE person_id = ? AND other_id = ?').get(Math.min(a, b), Math.max(a, b)) !== undefined;
}

/** The pair's statement as made, standing or taken back; undefined when the pair was never told apart. */
function distinctionOf(db: Database, a: number, b: number): number | undefined {
  return stmt(db, 'SELECT id FROM person_distinction WHERE person_id = ? AND other_id = ?')
    .pluck()
    .get(Math.min(a, b), Math.max(a, b)) as number | undefined;
}

/** Someone this person has been said to be different from, as the form lists them for a take-back. */
export interface Distinguished {
  personId: number;
  iin: string;
  surname: string;
  givenName: string;
  patronymic: string;
  /** When the statement that stands was made (its renewal's time for one marked again). */
  since: string;
}

/** The persons this person stands distinguished from, in the order they were entered. */
export function distinguishedFrom(db: Database, personId: number): Distinguished[] {
  return stmt(
    db,
    `SELECT p.id AS personId, p.iin, p.surname, p.given_name AS givenName, p.patronymic,
       coalesce((SELECT c.created_at FROM person_distinction_change c WHERE c.distinction_id = d.id ORDER BY c.id DESC LIMIT 1), d.created_at) AS since
     FROM person_distinction_standing d JOIN person p ON p.id = CASE WHEN d.person_id = ? THEN d.other_id ELSE d.person_id END
     WHERE d.person_id = ? OR d.other_id = ? ORDER BY p.id`,
  ).all(personId, personId, personId) as Distinguished[];
}

function pairSubject(db: Database, first: number, second: number): string {
  const names = stmt(db, 'SELECT surname, given_name AS givenName, patronymic, iin FROM person WHERE id IN (?, ?) ORDER BY id').all(first, second) as {
    surname: string;
    givenName: string;
    patronymic: string;
    iin: string;
  }[];
  return names.map(personSubject).join(' ≠ ');
}

/**
 * Records that two persons with the same name and birth date are different people, journaled: the pair's statement
 * the first time, a renewal of it when it was taken back before. Nothing when it stands already.
 */
export function markDistinct(db: Database, who: Actor, a: number, b: number): void {
  if (isDistinguished(db, a, b)) return;
  const made = distinctionOf(db, a, b);
  if (made === undefined) insertDistinction(db, who, a, b);
  else changeDistinction(db, who, made, 1, '', a, b);
}

/** Takes back the statement that two persons are different people, with the reason; false when it does not stand. */
export function withdrawDistinction(db: Database, who: Actor, a: number, b: number, reason: string): boolean {
  const made = distinctionOf(db, a, b);
  if (made === undefined || !isDistinguished(db, a, b)) return false;
  changeDistinction(db, who, made, 0, reason, a, b);
  return true;
}

function changeDistinction(db: Database, who: Actor, distinctionId: number, stands: 0 | 1, reason: string, a: number, b: number): void {
  const { lastInsertRowid } = stmt(db, 'INSERT INTO person_distinction_change (distinction_id, stands, reason, created_at) VALUES (?, ?, ?, ?)').run(
    distinctionId,
    stands,
    reason,
    who.at,
  );
  const action = stands === 1 ? 'person_distinction.renew' : 'person_distinction.withdraw';
  // The pair rides along in the entry, so that whoever follows the journal knows whose findings it changes.
  recordChange(db, who, action, 'person_distinction_change', Number(lastInsertRowid), pairSubject(db, Math.min(a, b), Math.max(a, b)), {
    pair: [Math.min(a, b), Math.max(a, b)],
  });
}

/** Records that two persons with the same name and birth date are different people, journaled. */
function insertDistinction(db: Database, who: Actor, a: number, b: number): number {
  const [first, second] = a < b ? [a, b] : [b, a];
  const { lastInsertRowid } = stmt(db, 'INSERT INTO person_distinction (person_id, other_id, created_at) VALUES (?, ?, ?)').run(first, second, who.at);
  const id = Number(lastInsertRowid);
  recordChange(db, who, 'person_distinction.create', 'person_distinction', id, pairSubject(db, first, second));
  return id;
}
