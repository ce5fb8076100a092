import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/domain/finding';
import { makeIin } from '../fixtures/iin';
import { nomination, openDesk, person, type Desk } from './helpers';

// The registration workflow: nominated → registered or refused; registered → withdrawn or cancelled. Each decision
// is a resolution with its grounds, refused while an error finding stands, and journaled with the status change.

let desk: Desk;
beforeEach(() => {
  desk = openDesk();
});
afterEach(() => desk.close());

function mazhilis() {
  const e = desk.must('elections.create', { preset: 'mazhilis-2023' });
  const parties = desk.must('parties.list', { electionId: e.id });
  const districts = desk.must('districts.list', { electionId: e.id });
  return { e, amanat: parties[0]?.id ?? 0, district1: districts[0]?.id ?? 0 };
}

const rules = (findings: readonly Finding[] | undefined, severity?: string): string[] =>
  (findings ?? []).filter((f) => severity === undefined || f.severity === severity).map((f) => f.rule);

const registerInput = (id: number, version: number) => ({
  id,
  version,
  decision: 'registered' as const,
  resolutionNumber: '12/3',
  resolutionDate: '2023-02-10',
  grounds: { rules: [], text: '' },
});

describe('nominations.decide', () => {
  it('refuses to register an under-age candidate, registers once the birth date is corrected, then withdraws', () => {
    const { e, district1 } = mazhilis();
    // The IIN is right (1990); the birth date was mistyped as 2000: 22 years old on election day, under 25.
    const iin = makeIin('1990-05-01', 'male');
    const c = desk.must('nominations.create', {
      electionId: e.id,
      person: person({ iin, birthDate: '2000-05-01' }),
      nomination: nomination({ kind: 'district-self', districtId: district1 }),
    });
    expect(rules(c.findings, 'error')).toEqual(['age.minimum']);
    expect(c.findings.find((f) => f.rule === 'age.minimum')).toMatchObject({
      field: 'birthDate',
      messageKey: 'finding.age.tooYoung',
      params: { minAge: 25, age: 22, on: '2023-03-19' },
      legalRef: 'legal.const51_4',
    });
    const journalBefore = desk.must('journal.list', {}).total;

    const refused = desk.service.call('nominations.decide', registerInput(c.nomination.id, c.nomination.version));
    expect(refused).toMatchObject({ ok: false, error: { code: 'findings', messageKey: 'error.findings' } });
    if (refused.ok) return;
    expect(rules(refused.error.findings, 'error')).toEqual(['age.minimum']);
    expect(desk.must('journal.list', {}).total).toBe(journalBefore);
    expect(desk.must('nominations.history', { id: c.nomination.id }).decisions).toEqual([]);
    expect(desk.must('nominations.get', { id: c.nomination.id }).nomination).toMatchObject({ status: 'nominated', version: 1 });

    const corrected = desk.must('nominations.update', {
      id: c.nomination.id,
      version: c.nomination.version,
      person: { version: c.person.version, fields: person({ iin, birthDate: '1990-05-01' }) },
      nomination: nomination({ kind: 'district-self', districtId: district1 }),
    });
    expect(rules(corrected.findings, 'error')).toEqual([]);

    const registered = desk.must('nominations.decide', registerInput(c.nomination.id, corrected.nomination.version));
    // The save changed the person only: the nomination was not written again, so it is still at version 1.
    expect(registered.nomination).toMatchObject({ status: 'registered', version: 2 });

    const late = desk.service.call('nominations.decide', {
      id: c.nomination.id,
      version: registered.nomination.version,
      decision: 'withdrawn',
      resolutionNumber: '40/1',
      resolutionDate: '2023-03-18',
      grounds: { rules: [], text: 'Заявление кандидата' },
    });
    expect(late).toMatchObject({
      ok: false,
      error: { code: 'findings', findings: [{ rule: 'withdrawal.tooLate', severity: 'error', params: { lastDay: '2023-03-17', days: 2 } }] },
    });

    const withdrawn = desk.must('nominations.decide', {
      id: c.nomination.id,
      version: registered.nomination.version,
      decision: 'withdrawn',
      resolutionNumber: '38/2',
      resolutionDate: '2023-03-17',
      grounds: { rules: [], text: 'Заявление кандидата' },
    });
    expect(withdrawn.nomination.status).toBe('withdrawn');

    const history = desk.must('nominations.history', { id: c.nomination.id });
    expect(history.decisions.map((d) => [d.from, d.decision, d.resolutionNumber, d.resolutionDate, d.actor])).toEqual([
      ['nominated', 'registered', '12/3', '2023-02-10', 'clerk.test'],
      ['registered', 'withdrawn', '38/2', '2023-03-17', 'clerk.test'],
    ]);
    expect(history.decisions[1]?.grounds).toEqual({ rules: [], text: 'Заявление кандидата' });
    expect(history.journal.map((j) => j.action)).toEqual([
      'person.create',
      'nomination.create',
      // The correction changed the person's birth date only: the nomination, saved unchanged, journals nothing.
      'person.update',
      'decision.create',
      'nomination.decide',
      'decision.create',
      'nomination.decide',
    ]);
    const seqs = history.journal.map((j) => j.seq);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
    expect(history.journal[4]?.change).toMatchObject({
      decision: { decision: 'registered', from: 'nominated', resolutionNumber: '12/3' },
      after: { status: 'registered' },
    });
    expect(desk.must('journal.verify', {}).ok).toBe(true);
  });

  it('lets a list candidate withdraw on the eve of polling day (the 2-day limit is for districts)', () => {
    const { e, amanat } = mazhilis();
    const c = desk.must('nominations.create', {
      electionId: e.id,
      person: person({ partyMembership: 'amanat' }),
      nomination: nomination({ kind: 'party-list', partyId: amanat }),
    });
    const registered = desk.must('nominations.decide', registerInput(c.nomination.id, c.nomination.version));
    const withdrawn = desk.must('nominations.decide', {
      id: c.nomination.id,
      version: registered.nomination.version,
      decision: 'withdrawn',
      resolutionNumber: '41',
      resolutionDate: '2023-03-18',
      grounds: { rules: [], text: '' },
    });
    expect(withdrawn.nomination.status).toBe('withdrawn');
  });

  it('refuses illegal transitions with a typed error', () => {
    const { e, district1 } = mazhilis();
    const c = desk.must('nominations.create', { electionId: e.id, person: person(), nomination: nomination({ kind: 'district-self', districtId: district1 }) });
    const early = desk.service.call('nominations.decide', { ...registerInput(c.nomination.id, 1), decision: 'withdrawn' });
    expect(early).toMatchObject({
      ok: false,
      error: { code: 'conflict', messageKey: 'error.illegalTransition', params: { from: 'nominated', decision: 'withdrawn' }, field: 'decision' },
    });
    const refused = desk.must('nominations.decide', { ...registerInput(c.nomination.id, 1), decision: 'refused', grounds: { rules: ['age.minimum'], text: '' } });
    expect(refused.nomination.status).toBe('refused');
    for (const decision of ['registered', 'refused', 'withdrawn', 'cancelled'] as const) {
      const again = desk.service.call('nominations.decide', { ...registerInput(c.nomination.id, refused.nomination.version), decision, grounds: { rules: [], text: 'x' } });
      expect(again, decision).toMatchObject({ ok: false, error: { code: 'conflict', messageKey: 'error.illegalTransition' } });
    }
  });

  it('refuses a refusal or cancellation without grounds, and a resolution date that does not exist', () => {
    const { e, district1 } = mazhilis();
    const c = desk.must('nominations.create', { electionId: e.id, person: person(), nomination: nomination({ kind: 'district-self', districtId: district1 }) });
    const bare = desk.service.call('nominations.decide', { ...registerInput(c.nomination.id, 1), decision: 'refused', grounds: { rules: [], text: '  ' } });
    expect(bare).toMatchObject({ ok: false, error: { code: 'findings' } });
    if (bare.ok) return;
    expect(bare.error.findings?.filter((f) => f.severity === 'error')).toEqual([
      { rule: 'format.grounds', severity: 'error', field: 'grounds', messageKey: 'finding.groundsRequired' },
    ]);
    const registered = desk.must('nominations.decide', registerInput(c.nomination.id, 1));
    const cancelled = desk.service.call('nominations.decide', { ...registerInput(c.nomination.id, registered.nomination.version), decision: 'cancelled' });
    expect(cancelled).toMatchObject({ ok: false, error: { code: 'findings', findings: [{ rule: 'format.grounds' }] } });
    const badDate = desk.service.call('nominations.decide', { ...registerInput(c.nomination.id, registered.nomination.version), decision: 'withdrawn', resolutionDate: '2023-02-30' });
    expect(badDate).toMatchObject({ ok: false, error: { code: 'findings' } });
    if (badDate.ok) return;
    expect(badDate.error.findings?.filter((f) => f.severity === 'error')).toEqual([
      { rule: 'format.date', severity: 'error', field: 'resolutionDate', messageKey: 'finding.dateInvalid' },
    ]);
  });

  it('refuses a decision on a version someone has changed since', () => {
    const { e, district1 } = mazhilis();
    const c = desk.must('nominations.create', { electionId: e.id, person: person(), nomination: nomination({ kind: 'district-self', districtId: district1 }) });
    desk.must('nominations.update', { id: c.nomination.id, version: 1, nomination: nomination({ kind: 'district-self', districtId: district1, receivedTime: '11:00' }) });
    const stale = desk.service.call('nominations.decide', registerInput(c.nomination.id, 1));
    expect(stale).toMatchObject({ ok: false, error: { code: 'stale' } });
    expect(desk.must('nominations.history', { id: c.nomination.id }).decisions).toEqual([]);
  });

  it('records the warnings the commission saw with the decision (a late registration decision)', () => {
    const { e, district1 } = mazhilis();
    const c = desk.must('nominations.create', {
      electionId: e.id,
      person: person({ declarations: { incapacity: 'no', imprisonment: 'no', criminalRecord: 'no', corruption: 'no' }, residentSince: '' }),
      nomination: nomination({ kind: 'district-self', districtId: district1 }),
    });
    expect(rules(c.findings, 'warning')).toEqual(['residence.unknown']);
    const registered = desk.must('nominations.decide', { ...registerInput(c.nomination.id, 1), resolutionDate: '2023-02-20' });
    const [decision] = desk.must('nominations.history', { id: registered.nomination.id }).decisions;
    expect(rules(decision?.findings)).toEqual(['residence.unknown', 'deadline.decisionLate']);
  });
});

