import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyLedger } from '../../src/ledger/verify';
import { makeIin } from '../fixtures/iin';
import { openTeam, TEAM, type Team } from './ballot-team';
import { nomination, openDesk, person } from './helpers';

// Four eyes on ballot data (issue 13), through the service with a team of users: clerk A enters a candidate, clerk B
// enters the ballot data again without seeing A's, the desk compares them as printed (Ё is not Е), the secretary
// resolves what differs, registration waits for it, and the journal names each step's users.

let team: Team;
beforeEach(async () => {
  team = await openTeam();
});
afterEach(() => team.close());

const IIN = makeIin('1985-03-14', 'female');

function election() {
  const e = team.as('admin', 'elections.create', { preset: 'mazhilis-2023' });
  const districts = team.as('admin', 'districts.list', { electionId: e.id });
  return { e, district3: districts[2]?.id ?? 0, district4: districts[3]?.id ?? 0 };
}

/** Clerk A enters «Ёлкина Мария Ивановна», self-nominated in district 3. */
function firstEntry(districtId: number, electionId: number) {
  return team.as('clerkA', 'nominations.create', {
    electionId,
    person: person({ surname: 'Ёлкина', givenName: 'Мария', patronymic: 'Ивановна', iin: IIN, birthDate: '1985-03-14', sex: 'female' }),
    nomination: nomination({ kind: 'district-self', districtId }),
  });
}

const ENTERED = ['surname', 'givenName', 'patronymic', 'birthDate', 'iin', 'districtId'] as const;

const register = (id: number, version: number) => ({
  id,
  version,
  decision: 'registered' as const,
  resolutionNumber: '7/21',
  resolutionDate: '2023-02-15',
  grounds: { rules: [], text: '' },
});

