import { describe, expect, it } from 'vitest';
import { hasErrors } from '../../src/domain/finding';
import { checkNominationFormat, checkPersonFormat } from '../../src/domain/format-checks';
import { maxListLength } from '../../src/domain/profile';
import type { NominationInput, PersonInput } from '../../src/domain/types';

const TODAY = '2023-02-01';
const valid: PersonInput = {
  surname: 'Ұзақов', givenName: 'Әлихан', patronymic: '', iin: '871008301420', birthDate: '1987-10-08', sex: 'male',
  citizenship: 'KZ', residentSince: '', disability: false, residenceRegion: '', residenceSettlement: '', education: '',
  occupation: '', workplace: '', partyMembership: '', nationality: '',
  declarations: { incapacity: 'unknown', imprisonment: 'unknown', criminalRecord: 'unknown', corruption: 'unknown' },
  serviceRestriction: '',
};
const byField = (person: Partial<PersonInput>): Record<string, [string, string]> =>
  Object.fromEntries(
    checkPersonFormat({ ...valid, ...person }, TODAY).map((f): [string, [string, string]] => [f.field ?? '', [f.severity, f.messageKey]]),
  );

describe('person format', () => {
  it('finds nothing wrong with a complete person; nationality is never required', () => {
    expect(checkPersonFormat(valid, TODAY)).toEqual([]);
  });

  it('requires the identifying fields', () => {
    const findings = checkPersonFormat({ ...valid, surname: ' ', givenName: '', iin: '', birthDate: '', sex: '', citizenship: '' }, TODAY);
    expect(findings.map((f) => f.field).sort()).toEqual(['birthDate', 'citizenship', 'givenName', 'iin', 'sex', 'surname']);
    expect(findings.every((f) => f.severity === 'error' && f.messageKey === 'finding.required')).toBe(true);
  });

  it('calls a bad IIN check digit an error, citing how the IIN is formed', () => {
    expect(checkPersonFormat({ ...valid, iin: '871008301421' }, TODAY)).toEqual([
      { rule: 'iin.format', severity: 'error', field: 'iin', messageKey: 'finding.iin.checksum', legalRef: 'legal.iinFormat' },
    ]);
    expect(byField({ iin: '8710083014' })).toEqual({ iin: ['error', 'finding.iin.length'] });
  });

  it('calls an IIN whose date or sex differs from the entered one only a warning', () => {
    const findings = checkPersonFormat({ ...valid, birthDate: '1987-10-09', sex: 'female' }, TODAY);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([['iin.birthDate', 'warning'], ['iin.sex', 'warning']]);
    expect(findings[0]?.params).toEqual({ iinDate: '1987-10-08' });
    expect(hasErrors(findings)).toBe(false);
  });

  it('refuses dates that do not exist or have not come yet', () => {
    expect(byField({ birthDate: '1987-02-29' })).toMatchObject({ birthDate: ['error', 'finding.dateInvalid'] });
    expect(byField({ residentSince: '2023-02-02' })).toEqual({ residentSince: ['error', 'finding.dateInFuture'] });
    expect(byField({ residentSince: '1980-01-01' })).toEqual({ residentSince: ['error', 'finding.residentBeforeBirth'] });
  });
});

describe('nomination format', () => {
  const base: NominationInput = {
    kind: 'party-list', partyId: 1, associationName: '', districtId: null, listPosition: null, receivedOn: TODAY, receivedTime: '', documents: {},
  };
  const fields = (n: Partial<NominationInput>) => checkNominationFormat({ ...base, ...n }, TODAY).map((f) => f.field);

  it('asks for what each kind needs', () => {
    expect(fields({})).toEqual([]);
    expect(fields({ partyId: null })).toEqual(['partyId']);
    expect(fields({ kind: 'district-party', districtId: null })).toEqual(['districtId']);
    expect(fields({ kind: 'district-association', partyId: null, districtId: 3 })).toEqual(['associationName']);
    expect(fields({ kind: 'district-self', partyId: null, districtId: 3 })).toEqual([]);
    expect(fields({ kind: '' })).toEqual(['kind']);
    expect(fields({ listPosition: 0 })).toEqual(['listPosition']);
    expect(fields({ receivedOn: '' })).toEqual(['receivedOn']);
  });
});

describe('list length', () => {
  it('is the list mandates plus 30%, rounded up', () => {
    expect(maxListLength(69, { listLengthFactor: 1.3 })).toBe(90);
    expect(maxListLength(16, { listLengthFactor: 1.3 })).toBe(21);
    expect(maxListLength(10, { listLengthFactor: 1.3 })).toBe(13);
    expect(maxListLength(0, { listLengthFactor: 1.3 })).toBe(0);
  });
});
