import type { Database } from 'better-sqlite3';
import type { Finding } from '../domain/finding';
import { foldedFullName } from '../domain/names';
import { namesakeFindings, type NamesakeRow } from '../domain/rules';
import type { PersonInput } from '../domain/types';
import { personsUnderEach, toldApart } from '../ledger/namesakes';

// The same person under another IIN (issue 11), in an import's preview: the form's rule, with the same folding, for
// each row that would be recorded: against the persons on file (the person_namesake index, a thousand rows a query,
// the pairs the commission told apart left out), and against the file's other rows of persons not yet on file.

export interface RowOfPerson {
  row: number;
  iin: string;
  /** The person on file with the row's IIN, or null for one the import would add. */
  personId: number | null;
  person: PersonInput;
}

/** Each row's namesake findings; a row without any is not in the map. */
export function importNamesakes<R extends RowOfPerson>(db: Database, rows: readonly R[]): Map<R, Finding[]> {
  const names = rows.map((r) => foldedFullName(r.person));
  const keys = rows.map((r, i) => (names[i] === '' || r.person.birthDate === '' ? '' : `${names[i]}|${r.person.birthDate}`));
  const byKey = new Map<string, R[]>();
  rows.forEach((r, i) => {
    const key = keys[i] ?? '';
    if (key === '') return;
    const same = byKey.get(key);
    if (same) same.push(r);
    else byKey.set(key, [r]);
  });
  // The lookup of namesakesUnder, a thousand keys a query; its conditions on each row applied here.
  const underKey = personsUnderEach(db, [...byKey.keys()]);
  const out = new Map<R, Finding[]>();
  rows.forEach((r, i) => {
    const under = underKey.get(keys[i] ?? '');
    const self = r.personId;
    const onFile = under
      ? under.filter((p) => p.iin !== r.person.iin && p.personId !== self && (self === null || !toldApart(db, p.personId, self))).sort((a, b) => a.personId - b.personId)
      : [];
    // A person on file among the file's rows is already named by the lookup: the file adds only those not on file.
    const same = byKey.get(keys[i] ?? '');
    const inFile: NamesakeRow[] = same && same.length > 1
      ? same.filter((o) => o !== r && o.personId === null && o.iin !== r.iin).map((o) => ({ row: o.row, iin: o.iin }))
      : [];
    if (onFile.length + inFile.length > 0) out.set(r, namesakeFindings([...onFile, ...inFile]));
  });
  return out;
}
