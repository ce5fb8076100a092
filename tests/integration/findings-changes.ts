import type { Desk } from './helpers';

/**
 * Two changes that move findings: the first person made under age (an error), the second nominated again in a
 * district (a cross finding on both of their nominations). Returns the new nomination's id.
 */
export function underAgeAndNominatedTwice(desk: Desk, electionId: number, a: { nominationId: number }, b: { personId: number }): number {
  const first = desk.must('nominations.get', { id: a.nominationId });
  const { kind, partyId, associationName, districtId, listPosition, receivedOn, receivedTime, documents } = first.nomination;
  const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...fields } = first.person;
  desk.must('nominations.update', {
    id: first.nomination.id,
    version: first.nomination.version,
    nomination: { kind, partyId, associationName, districtId, listPosition, receivedOn, receivedTime, documents },
    person: { version: first.person.version, fields: { ...fields, birthDate: '2001-01-01', residentSince: '2001-01-01' } },
  });
  const district = desk.must('districts.list', { electionId })[3]?.id ?? 0;
  return desk.must('nominations.create', {
    electionId,
    personId: b.personId,
    nomination: { kind: 'district-self', partyId: null, associationName: '', districtId: district, listPosition: null, receivedOn: '2023-02-01' },
  }).nomination.id;
}
