import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeIin } from '../fixtures/iin';
import { openDesk, person, type Desk } from './helpers';

let desk: Desk;
beforeEach(() => {
  desk = openDesk();
});
afterEach(() => desk.close());

describe('elections', () => {
  it('creates the Mazhilis 2023 election with its 20 regions, 29 districts and 7 parties', () => {
    const e = desk.must('elections.create', { preset: 'mazhilis-2023' });
    expect(e.kind).toBe('mazhilis');
    expect(e.listMandates).toBe(69);
    expect(e.maxListLength).toBe(90);
    expect(e.counts).toEqual({ regions: 20, districts: 29, parties: 7, nominations: 0 });
    expect(e.profile.minAge).toBe(25);
    const districts = desk.must('districts.list', { electionId: e.id });
    expect(districts[0]).toMatchObject({ number: 1, regionCode: 'astana' });
    expect(districts.at(-1)?.number).toBe(29);
    const parties = desk.must('parties.list', { electionId: e.id });
    expect(parties.map((p) => p.code)).toEqual(['amanat', 'auyl', 'respublica', 'qhp', 'baytaq', 'aq-jol', 'jsdp']);
  });

  it('creates a regional maslikhat with the council region, list mandates and districts the clerk gives', () => {
    const e = desk.must('elections.create', { preset: 'maslikhat-regional-2023', regionCode: 'aktobe', listMandates: 16, districtCount: 16 });
    expect(e).toMatchObject({ kind: 'maslikhat-regional', regionCode: 'aktobe', listMandates: 16, maxListLength: 21 });
    expect(e.counts.districts).toBe(16);
    expect(e.profile.minAge).toBe(20);
    const districts = desk.must('districts.list', { electionId: e.id });
    expect(new Set(districts.map((d) => d.regionCode))).toEqual(new Set(['aktobe']));
  });

  it('refuses a maslikhat without the fields its preset needs, naming the field', () => {
    const r = desk.service.call('elections.create', { preset: 'maslikhat-district-2023', regionCode: 'abai', districtCount: 5 });
    expect(r).toEqual({ ok: false, error: expect.objectContaining({ code: 'invalid-input', messageKey: 'error.presetNeeds', field: 'councilName' }) });
    expect(desk.must('elections.list', {})).toHaveLength(0);
    expect(desk.must('journal.list', {}).total).toBe(0);
  });

  it('refuses an unknown region code', () => {
    const r = desk.service.call('elections.create', { preset: 'maslikhat-district-2023', regionCode: 'atlantis', councilName: 'X', districtCount: 5 });
    expect(r).toMatchObject({ ok: false, error: { messageKey: 'error.unknownRegion', params: { code: 'atlantis' } } });
  });

  it('adds a party and refuses a second party with the same code', () => {
    const e = desk.must('elections.create', { preset: 'mazhilis-2023' });
    const name = { kk: 'Жаңа партия', ru: 'Новая партия', en: 'New Party' };
    const p = desk.must('parties.create', { electionId: e.id, code: 'new', shortName: 'Жаңа', name });
    expect(p).toMatchObject({ code: 'new', ballotOrder: 8, name });
    const again = desk.service.call('parties.create', { electionId: e.id, code: 'new', shortName: 'X', name });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict', field: 'code' } });
  });
});

