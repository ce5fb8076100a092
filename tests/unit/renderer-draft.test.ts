import { describe, expect, it } from 'vitest';
import {
  draftOf,
  emptyDraft,
  formFindings,
  nominationOf,
  nominationOfView,
  personOf,
  personOfView,
  samePerson,
  type CandidateDraft,
} from '../../src/renderer/screens/candidate/draft';
import type { CandidateView } from '../../src/service/views';

const TODAY = '2023-02-01';

function filled(): CandidateDraft {
  return {
    ...emptyDraft(TODAY),
    surname: ' Ұзақов ',
    givenName: 'Ерлан',
    iin: '8710 0840 1427',
    birthDate: '8.10.1987',
    sex: 'female',
    citizenship: 'KZ',
    kind: 'district-self',
    districtId: '12',
  };
}

describe('candidate draft', () => {
  it('starts with the nomination received today', () => {
    expect(emptyDraft(TODAY).receivedOn).toBe('01.02.2023');
  });

  it('reads typed dates, trims names and strips spaces from the IIN', () => {
    const p = personOf(filled());
    expect(p.surname).toBe('Ұзақов');
    expect(p.iin).toBe('871008401427');
    expect(p.birthDate).toBe('1987-10-08');
    // A day the calendar lacks keeps its reading, for the check to say «no such date» rather than «not a date».
    expect(personOf({ ...filled(), birthDate: '31.02.1987' }).birthDate).toBe('1987-02-31');
    expect(personOf({ ...filled(), birthDate: '31 февраля' }).birthDate).toBe('31 февраля');
  });

  it('keeps only what the kind of nomination needs', () => {
    const d = { ...filled(), partyId: '3', listPosition: '4', associationName: 'x' };
    expect(nominationOf(d)).toEqual({
      kind: 'district-self',
      partyId: null,
      associationName: '',
      districtId: 12,
      listPosition: null,
      receivedOn: '2023-02-01',
      receivedTime: '',
      documents: {},
    });
    expect(nominationOf({ ...d, kind: 'party-list' })).toMatchObject({ partyId: 3, districtId: null, listPosition: 4 });
  });

  it('finds the errors of the form with the domain checks', () => {
    expect(formFindings(filled(), TODAY, false)).toEqual([]);
    const bad = formFindings({ ...filled(), iin: '871008401428', birthDate: '31.02.1987', kind: 'party-list', listPosition: '2a' }, TODAY, false);
    expect(bad.map((f) => [f.field, f.messageKey])).toEqual(
      expect.arrayContaining([
        ['iin', 'finding.iin.checksum'],
        ['birthDate', 'finding.dateInvalid'],
        ['partyId', 'finding.required'],
        ['listPosition', 'finding.listPosition'],
      ]),
    );
  });

  it('does not re-check a person chosen from the ledger', () => {
    const d = { ...emptyDraft(TODAY), kind: 'district-self' as const, districtId: '1' };
    expect(formFindings(d, TODAY, true)).toEqual([]);
  });

  it('round-trips a stored candidate', () => {
    const person = { ...personOf(filled()), id: 5, version: 2, createdAt: '', updatedAt: '' };
    const view: CandidateView = {
      person,
      nomination: {
        id: 9, version: 1, electionId: 1, personId: 5, kind: 'party-list', partyId: 2, associationName: '',
        districtId: null, listPosition: 7, receivedOn: '2023-01-25', receivedTime: '17:05', documents: { consent: 'received' },
        status: 'nominated', createdAt: '', updatedAt: '', voided: null,
      },
      findings: [],
    };
    const d = draftOf(view);
    expect(d.birthDate).toBe('08.10.1987');
    expect(d.receivedOn).toBe('25.01.2023');
    expect(d.listPosition).toBe('7');
    expect(d.receivedTime).toBe('17:05');
    expect(nominationOf(d).documents).toEqual({ consent: 'received' });
    expect(nominationOfView(view)).toEqual(nominationOf(d));
    expect(samePerson(personOf(d), personOfView(person))).toBe(true);
    expect(Object.keys(personOfView(person))).not.toContain('version');
  });
});
