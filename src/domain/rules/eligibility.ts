import { ageOn, isRealIsoDate } from '../dates';
import type { Finding } from '../finding';
import { referenceDate } from '../profile';
import type { Rule } from './context';

// Who may stand (domain §2): citizenship, age on the reference date, permanent residence.

const AGE_LAW = { mazhilis: 'legal.const51_4', 'maslikhat-regional': 'legal.localGov5_2', 'maslikhat-district': 'legal.localGov5_2' } as const;

export const citizenship: Rule = ({ person }) =>
  person.citizenship === 'other' || person.citizenship === 'none'
    ? [{ rule: 'citizenship', severity: 'error', field: 'citizenship', messageKey: 'finding.citizenship', legalRef: 'legal.const51_4' }]
    : [];

export const minimumAge: Rule = ({ person }, ctx) => {
  if (!isRealIsoDate(person.birthDate)) return [];
  const on = referenceDate(ctx.profile, ctx.electionDay);
  const age = ageOn(person.birthDate, on);
  if (age >= ctx.profile.minAge) return [];
  return [{
    rule: 'age.minimum',
    severity: 'error',
    field: 'birthDate',
    messageKey: 'finding.age.tooYoung',
    params: { minAge: ctx.profile.minAge, age, on },
    legalRef: AGE_LAW[ctx.electionKind],
  }];
};

function yearsBefore(iso: string, years: number): string {
  const [y, m, d] = iso.split('-');
  // 29 February minus whole years lands on 28 February of a common year, as ageOn counts it.
  const day = m === '02' && d === '29' ? '28' : (d ?? '');
  return `${Number(y) - years}-${m ?? ''}-${day}`;
}

/** Permanent residence for the last N years before the reference date, where the profile asks for it. */
export const residence: Rule = ({ person }, ctx) => {
  const years = ctx.profile.residenceYears;
  if (years <= 0 || person.citizenship !== 'KZ') return [];
  const on = referenceDate(ctx.profile, ctx.electionDay);
  const since = yearsBefore(on, years);
  const base = { field: 'residentSince', legalRef: 'legal.const51_4', params: { years, since } };
  const findings: Finding[] = [];
  if (person.residentSince === '')
    findings.push({ rule: 'residence.unknown', severity: 'warning', messageKey: 'finding.residence.unknown', ...base });
  else if (isRealIsoDate(person.residentSince) && person.residentSince > since)
    findings.push({ rule: 'residence.years', severity: 'error', messageKey: 'finding.residence.tooShort', ...base });
  return findings;
};
