import { expect, it } from 'vitest';
import { carriesParty, NOMINATION_KINDS, usedParts, type NominationInput } from '../../src/domain/types';

// One answer, in the domain, to "does this kind carry a party" and "which parts does this nomination keep": the form,
// the import, the checks and the ledger all ask it here.

const everything: NominationInput = {
  kind: 'party-list',
  partyId: 3,
  associationName: '  Союз ветеранов  ',
  districtId: 7,
  listPosition: 4,
  receivedOn: '2023-02-01',
  receivedTime: '10:00',
  documents: { application: 'received' },
};

it('names the kinds a party nominates', () => {
  expect(NOMINATION_KINDS.filter(carriesParty)).toEqual(['party-list', 'district-party']);
  expect(carriesParty('')).toBe(false);
});

it('keeps only what each kind uses, and the rest of the nomination as it was', () => {
  const parts = (kind: NominationInput['kind']) => {
    const { partyId, associationName, districtId, listPosition } = usedParts({ ...everything, kind });
    return { partyId, associationName, districtId, listPosition };
  };
  expect(parts('party-list')).toEqual({ partyId: 3, associationName: '', districtId: null, listPosition: 4 });
  expect(parts('district-party')).toEqual({ partyId: 3, associationName: '', districtId: 7, listPosition: null });
  expect(parts('district-association')).toEqual({ partyId: null, associationName: 'Союз ветеранов', districtId: 7, listPosition: null });
  expect(parts('district-self')).toEqual({ partyId: null, associationName: '', districtId: 7, listPosition: null });
  // No kind yet: nothing is taken away, so the clerk sees what was given beside the finding that asks for the kind.
  expect(usedParts({ ...everything, kind: '' })).toEqual({ ...everything, kind: '' });
  expect(usedParts({ ...everything, kind: 'district-self' })).toMatchObject({ receivedOn: '2023-02-01', receivedTime: '10:00', documents: { application: 'received' } });
});