describe('documents', () => {
  it('a missing document is a warning while nominated and an error at registration', () => {
    const { e, amanat } = mazhilis();
    const c = desk.must('nominations.create', {
      electionId: e.id,
      person: person({ partyMembership: 'amanat' }),
      nomination: nomination({ kind: 'party-list', partyId: amanat, documents: { application: 'received', biography: 'received' } }),
    });
    const missing = c.findings.filter((f) => f.rule === 'documents.missing');
    expect(missing.map((f) => [f.severity, f.field])).toEqual([
      ['warning', 'documents.consent'],
      ['warning', 'documents.declaration-candidate'],
      ['warning', 'documents.declaration-spouse'],
      ['warning', 'documents.deposit'],
      ['warning', 'documents.minutes-extract'],
    ]);
    const r = desk.service.call('nominations.decide', registerInput(c.nomination.id, 1));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('findings');
    expect(r.error.findings?.filter((f) => f.rule === 'documents.missing').map((f) => f.severity)).toEqual(['error', 'error', 'error', 'error', 'error']);
  });

  it('asks no deposit of the nominees of an exempt party, once the party is marked exempt (journaled)', () => {
    const { e, amanat } = mazhilis();
    const docs = { application: 'received', biography: 'received', consent: 'received', 'declaration-candidate': 'received', 'declaration-spouse': 'received', 'minutes-extract': 'received' } as const;
    const c = desk.must('nominations.create', {
      electionId: e.id,
      person: person({ partyMembership: 'amanat' }),
      nomination: nomination({ kind: 'party-list', partyId: amanat, documents: docs }),
    });
    expect(rules(c.findings, 'warning')).toEqual(['documents.missing']);
    const party = desk.must('parties.update', { id: amanat, depositStatus: 'exempt' });
    expect(party).toMatchObject({ id: amanat, code: 'amanat', depositStatus: 'exempt' });
    expect(desk.must('journal.list', { limit: 1 }).rows[0]).toMatchObject({ action: 'party.update', entity: 'party', entityId: amanat });
    const after = desk.must('nominations.get', { id: c.nomination.id });
    expect(rules(after.findings, 'warning')).toEqual([]);
    expect(after.findings.find((f) => f.rule === 'deposit.amount')).toMatchObject({ severity: 'info', messageKey: 'finding.deposit.exempt' });
  });
});

