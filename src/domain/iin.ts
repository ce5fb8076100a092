import { isRealIsoDate } from './dates';
import type { Sex } from './types';

// The individual identification number (ЖСН / ИИН), domain §7: YYMMDD, a century-and-sex digit, a serial of four
// digits and a check digit computed with weights 1..11, or 3..11,1,2 when the first pass gives 10.

const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

function weighted(digits: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits[i] ?? 0) * (weights[i] ?? 0);
  return sum % 11;
}

/** The check digit for the first eleven digits, or null when both passes give 10 (no valid IIN has that prefix). */
export function iinCheckDigit(first11: string): number | null {
  const digits = [...first11].map(Number);
  const first = weighted(digits, FIRST_WEIGHTS);
  if (first !== 10) return first;
  const second = weighted(digits, SECOND_WEIGHTS);
  return second === 10 ? null : second;
}

/** `noCheckDigit`: no digit can end these first eleven (both passes give 10), so no such IIN is ever issued. */
export type IinProblem = 'empty' | 'length' | 'digits' | 'checksum' | 'noCheckDigit';

export interface IinFacts {
  /** ISO birth date encoded in the IIN, or null when the digits are not a real date. */
  birthDate: string | null;
  sex: Sex | null;
}

export function iinProblem(iin: string): IinProblem | null {
  if (iin === '') return 'empty';
  if (!/^\d*$/.test(iin)) return 'digits';
  if (iin.length !== 12) return 'length';
  const check = iinCheckDigit(iin.slice(0, 11));
  if (check === null) return 'noCheckDigit';
  return check === Number(iin[11]) ? null : 'checksum';
}

/**
 * The birth date and sex an IIN encodes. Since 2013 these need not match the person (§7), so callers may only
 * warn about a mismatch, never refuse.
 */
export function iinFacts(iin: string): IinFacts {
  const centuryDigit = Number(iin[6]);
  const centuries: Record<number, number> = { 1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000 };
  const century = centuries[centuryDigit];
  const sex: Sex | null = century === undefined ? null : centuryDigit % 2 === 1 ? 'male' : 'female';
  if (century === undefined) return { birthDate: null, sex };
  const iso = `${century + Number(iin.slice(0, 2))}-${iin.slice(2, 4)}-${iin.slice(4, 6)}`;
  return { birthDate: isRealIsoDate(iso) ? iso : null, sex };
}

