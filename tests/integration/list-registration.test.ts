import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PartyView } from '../../src/domain/records';
import type { Documents, Sex } from '../../src/domain/types';
import { makeIin } from '../fixtures/iin';
import { nomination, openDesk, person, type Desk } from './helpers';

// Issue 11, items 18 and 21 as the service serves them: what blocks registering a list, per candidate, before the
// clerk submits; documents marked received for several candidates at once, each change journaled, in one
// transaction; and what blocks registering one candidate.

let desk: Desk;
beforeEach(() => {
  desk = openDesk('clerk.test', () => new Date('2023-02-20T06:00:00Z'));
});
afterEach(() => {
  expect(desk.must('journal.verify', {})).toMatchObject({ ok: true });
  desk.close();
});

const SEVEN = ['application', 'biography', 'consent', 'declaration-candidate', 'declaration-spouse', 'deposit', 'minutes-extract'] as const;

function listOfThree(documents: Documents = {}) {
  const e = desk.must('elections.create', { preset: 'mazhilis-2023' });
  const party = desk.must('parties.list', { electionId: e.id })[0] as PartyView;
  const member = (surname: string, sex: Sex, serial: number) =>
    desk.must('nominations.create', {
      electionId: e.id,
      person: person({ surname, sex, iin: makeIin('1980-04-04', sex, serial), birthDate: '1980-04-04', partyMembership: party.code }),
      nomination: nomination({ kind: 'party-list', partyId: party.id, documents }),
    }).nomination.id;
  const ids = [member('Әлиева', 'female', 11), member('Бекетов', 'male', 22), member('Сейітов', 'male', 33)];
  return { e, party, ids };
}

const missing = (findings: { rule: string; field?: string }[]) => findings.filter((f) => f.rule === 'documents.missing').map((f) => f.field);

describe('lists.registrationCheck', () => {
  it('lists, per candidate, the errors that block registration, missing documents included', () => {
    const { e, party, ids } = listOfThree();
    const check = desk.must('lists.registrationCheck', { electionId: e.id, partyId: party.id });
    expect(check.list).toEqual([]);
    expect(check.members.map((m) => m.nominationId)).toEqual(ids);
    for (const m of check.members) {
      expect(m.findings.every((f) => f.severity === 'error')).toBe(true);
      expect(missing(m.findings)).toEqual(SEVEN.map((d) => `documents.${d}`));
    }
    // The same errors the decision refuses on.
    const refused = desk.service.call('lists.decide', {
      electionId: e.id, partyId: party.id, version: desk.must('lists.get', { electionId: e.id, partyId: party.id }).version,
      decision: 'registered', resolutionNumber: '7/1', resolutionDate: '2023-02-20', grounds: { rules: [], text: '' },
    });
    expect(refused.ok ? 0 : refused.error.findings?.filter((f) => f.severity === 'error').length).toBe(21);
  });
});

describe('lists.markDocuments', () => {
  it('marks documents received for the whole list in one call, journaling each candidate once, and then the list registers', () => {
    const { e, party, ids } = listOfThree();
    const before = desk.must('journal.verify', {}).entries;
    const marked = desk.must('lists.markDocuments', { electionId: e.id, partyId: party.id, documents: [...SEVEN], state: 'received' });
    expect([marked.changed, marked.notRequired]).toEqual([3, 0]);
    // One row per candidate and one for the list, and nothing else.
    expect(desk.must('journal.verify', {}).entries).toBe(before + 4);
    const rows = desk.must('journal.list', { entity: 'nomination', entityId: ids[1], limit: 1 }).rows;
    expect(rows[0]?.action).toBe('nomination.documents');
    expect((rows[0]?.change as { documents: unknown }).documents).toEqual(
      Object.fromEntries(SEVEN.map((d) => [d, { before: 'missing', after: 'received' }])),
    );
    expect(desk.must('lists.registrationCheck', { electionId: e.id, partyId: party.id })).toEqual({ list: [], members: [] });
    const list = desk.must('lists.decide', {
      electionId: e.id, partyId: party.id, version: marked.list.version, decision: 'registered', resolutionNumber: '7/1',
      resolutionDate: '2023-02-20', grounds: { rules: [], text: '' },
    });
    expect(list.status).toBe('registered');
  });

  it('marks only the chosen candidates, writes nothing when nothing changes, and skips what the rules do not require', () => {
    const { e, party, ids } = listOfThree();
    const [first, second, third] = ids as [number, number, number];
    const one = desk.must('lists.markDocuments', { electionId: e.id, partyId: party.id, documents: ['deposit'], state: 'received', nominationIds: [second] });
    expect(one.changed).toBe(1);
    expect([first, second, third].map((id) => desk.must('nominations.get', { id }).nomination.documents.deposit ?? 'missing')).toEqual(['missing', 'received', 'missing']);

    const entries = desk.must('journal.verify', {}).entries;
    expect(desk.must('lists.markDocuments', { electionId: e.id, partyId: party.id, documents: ['deposit'], state: 'received', nominationIds: [second] }).changed).toBe(0);
    // Nobody on this list has a disability: the certificate is required of no one.
    const certificate = desk.must('lists.markDocuments', { electionId: e.id, partyId: party.id, documents: ['disability-certificate'], state: 'received' });
    expect([certificate.changed, certificate.notRequired]).toEqual([0, 3]);
    expect(desk.must('journal.verify', {}).entries).toBe(entries);

    const check = desk.must('lists.registrationCheck', { electionId: e.id, partyId: party.id });
    expect(check.members.map((m) => [m.nominationId, missing(m.findings).length])).toEqual([[first, 7], [second, 6], [third, 7]]);
  });

  it('refuses a candidate of another list, and marks no one', () => {
    const { e, party, ids } = listOfThree();
    const before = desk.must('journal.verify', {}).entries;
    const refused = desk.service.call('lists.markDocuments', {
      electionId: e.id, partyId: party.id, documents: ['application'], state: 'received', nominationIds: [ids[0] ?? 0, 9999],
    });
    expect(refused).toEqual({ ok: false, error: { code: 'invalid-input', messageKey: 'error.notListMember', params: { nominationId: 9999 }, field: 'nominationIds' } });
    expect(desk.must('journal.verify', {}).entries).toBe(before);
    expect(desk.must('nominations.get', { id: ids[0] ?? 0 }).nomination.documents).toEqual({});
  });
});

describe('nominations.registrationCheck', () => {
  it('gives the errors that make registering one candidate impossible', () => {
    const e = desk.must('elections.create', { preset: 'mazhilis-2023' });
    const [district] = desk.must('districts.list', { electionId: e.id });
    const c = desk.must('nominations.create', {
      electionId: e.id,
      person: person({ declarations: { incapacity: 'no', imprisonment: 'no', criminalRecord: 'yes', corruption: 'no' } }),
      nomination: nomination({ kind: 'district-self', districtId: district?.id ?? 0, documents: { application: 'received', biography: 'received', 'declaration-candidate': 'received', 'declaration-spouse': 'received' } }),
    });
    const errors = desk.must('nominations.registrationCheck', { id: c.nomination.id }).filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.rule, f.field])).toEqual([['declaration.criminalRecord', 'declarations.criminalRecord'], ['documents.missing', 'documents.deposit']]);
  });
});
