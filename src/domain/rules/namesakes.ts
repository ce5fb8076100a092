import type { Finding } from '../finding';

/** Another person on file with the same folded surname, given name, patronymic and birth date, under another IIN. */
export interface Namesake {
  personId: number;
  iin: string;
}

/** Another row of the same import file, of a person not on file, with the same name and birth date under another IIN. */
export interface NamesakeRow {
  row: number;
  iin: string;
}

/**
 * The same person may have been entered twice under two valid IINs (a typing slip in one digit of a date, a second
 * number): a warning naming the other, until the commission records that the two are different people.
 */
export function namesakeFindings(namesakes: readonly (Namesake | NamesakeRow)[]): Finding[] {
  return namesakes.map((n): Finding => ({
    rule: 'person.namesake',
    severity: 'warning',
    field: 'iin',
    messageKey: 'finding.person.namesake',
    params: 'row' in n ? { iin: n.iin, row: n.row } : { iin: n.iin, personId: n.personId },
  }));
}
