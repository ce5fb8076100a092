import type { CandidateContext, CandidateFacts } from '../../src/domain/rules';
import type { NominationInput, PersonInput } from '../../src/domain/types';
import mazhilis from '../../resources/presets/mazhilis-2023.json';
import maslikhat from '../../resources/presets/maslikhat-district-2023.json';
import type { Preset } from '../../src/domain/profile';
import { REFERENCE } from '../../src/domain/reference';

export const MAZHILIS = mazhilis as Preset;
export const MASLIKHAT = maslikhat as Preset;

/** An eligible Mazhilis district candidate; each test changes only what it is about. */
export function candidate(person: Partial<PersonInput> = {}, nomination: Partial<NominationInput> = {}): CandidateFacts {
  return {
    person: {
      surname: 'Ұзақов', givenName: 'Әлихан', patronymic: '', iin: '871008301420', birthDate: '1987-10-08', sex: 'male',
      citizenship: 'KZ', residentSince: '1987-10-08', disability: false, residenceRegion: 'astana', residenceSettlement: 'Астана',
      education: 'higher', occupation: 'инженер', workplace: '', partyMembership: '', nationality: '',
      declarations: { incapacity: 'no', imprisonment: 'no', criminalRecord: 'no', corruption: 'no' },
      serviceRestriction: '',
      ...person,
    },
    nomination: {
      kind: 'district-self', partyId: null, associationName: '', districtId: 1, listPosition: null,
      receivedOn: '2023-02-01', receivedTime: '',
      documents: { application: 'received', biography: 'received', 'declaration-candidate': 'received', 'declaration-spouse': 'received', deposit: 'received' },
      ...nomination,
    },
  };
}

export function context(overrides: Partial<CandidateContext> = {}, preset: Preset = MAZHILIS): CandidateContext {
  return {
    electionKind: preset.kind, electionDay: preset.electionDay, profile: preset.profile, party: null,
    regions: REFERENCE.regions.map((r) => r.code), stage: 'nomination', ...overrides,
  };
}
