import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/domain/finding';
import { openLedger } from '../../src/ledger';
import { createService } from '../../src/service';
import { makeIin } from '../fixtures/iin';
import { nomination, openDesk, person, type Desk } from './helpers';

// Findings as the service gives them: the candidate's own, the cross-candidate ones across the ledger, the rule
// profile's settings, and the table's counts and filter, kept in step with every change.

let desk: Desk;
beforeEach(() => {
  desk = openDesk();
});
afterEach(() => desk.close());

function mazhilis() {
  const e = desk.must('elections.create', { preset: 'mazhilis-2023' });
  const parties = desk.must('parties.list', { electionId: e.id });
  const districts = desk.must('districts.list', { electionId: e.id });
  return { e, party: (i: number) => parties[i]?.id ?? 0, district: (i: number) => districts[i]?.id ?? 0 };
}

const bySeverity = (findings: readonly Finding[], severity: Finding['severity']): string[] =>
  findings.filter((f) => f.severity === severity).map((f) => f.rule);

describe('cross-candidate findings', () => {
  it('the same person twice on one list is an error on both nominations', () => {
    const { e, party } = mazhilis();
    const first = desk.must('nominations.create', { electionId: e.id, person: person({ partyMembership: 'amanat' }), nomination: nomination({ kind: 'party-list', partyId: party(0) }) });
    expect(bySeverity(first.findings, 'error')).toEqual([]);
    const second = desk.must('nominations.create', { electionId: e.id, personId: first.person.id, nomination: nomination({ kind: 'party-list', partyId: party(0) }) });
    expect(second.findings.find((f) => f.rule === 'cross.sameList')).toMatchObject({ severity: 'error', params: { nominationId: first.nomination.id } });
    expect(bySeverity(desk.must('nominations.get', { id: first.nomination.id }).findings, 'error')).toEqual(['cross.sameList']);
  });

  it('a person on two parties’ lists is an error; a list and a district is a warning', () => {
    const { e, party, district } = mazhilis();
    const first = desk.must('nominations.create', { electionId: e.id, person: person({ partyMembership: 'amanat' }), nomination: nomination({ kind: 'party-list', partyId: party(0) }) });
    const other = desk.must('nominations.create', { electionId: e.id, personId: first.person.id, nomination: nomination({ kind: 'party-list', partyId: party(1) }) });
    expect(bySeverity(other.findings, 'error')).toEqual(['party.membership', 'cross.twoLists']);
    const inDistrict = desk.must('nominations.create', { electionId: e.id, personId: first.person.id, nomination: nomination({ kind: 'district-self', districtId: district(0) }) });
    expect(bySeverity(inDistrict.findings, 'warning')).toEqual(['cross.listAndDistrict']);
    // Once a list nomination is refused it no longer stands, and no longer counts against the others.
    desk.must('nominations.decide', { id: other.nomination.id, version: 1, decision: 'refused', resolutionNumber: '7', resolutionDate: '2023-02-10', grounds: { rules: ['cross.twoLists'], text: '' } });
    expect(bySeverity(desk.must('nominations.get', { id: first.nomination.id }).findings, 'error')).toEqual([]);
  });

  it('checks a draft before it is saved, matching a new person to the one on file by IIN', () => {
    const { e, district } = mazhilis();
    desk.must('nominations.create', { electionId: e.id, person: person(), nomination: nomination({ kind: 'district-self', districtId: district(0) }) });
    const journal = desk.must('journal.list', {}).total;
    const draft = desk.must('checks.candidate', { electionId: e.id, person: person(), nomination: nomination({ kind: 'district-self', districtId: district(1) }) });
    expect(bySeverity(draft, 'warning')).toEqual(['cross.twoDistricts']);
    const young = desk.must('checks.candidate', {
      electionId: e.id,
      person: person({ iin: makeIin('2001-01-01', 'female'), birthDate: '2001-01-01', sex: 'female', citizenship: 'other' }),
      nomination: nomination({ kind: 'district-self', districtId: district(1) }),
    });
    expect(bySeverity(young, 'error')).toEqual(['citizenship', 'age.minimum']);
    expect(desk.must('journal.list', {}).total).toBe(journal);
  });
});

