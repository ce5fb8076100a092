import { describe, expect, it } from 'vitest';
import { nominationSchema, personSchema, plainlyNomination, plainlyPerson } from '../../src/service/schemas';

// The import skips zod for a row its written-out checks call plainly in shape: they must never say so of a row zod
// refuses, else a hostile cell (30,000 characters of «Occupation») would pass unreported.

const person = {
  surname: 'Әлиева', givenName: 'Айгүл', patronymic: 'Серікқызы', iin: '850312400123', birthDate: '1985-03-12', sex: 'female',
  citizenship: 'KZ', residentSince: '1985-03-12', disability: false, residenceRegion: '', residenceSettlement: '', education: '',
  occupation: '', workplace: '', partyMembership: '', nationality: '',
  declarations: { incapacity: 'unknown', imprisonment: 'unknown', criminalRecord: 'unknown', corruption: 'unknown' },
  serviceRestriction: '',
};
const nomination = { kind: 'district-self', partyId: null, associationName: '', districtId: 3, listPosition: null, receivedOn: '2023-02-01', receivedTime: '', documents: {} };

const long = (n: number) => 'я'.repeat(n);
const odd: unknown[] = ['', 'x', 0, 1, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, null, undefined, true, false, {}, [], '2023-02-01', '2023-2-1', '01.02.2023', long(5), long(6), long(40), long(41), long(60), long(61), long(100), long(101), long(200), long(201), long(300), long(301), long(30_000)];
const enums = ['female', 'male', 'KZ', 'other', 'none', 'higher', 'military', 'judge', 'yes', 'no', 'unknown', 'party-list', 'district-self', 'FEMALE', 'kz'];

function* variants(base: Record<string, unknown>): Generator<Record<string, unknown>> {
  yield base;
  for (const key of Object.keys(base)) {
    for (const value of [...odd, ...enums]) yield { ...base, [key]: value };
    const { [key]: _gone, ...without } = base;
    yield without;
  }
  yield { ...base, extra: '' };
  for (const key of Object.keys(person.declarations))
    for (const value of [...odd, ...enums]) yield { ...base, declarations: { ...person.declarations, [key]: value } };
  yield { ...base, declarations: { ...person.declarations, extra: 'no' } };
  yield { ...base, documents: { application: 'submitted' } };
  yield { ...base, documents: { nonsense: 'submitted' } };
}

describe('the import’s written-out schema checks', () => {
  it('call a plain row plainly in shape, so that zod is not run on it', () => {
    expect(plainlyPerson(person)).toBe(true);
    expect(plainlyNomination(nomination)).toBe(true);
    expect(plainlyNomination({ ...nomination, kind: 'party-list', partyId: 2, districtId: null, listPosition: 7 })).toBe(true);
  });

  it('never call plainly in shape a person zod refuses', () => {
    let plain = 0;
    let refused = 0;
    for (const p of variants(person)) {
      const zodSays = personSchema.safeParse(p).success;
      if (!zodSays) refused += 1;
      if (plainlyPerson(p)) {
        plain += 1;
        expect(zodSays, JSON.stringify(p).slice(0, 300)).toBe(true);
      }
    }
    // Both sides were exercised: rows in shape, and many zod refuses.
    expect(plain).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(300);
  });

  it('never call plainly in shape a nomination zod refuses', () => {
    let plain = 0;
    let refused = 0;
    for (const n of variants(nomination)) {
      const zodSays = nominationSchema.safeParse(n).success;
      if (!zodSays) refused += 1;
      if (plainlyNomination(n)) {
        plain += 1;
        expect(zodSays, JSON.stringify(n).slice(0, 300)).toBe(true);
      }
    }
    expect(plain).toBeGreaterThan(10);
    expect(refused).toBeGreaterThan(150);
  });
});