describe('API input', () => {
  it('answers junk with typed errors, never an exception', () => {
    expect(desk.service.call('nope.nothing', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(desk.service.call('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(desk.service.call('elections.get', { id: 'one' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', messageKey: 'error.input.type', field: 'id' },
    });
    expect(desk.service.call('elections.get', { id: 1, extra: true })).toMatchObject({
      ok: false,
      error: { messageKey: 'error.input.unknownKeys' },
    });
    expect(desk.service.call('elections.get', null)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(desk.service.call('elections.get', { id: 99 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('candidates', () => {
  function mazhilis() {
    const e = desk.must('elections.create', { preset: 'mazhilis-2023' });
    const parties = desk.must('parties.list', { electionId: e.id });
    const districts = desk.must('districts.list', { electionId: e.id });
    return { e, amanat: parties[0]?.id ?? 0, district1: districts[0]?.id ?? 0 };
  }
  const listNomination = (partyId: number) => ({
    kind: 'party-list' as const, partyId, associationName: '', districtId: null, listPosition: null, receivedOn: '2023-02-01',
  });

  it('creates a person with a list nomination in one step and journals both, and the list it starts', () => {
    const { e, amanat } = mazhilis();
    const before = desk.must('journal.list', {}).total;
    const c = desk.must('nominations.create', { electionId: e.id, person: person(), nomination: listNomination(amanat) });
    expect(c.person).toMatchObject({ surname: 'Ұзақов', iin: '871008301420', version: 1 });
    expect(c.nomination).toMatchObject({ kind: 'party-list', partyId: amanat, listPosition: 1, status: 'nominated' });
    const journal = desk.must('journal.list', {});
    expect(journal.total).toBe(before + 3);
    expect(journal.rows.slice(0, 4).map((r) => r.action)).toEqual(['party_list.create', 'nomination.create', 'person.create', 'party.create']);
    expect(journal.rows[0]?.subject).toBe('AMANAT');
    expect(journal.rows[1]?.actor).toBe('clerk.test');
    expect(journal.rows.slice(1, 3).map((r) => r.subject)).toEqual([
      'Ұзақов Әлихан Серікұлы, 871008301420',
      'Ұзақов Әлихан Серікұлы, 871008301420',
    ]);
  });

  it('puts the next list candidate at the end of the list and refuses a taken position', () => {
    const { e, amanat } = mazhilis();
    desk.must('nominations.create', { electionId: e.id, person: person(), nomination: listNomination(amanat) });
    const second = desk.must('nominations.create', {
      electionId: e.id,
      person: person({ iin: makeIin('1990-05-05', 'female'), sex: 'female', birthDate: '1990-05-05', surname: 'Әлиева' }),
      nomination: listNomination(amanat),
    });
    expect(second.nomination.listPosition).toBe(2);
    const clash = desk.service.call('nominations.create', {
      electionId: e.id,
      person: person({ iin: makeIin('1991-01-01', 'male'), birthDate: '1991-01-01' }),
      nomination: { ...listNomination(amanat), listPosition: 2 },
    });
    expect(clash).toMatchObject({ ok: false, error: { code: 'conflict', messageKey: 'error.listPositionTaken', field: 'listPosition' } });
  });

  it('refuses a bad IIN, a date that does not exist and missing fields, all at once, and writes nothing', () => {
    const { e } = mazhilis();
    const before = desk.must('journal.list', {}).total;
    const r = desk.service.call('nominations.create', {
      electionId: e.id,
      person: person({ iin: '871008301421', birthDate: '1987-02-30', givenName: ' ' }),
      nomination: { kind: 'district-self', partyId: null, associationName: '', districtId: null, listPosition: null, receivedOn: '2023-02-01' },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('findings');
    const byField = Object.fromEntries((r.error.findings ?? []).map((f) => [f.field, f.messageKey]));
    expect(byField).toMatchObject({
      iin: 'finding.iin.checksum',
      birthDate: 'finding.dateInvalid',
      givenName: 'finding.required',
      districtId: 'finding.required',
    });
    expect(desk.must('journal.list', {}).total).toBe(before);
    expect(desk.must('persons.list', {}).total).toBe(0);
  });

  it('stores an IIN whose birth date differs from the entered one (only a warning)', () => {
    const { e, district1 } = mazhilis();
    const c = desk.must('nominations.create', {
      electionId: e.id,
      person: person({ birthDate: '1987-10-09' }),
      nomination: { kind: 'district-self', partyId: null, associationName: '', districtId: district1, listPosition: null, receivedOn: '2023-02-01' },
    });
    expect(c.person.birthDate).toBe('1987-10-09');
    // The IIN says 8 October: the clerk is warned, with the IIN's date, and nothing is an error.
    expect(c.findings.filter((f) => f.rule.startsWith('iin.'))).toEqual([
      { rule: 'iin.birthDate', severity: 'warning', field: 'birthDate', messageKey: 'finding.iin.birthDateDiffers', params: { iinDate: '1987-10-08' }, legalRef: 'legal.iin' },
    ]);
    expect(c.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(desk.must('nominations.get', { id: c.nomination.id }).findings).toEqual(c.findings);
  });

  it('refuses a second person with the same IIN, saying which IIN', () => {
    const { e, district1 } = mazhilis();
    const self = { kind: 'district-self' as const, partyId: null, associationName: '', districtId: district1, listPosition: null, receivedOn: '2023-02-01' };
    desk.must('nominations.create', { electionId: e.id, person: person(), nomination: self });
    const r = desk.service.call('nominations.create', { electionId: e.id, person: person({ surname: 'Басқа' }), nomination: self });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict', messageKey: 'error.iinTaken', params: { iin: '871008301420' }, field: 'iin' } });
  });

  it('refuses a district of another election', () => {
    const { e } = mazhilis();
    const other = desk.must('elections.create', { preset: 'maslikhat-district-2023', regionCode: 'abai', councilName: 'Аягөз аудандық мәслихаты', districtCount: 3 });
    const foreign = desk.must('districts.list', { electionId: other.id })[0]?.id ?? 0;
    const r = desk.service.call('nominations.create', {
      electionId: e.id,
      person: person(),
      nomination: { kind: 'district-self', partyId: null, associationName: '', districtId: foreign, listPosition: null, receivedOn: '2023-02-01' },
    });
    expect(r).toMatchObject({ ok: false, error: { messageKey: 'error.notInElection', field: 'districtId' } });
  });

  it('updates person and nomination together, and refuses a stale version', () => {
    const { e, amanat, district1 } = mazhilis();
    const c = desk.must('nominations.create', { electionId: e.id, person: person(), nomination: listNomination(amanat) });
    const updated = desk.must('nominations.update', {
      id: c.nomination.id,
      version: c.nomination.version,
      person: { version: c.person.version, fields: person({ surname: 'Ұзақбаев' }) },
      nomination: { kind: 'district-party', partyId: amanat, associationName: '', districtId: district1, listPosition: 5, receivedOn: '2023-02-02' },
    });
    expect(updated.person).toMatchObject({ surname: 'Ұзақбаев', version: 2 });
    // A district nomination keeps no list position even if one is sent.
    expect(updated.nomination).toMatchObject({ kind: 'district-party', districtId: district1, listPosition: null, version: 2 });
    const stale = desk.service.call('nominations.update', {
      id: c.nomination.id,
      version: 1,
      person: { version: 2, fields: person({ surname: 'Потерянное' }) },
      nomination: { kind: 'district-self', partyId: null, associationName: '', districtId: district1, listPosition: null, receivedOn: '2023-02-02' },
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'stale' } });
    // The person's part of the stale update was rolled back with the rest.
    expect(desk.must('persons.get', { id: c.person.id }).surname).toBe('Ұзақбаев');
  });
});

describe('search', () => {
  it('finds Cyrillic names case-insensitively, with Kazakh letters typed as Russian ones, and IIN prefixes', () => {
    const e = desk.must('elections.create', { preset: 'mazhilis-2023' });
    const district = desk.must('districts.list', { electionId: e.id })[0]?.id ?? 0;
    const people = [
      person(),
      person({ surname: 'Әлиева', givenName: 'Гүлнар', patronymic: 'Қайратқызы', sex: 'female', birthDate: '1990-05-05', iin: makeIin('1990-05-05', 'female') }),
      person({ surname: 'Ёлкина', givenName: 'Анна', patronymic: '', sex: 'female', birthDate: '1975-01-02', iin: makeIin('1975-01-02', 'female') }),
      person({ surname: 'Бекова', givenName: 'Айгерім', patronymic: '', sex: 'female', birthDate: '1980-03-04', iin: makeIin('1980-03-04', 'female') }),
    ];
    for (const p of people)
      desk.must('nominations.create', {
        electionId: e.id,
        person: p,
        nomination: { kind: 'district-self', partyId: null, associationName: '', districtId: district, listPosition: null, receivedOn: '2023-02-01' },
      });
    const names = (query: string) =>
      desk.must('nominations.list', { electionId: e.id, query }).rows.map((r) => r.surname);
    expect(names('узаков')).toEqual(['Ұзақов']);
    expect(names('ҰЗАҚ')).toEqual(['Ұзақов']);
    expect(names('алиева гулн')).toEqual(['Әлиева']);
    expect(names('елкина')).toEqual(['Ёлкина']);
    expect(names('"; DROP TABLE person; --')).toEqual([]);
    expect(names('8710')).toEqual(['Ұзақов']);
    // Kazakh alphabetical order: Ә right after А, Ё after Е, Ұ before Ү and after У.
    expect(names('')).toEqual(['Әлиева', 'Бекова', 'Ёлкина', 'Ұзақов']);
    expect(desk.must('nominations.list', { electionId: e.id, limit: 2, offset: 2 })).toMatchObject({ total: 4, offset: 2 });
  });
});