describe("the commission's date", () => {
  it('is taken at the seat of the commission (Astana, UTC+6 in 2023), never in the zone of the machine', () => {
    desk.close();
    // 19:30 UTC on 9 February: already 01:30 on the 10th in Astana; still the morning of the 9th in the suite's zone.
    desk = openDesk('clerk.test', () => new Date('2023-02-09T19:30:00Z'));
    const { e, district1 } = mazhilis();
    expect(e.utcOffsetHours).toBe(6);
    // Received "today" in Astana: not a date in the future.
    const c = desk.must('nominations.create', {
      electionId: e.id,
      person: person(),
      nomination: nomination({ kind: 'district-self', districtId: district1, receivedOn: '2023-02-10' }),
    });
    expect(rules(c.findings).filter((r) => r.startsWith('format.'))).toEqual([]);
    const refuse = { ...registerInput(c.nomination.id, c.nomination.version), decision: 'refused' as const, grounds: { rules: [], text: 'late' } };
    const tomorrow = desk.service.call('nominations.decide', { ...refuse, resolutionDate: '2023-02-11' });
    expect(tomorrow).toMatchObject({ ok: false, error: { code: 'findings', findings: [expect.objectContaining({ field: 'resolutionDate', messageKey: 'finding.dateInFuture' })] } });
    const today = desk.must('nominations.decide', { ...refuse, resolutionDate: '2023-02-10' });
    expect(today.nomination.status).toBe('refused');
  });
});
