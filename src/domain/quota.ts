import { ageOn } from './dates';
import { referenceDate, type RuleProfile } from './profile';
import type { Sex } from './types';

// The 30% quota of a party list (Election Law Art. 89(4) as amended in 2022, domain §4): women, persons under 29
// and persons with disabilities, taken together, at least 30% of all persons on the list. One combined share, each
// person counted once however many categories they fall in.

export interface QuotaPerson {
  personId: number;
  sex: Sex | '';
  birthDate: string;
  disability: boolean;
}

export interface QuotaFigures {
  length: number;
  /** Persons in at least one category, each counted once. */
  count: number;
  required: number;
  /** count ÷ length, 0 for an empty list. */
  share: number;
  /** At least the required share, on a list that has someone on it: an empty list keeps no quota. */
  compliant: boolean;
  /** How many more quota persons the list needs; 0 when compliant. */
  missing: number;
  /** Per category, for information only: a person may count in several. */
  women: number;
  youth: number;
  disabled: number;
}

/** ceil(share × length), read strictly: 52 → 16, 54 → 17, 90 → 27, 18 → 6. */
export function quotaRequired(length: number, share: number): number {
  // 0.3 × 90 is 26.999999999999996 in binary floating point; round away the noise before taking the ceiling.
  return Math.ceil(Math.round(length * share * 1e9) / 1e9);
}

/** Youth: has not reached the age on the reference date (a 29th birthday on that day is no longer youth). */
export function isYouth(birthDate: string, on: string, youthAgeBelow: number): boolean {
  return birthDate !== '' && ageOn(birthDate, on) < youthAgeBelow;
}

export function quotaFigures(
  persons: readonly QuotaPerson[],
  profile: Pick<RuleProfile, 'quotaShare' | 'youthAgeBelow' | 'ageReferenceDate'>,
  electionDay: string,
): QuotaFigures {
  const on = referenceDate(profile, electionDay);
  const distinct = new Map<number, QuotaPerson>();
  for (const p of persons) distinct.set(p.personId, p);
  let count = 0;
  let women = 0;
  let youth = 0;
  let disabled = 0;
  for (const p of distinct.values()) {
    const isWoman = p.sex === 'female';
    const isYoung = isYouth(p.birthDate, on, profile.youthAgeBelow);
    if (isWoman) women++;
    if (isYoung) youth++;
    if (p.disability) disabled++;
    if (isWoman || isYoung || p.disability) count++;
  }
  const length = distinct.size;
  const required = quotaRequired(length, profile.quotaShare);
  return {
    length,
    count,
    required,
    share: length === 0 ? 0 : count / length,
    compliant: length > 0 && count >= required,
    missing: Math.max(0, required - count),
    women,
    youth,
    disabled,
  };
}
