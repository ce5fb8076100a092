import type { Database } from 'better-sqlite3';
import { regionResolver } from '../../domain/place-names';
import { REFERENCE } from '../../domain/reference';
import { personSubject } from '../persons';
import { recordChange, type Actor } from '../record';

// A person's region of residence is one of the election's regions, by its code: imports stored the text of the cell
// («город Астана», «Акмолинская обл.»), which the form could not show, prints left in the file's language and the
// statistics counted apart (issue 11). Each text that names a region is replaced by the region's code, journaled;
// a text that names none is left as it was, for `tizim check` to list.

export const regionCodes = '';

export function resolvePersonRegions(db: Database, who: Actor): void {
  const codes = new Set(REFERENCE.regions.map((r) => r.code));
  const resolve = regionResolver(REFERENCE.regions);
  const persons = db
    .prepare("SELECT id, surname, given_name, patronymic, iin, residence_region FROM person WHERE residence_region <> '' ORDER BY id")
    .all() as { id: number; surname: string; given_name: string; patronymic: string; iin: string; residence_region: string }[];
  const set = db.prepare('UPDATE person SET residence_region = ?, version = version + 1, updated_at = ? WHERE id = ?');
  for (const p of persons) {
    if (codes.has(p.residence_region)) continue;
    const code = resolve(p.residence_region);
    if (code === null) continue;
    set.run(code, who.at, p.id);
    const subject = personSubject({ surname: p.surname, givenName: p.given_name, patronymic: p.patronymic, iin: p.iin });
    recordChange(db, who, 'person.update', 'person', p.id, subject, { migration: 6, region: { before: p.residence_region, after: code } });
  }
}
