import { afterEach, beforeEach, expect, it } from 'vitest';
import { openDesk, person, type Desk } from './helpers';

// An election created by an older Tizim keeps the profile it was created with; settings added since must come
// from its preset, or the rules that read them would fail on every nomination of that election.

let desk: Desk;
beforeEach(() => {
  desk = openDesk();
});
afterEach(() => desk.close());

it('checks an election whose stored profile predates settings added since', () => {
  const e = desk.must('elections.create', { preset: 'mazhilis-2023' });
  const district = desk.must('districts.list', { electionId: e.id })[0]?.id ?? 0;
  desk.must('nominations.create', {
    electionId: e.id,
    person: person({ birthDate: '2000-05-01', iin: '000501500016', residentSince: '2000-05-01' }),
    nomination: { kind: 'district-self', partyId: null, associationName: '', districtId: district, listPosition: null, receivedOn: '2023-02-01' },
  });
  // The first profiles had neither documents nor the party-membership and withdrawal settings.
  const old = { ...e.profile } as Record<string, unknown>;
  for (const key of ['documents', 'listMemberOfParty', 'barredProfessions', 'depositRates', 'withdrawalDaysBeforePolling']) delete old[key];
  desk.ledger.db.prepare('UPDATE election SET profile = ? WHERE id = ?').run(JSON.stringify(old), e.id);
  desk.reopen();

  const election = desk.must('elections.get', { id: e.id });
  expect(election.profile.withdrawalDaysBeforePolling).toBe(2);
  expect(election.profile.documents['district-self']).toContain('application');
  const page = desk.must('nominations.list', { electionId: e.id });
  expect(page.rows[0]).toMatchObject({ errors: 1 });
  const run = desk.must('checks.run', { electionId: e.id });
  expect(run.nominations[0]?.findings.map((f) => f.rule)).toContain('age.minimum');
});
