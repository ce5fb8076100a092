import type { Finding } from '../finding';

/** Another person on file with the same folded surname, given name, patronymic and birth date, under another IIN. */
export interface Namesake {
  personId: number;
  iin: string;
}

/**
 * The same person may have been entered twice under two valid IINs (a typing slip in one digit of a date, a second
 * number): a warning naming the other, until the commission records that the two are different people.
 */
export function namesakeFindings(namesakes: readonly Namesake[]): Finding[] {
  return namesakes.map((n) => ({
    rule: 'person.namesake',
    severity: 'warning',
    field: 'iin',
    messageKey: 'finding.person.namesake',
    params: { iin: n.iin, personId: n.personId },
  }));
}