describe('the second entry', () => {
  it('is not offered to the first entry’s author; a differing surname is marked, shown to nobody but the secretary, and resolved', () => {
    const { e, district3 } = election();
    const c = firstEntry(district3, e.id);
    const id = c.nomination.id;
    expect(team.as('observer', 'ballot.status', { nominationId: id })).toEqual({
      state: 'waiting',
      fields: { surname: 'waiting', givenName: 'waiting', patronymic: 'waiting', birthDate: 'waiting', iin: 'waiting', districtId: 'waiting' },
    });

    // A's queue does not offer A's own candidate; the service refuses A's second entry anyway.
    expect(team.as('clerkA', 'ballot.queue', { electionId: e.id })).toEqual({ rows: [], total: 0, offset: 0, yours: 1 });
    const own = team.try('clerkA', 'ballot.enter', {
      nominationId: id,
      fields: [...ENTERED],
      entry: { surname: 'Ёлкина', givenName: 'Мария', patronymic: 'Ивановна', birthDate: '1985-03-14', iin: IIN, districtId: district3 },
    });
    expect(own).toEqual({ ok: false, error: { code: 'forbidden', messageKey: 'error.ballotSameUser' } });

    // B's queue names the nomination by number, kind and receipt: nothing of what A typed.
    const queued = team.as('clerkB', 'ballot.queue', { electionId: e.id });
    expect(queued).toEqual({
      rows: [{ nominationId: id, kind: 'district-self', status: 'nominated', receivedOn: '2023-02-01', receivedTime: '10:00', fields: [...ENTERED], printed: [...ENTERED] }],
      total: 1,
      offset: 0,
      yours: 0,
    });
    expect(JSON.stringify(queued)).not.toContain('Ёлкина');

    // B types «Елкина» (with Е), and decomposed «Й»-free text otherwise equal, the name padded with spaces.
    const outcome = team.as('clerkB', 'ballot.enter', {
      nominationId: id,
      fields: [...ENTERED],
      entry: { surname: ' Елкина ', givenName: 'Мария', patronymic: 'Ивановна ', birthDate: '1985-03-14', iin: IIN, districtId: district3 },
    });
    expect(outcome).toEqual({ nominationId: id, state: 'differs', verified: ['givenName', 'patronymic', 'birthDate', 'iin', 'districtId'], differing: ['surname'] });
    expect(JSON.stringify(outcome)).not.toContain('лкина');
    expect(team.as('clerkB', 'ballot.status', { nominationId: id }).fields.surname).toBe('differs');
    // Nobody enters again while the secretary has not resolved it, and only a secretary sees both entries.
    expect(team.as('clerkB', 'ballot.queue', { electionId: e.id }).rows).toEqual([]);
    expect(team.try('clerkB', 'ballot.entries', { nominationId: id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const both = team.as('secretary', 'ballot.entries', { nominationId: id });
    expect(both).toMatchObject({
      version: 1,
      firstEntry: TEAM.clerkA.fullName,
      secondEntry: { actor: TEAM.clerkB.fullName },
      fields: [
        { field: 'surname', state: 'differs', first: 'Ёлкина', second: 'Елкина' },
        { field: 'givenName', state: 'verified', first: 'Мария', second: null },
        { field: 'patronymic', state: 'verified', first: 'Ивановна', second: null },
        { field: 'birthDate', state: 'verified', first: '1985-03-14', second: null },
        { field: 'iin', state: 'verified', first: IIN, second: null },
        { field: 'districtId', state: 'verified', first: district3, second: null },
      ],
    });

    // With the setting on (the default), registration is refused with the reason at the surname.
    const refused = team.try('secretary', 'nominations.decide', register(id, c.nomination.version));
    expect(refused).toMatchObject({ ok: false, error: { code: 'findings' } });
    if (refused.ok) return;
    expect(refused.error.findings?.filter((f) => f.rule.startsWith('ballot.'))).toEqual([
      { rule: 'ballot.differs', severity: 'error', field: 'surname', messageKey: 'finding.ballot.differs', legalRef: 'legal.ballotVerification' },
    ]);

    const resolved = team.as('secretary', 'ballot.resolve', { nominationId: id, version: 1, accept: 'first' });
    expect(resolved.status.state).toBe('verified');
    expect(team.as('clerkA', 'nominations.get', { id }).person.surname).toBe('Ёлкина');
    const registered = team.as('secretary', 'nominations.decide', register(id, c.nomination.version));
    expect(registered.nomination.status).toBe('registered');

    // The journal: A's entry, B's entry and its comparison naming A, the secretary's resolution naming both.
    const journal = team.as('observer', 'journal.list', { limit: 500 }).rows.reverse();
    const steps = journal.filter((r) => ['nomination.create', 'ballot.secondEntry', 'ballot.resolve', 'nomination.decide'].includes(r.action));
    expect(steps.map((r) => [r.action, r.actor, (r.change as { ballot?: unknown }).ballot ?? null])).toEqual([
      ['nomination.create', TEAM.clerkA.fullName, null],
      [
        'ballot.secondEntry',
        TEAM.clerkB.fullName,
        {
          step: 'secondEntry',
          fields: ENTERED.join(','),
          verified: 'givenName,patronymic,birthDate,iin,districtId',
          differing: 'surname',
          firstEntry: TEAM.clerkA.fullName,
          secondEntry: TEAM.clerkB.fullName,
        },
      ],
      [
        'ballot.resolve',
        TEAM.secretary.fullName,
        { step: 'resolve', accepted: 'first', fields: 'surname', firstEntry: TEAM.clerkA.fullName, secondEntry: TEAM.clerkB.fullName, secretary: TEAM.secretary.fullName },
      ],
      ['nomination.decide', TEAM.secretary.fullName, null],
    ]);
    expect(verifyLedger(team.ledger.db)).toMatchObject({ ok: true });
  });

  it('an equal second entry verifies at once; a later change of a field returns that field alone to not verified', () => {
    const { e, district3, district4 } = election();
    const c = firstEntry(district3, e.id);
    const id = c.nomination.id;
    team.as('clerkB', 'ballot.enter', {
      nominationId: id,
      fields: [...ENTERED],
      entry: { surname: 'Ёлкина', givenName: 'Мария', patronymic: 'Ивановна', birthDate: '1985-03-14', iin: IIN, districtId: district3 },
    });
    expect(team.as('observer', 'ballot.status', { nominationId: id }).state).toBe('verified');

    // The secretary moves her to district 4 (the paper said 4): the district is not verified any more, the rest is.
    const n = team.as('secretary', 'nominations.get', { id }).nomination;
    const { kind, partyId, associationName, listPosition, receivedOn, receivedTime, documents } = n;
    const moved = { kind, partyId, associationName, districtId: district4, listPosition, receivedOn, receivedTime, documents };
    team.as('secretary', 'nominations.update', { id, version: n.version, nomination: moved });
    expect(team.as('observer', 'ballot.status', { nominationId: id })).toEqual({
      state: 'waiting',
      fields: { surname: 'verified', givenName: 'verified', patronymic: 'verified', birthDate: 'verified', iin: 'verified', districtId: 'changed' },
    });
    // The candidates table's filter reads the state as the form does.
    expect(team.as('observer', 'nominations.list', { electionId: e.id, ballot: 'waiting' }).rows.map((r) => [r.nominationId, r.ballot, r.ballotReopened])).toEqual([
      [id, 'waiting', true],
    ]);
    expect(team.as('observer', 'nominations.list', { electionId: e.id, ballot: 'verified' }).total).toBe(0);
    // The one who changed it may not verify it; A (the first entry's author) neither; B may, and is asked for the district only.
    expect(team.as('secretary', 'ballot.queue', { electionId: e.id }).rows).toEqual([]);
    expect(team.as('clerkA', 'ballot.queue', { electionId: e.id }).rows).toEqual([]);
    expect(team.as('clerkB', 'ballot.queue', { electionId: e.id }).rows.map((r) => r.fields)).toEqual([['districtId']]);
    const refused = team.try('secretary', 'ballot.enter', { nominationId: id, fields: ['districtId'], entry: { districtId: district4 } });
    expect(refused).toEqual({ ok: false, error: { code: 'forbidden', messageKey: 'error.ballotSameUser' } });
    expect(team.as('clerkB', 'ballot.enter', { nominationId: id, fields: ['districtId'], entry: { districtId: district4 } })).toEqual({
      nominationId: id,
      state: 'verified',
      verified: ['districtId'],
      differing: [],
    });
    expect(verifyLedger(team.ledger.db)).toMatchObject({ ok: true });
  });

  it('the secretary accepts the second entry (the record takes it) or sends the nomination back for a new one', () => {
    const { e, district3 } = election();
    const c = firstEntry(district3, e.id);
    const id = c.nomination.id;
    const entry = { surname: 'Ёлкина', givenName: 'Марина', patronymic: 'Ивановна', birthDate: '1985-03-14', iin: IIN, districtId: district3 };
    team.as('clerkB', 'ballot.enter', { nominationId: id, fields: [...ENTERED], entry });
    team.as('secretary', 'ballot.resolve', { nominationId: id, version: 1, accept: 'return' });
    expect(team.as('observer', 'ballot.status', { nominationId: id }).fields.givenName).toBe('waiting');
    expect(team.as('clerkB', 'ballot.queue', { electionId: e.id }).rows.map((r) => r.fields)).toEqual([['givenName']]);

    team.as('clerkB', 'ballot.enter', { nominationId: id, fields: ['givenName'], entry: { givenName: 'Марина' } });
    const resolved = team.as('secretary', 'ballot.resolve', { nominationId: id, version: 3, accept: 'second' });
    expect(resolved.status.state).toBe('verified');
    const after = team.as('observer', 'nominations.get', { id });
    expect(after.person).toMatchObject({ givenName: 'Марина', version: 2 });
    const rows = team.as('observer', 'journal.list', { limit: 50 }).rows;
    expect(rows.slice(0, 2).map((r) => [r.action, r.actor])).toEqual([
      ['ballot.resolve', TEAM.secretary.fullName],
      ['person.update', TEAM.secretary.fullName],
    ]);
    expect(rows.find((r) => r.action === 'ballot.return')?.actor).toBe(TEAM.secretary.fullName);
    expect(verifyLedger(team.ledger.db)).toMatchObject({ ok: true });
  });

  it('with the setting off, unverified ballot data does not stop registration', () => {
    const { e, district3 } = election();
    team.as('admin', 'elections.updateProfile', { id: e.id, changes: { ballotVerification: false } });
    const c = firstEntry(district3, e.id);
    expect(team.as('secretary', 'nominations.registrationCheck', { id: c.nomination.id }).filter((f) => f.rule.startsWith('ballot.'))).toEqual([]);
    expect(team.as('secretary', 'nominations.decide', register(c.nomination.id, c.nomination.version)).nomination.status).toBe('registered');
  });

  it('a ledger without users takes no second entry: four eyes are two known people', () => {
    const desk = openDesk();
    try {
      const e = desk.must('elections.create', { preset: 'mazhilis-2023' });
      const districtId = desk.must('districts.list', { electionId: e.id })[0]?.id ?? 0;
      const c = desk.must('nominations.create', { electionId: e.id, person: person(), nomination: nomination({ kind: 'district-self', districtId }) });
      const entry = { surname: 'Ұзақов', givenName: 'Әлихан', patronymic: 'Серікұлы', birthDate: '1987-10-08', iin: '871008301420', districtId };
      expect(desk.service.call('ballot.enter', { nominationId: c.nomination.id, fields: [...ENTERED], entry })).toEqual({
        ok: false,
        error: { code: 'unauthenticated', messageKey: 'error.ballotNeedsUser' },
      });
    } finally {
      desk.close();
    }
  });
});