describe('the rule profile', () => {
  it('changes an [U] setting, journals it, and the findings follow: two districts become an error', () => {
    const { e, district } = mazhilis();
    expect(e.certainty).toMatchObject({ twoDistricts: 'U', minAge: 'C', residenceYears: 'C' });
    const first = desk.must('nominations.create', { electionId: e.id, person: person(), nomination: nomination({ kind: 'district-self', districtId: district(0) }) });
    const second = desk.must('nominations.create', { electionId: e.id, personId: first.person.id, nomination: nomination({ kind: 'district-self', districtId: district(1) }) });
    expect(bySeverity(second.findings, 'warning')).toEqual(['cross.twoDistricts']);
    expect(desk.must('nominations.list', { electionId: e.id }).rows.map((r) => [r.errors, r.warnings])).toEqual([[0, 1], [0, 1]]);

    const changed = desk.must('elections.updateProfile', { id: e.id, changes: { twoDistricts: 'error' } });
    expect(changed.profile.twoDistricts).toBe('error');
    expect(desk.must('elections.get', { id: e.id }).profile.twoDistricts).toBe('error');
    const [row] = desk.must('journal.list', { limit: 1 }).rows;
    expect(row).toMatchObject({ action: 'election.profile', entity: 'election', entityId: e.id });
    expect(row?.change).toMatchObject({ settings: { before: { twoDistricts: 'warning' }, after: { twoDistricts: 'error' } } });

    expect(bySeverity(desk.must('nominations.get', { id: second.nomination.id }).findings, 'error')).toEqual(['cross.twoDistricts']);
    expect(desk.must('nominations.list', { electionId: e.id }).rows.map((r) => [r.errors, r.warnings])).toEqual([[1, 0], [1, 0]]);
    expect(desk.must('journal.verify', {}).ok).toBe(true);
  });

  it('refuses a change to a [C] setting, naming it, and writes nothing', () => {
    const { e } = mazhilis();
    const before = desk.must('journal.list', {}).total;
    const r = desk.service.call('elections.updateProfile', { id: e.id, changes: { twoDistricts: 'error', minAge: 21 } });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input', messageKey: 'error.profileSettingFixed', params: { setting: 'minAge' }, field: 'minAge' } });
    expect(desk.must('elections.get', { id: e.id }).profile).toMatchObject({ minAge: 25, twoDistricts: 'warning' });
    expect(desk.must('journal.list', {}).total).toBe(before);
  });

  it('knows each election’s own certainty: residence years are [C] for the Mazhilis, [L] for a maslikhat', () => {
    const { e } = mazhilis();
    expect(desk.service.call('elections.updateProfile', { id: e.id, changes: { residenceYears: 5 } })).toMatchObject({ ok: false, error: { field: 'residenceYears' } });
    const m = desk.must('elections.create', { preset: 'maslikhat-district-2023', regionCode: 'abai', councilName: 'Аягөз аудандық мәслихаты', districtCount: 3 });
    expect(desk.must('elections.updateProfile', { id: m.id, changes: { residenceYears: 5 } }).profile.residenceYears).toBe(5);
    const journal = desk.must('journal.list', {}).total;
    // The same value again changes nothing and journals nothing.
    desk.must('elections.updateProfile', { id: m.id, changes: { residenceYears: 5 } });
    expect(desk.must('journal.list', {}).total).toBe(journal);
  });
});

describe('the candidates table', () => {
  it('counts errors and warnings on every row and filters by them', () => {
    const { e, district } = mazhilis();
    const add = (surname: string, birth: string, overrides: Parameters<typeof person>[0] = {}) =>
      desk.must('nominations.create', {
        electionId: e.id,
        person: person({ surname, iin: makeIin(birth, 'male'), birthDate: birth, ...overrides }),
        nomination: nomination({ kind: 'district-self', districtId: district(0) }),
      });
    add('Әбенов', '1980-01-01');
    add('Бекенов', '2001-01-01'); // under age: an error
    add('Жанов', '1981-01-01', { declarations: { incapacity: 'no', imprisonment: 'no', criminalRecord: 'unknown', corruption: 'unknown' } });
    add('Ким', '1999-01-01', { declarations: { incapacity: 'no', imprisonment: 'no', criminalRecord: 'unknown', corruption: 'yes' } });

    const all = desk.must('nominations.list', { electionId: e.id });
    expect(all.rows.map((r) => [r.surname, r.errors, r.warnings])).toEqual([
      ['Әбенов', 0, 0],
      ['Бекенов', 1, 0],
      ['Жанов', 0, 2],
      ['Ким', 2, 1],
    ]);
    const errors = desk.must('nominations.list', { electionId: e.id, flag: 'errors' });
    expect(errors).toMatchObject({ total: 2 });
    expect(errors.rows.map((r) => r.surname)).toEqual(['Бекенов', 'Ким']);
    const warnings = desk.must('nominations.list', { electionId: e.id, flag: 'warnings', sort: 'received' });
    expect(warnings.rows.map((r) => r.surname)).toEqual(['Жанов']);

    const run = desk.must('checks.run', { electionId: e.id });
    expect(run.counts).toEqual({ error: 3, warning: 3, info: 4 });
    expect(run.nominations.map((n) => n.fullName.split(' ')[0])).toEqual(['Әбенов', 'Бекенов', 'Жанов', 'Ким']);
  });

  it('sees changes made by another process writing the same ledger file', () => {
    const { e, district } = mazhilis();
    desk.must('nominations.create', { electionId: e.id, person: person(), nomination: nomination({ kind: 'district-self', districtId: district(0) }) });
    expect(desk.must('nominations.list', { electionId: e.id, flag: 'errors' }).total).toBe(0);
    const other = openLedger(desk.path);
    try {
      const service = createService(other, { actor: 'clerk.other' });
      const r = service.call('nominations.create', {
        electionId: e.id,
        person: person({ surname: 'Жас', iin: makeIin('2002-02-02', 'male'), birthDate: '2002-02-02' }),
        nomination: nomination({ kind: 'district-self', districtId: district(1) }),
      });
      expect(r.ok).toBe(true);
    } finally {
      other.close();
    }
    const errors = desk.must('nominations.list', { electionId: e.id, flag: 'errors' });
    expect(errors.rows.map((r) => [r.surname, r.errors])).toEqual([['Жас', 1]]);
  });
});
