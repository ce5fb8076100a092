import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PartyView } from '../../src/domain/records';
import { createService } from '../../src/service';
import { makeIin } from '../fixtures/iin';
import { nomination, openDesk, person, type Desk } from './helpers';
import { addMembers, MAN, register, WOMAN } from './list-helpers';

// Entries made in error, corrections of decisions and the journal (issue 11, items 4, 5 and 23): a voided entry keeps
// its data and leaves every list, count and check; a correction is a record of its own that keeps what it corrects;
// the journal records changes only, one entry per step, and says what each change changed.

let desk: Desk;
beforeEach(() => {
  desk = openDesk('clerk.test', () => new Date('2023-02-21T05:00:00Z'));
});
afterEach(() => desk.close());

const cli = resolve(__dirname, '../../out/main/cli.js');
function tizimVerify(path: string): { code: number | null; stdout: string } {
  const r = spawnSync(process.execPath, [cli, 'verify', '--db', path, '--lang', 'en'], {
    encoding: 'utf8',
    env: { ...process.env, TIZIM_LANG: '', LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', TIZIM_DB: '' },
    timeout: 30_000,
  });
  return { code: r.status, stdout: r.stdout };
}

function mazhilis() {
  const e = desk.must('elections.create', { preset: 'mazhilis-2023' });
  const parties = desk.must('parties.list', { electionId: e.id }) as [PartyView, PartyView, ...PartyView[]];
  const districts = desk.must('districts.list', { electionId: e.id });
  return { e, parties, district1: districts[0]?.id ?? 0, district2: districts[1]?.id ?? 0 };
}

const journalTotal = (): number => desk.must('journal.list', {}).total;
const lastEntry = () => desk.must('journal.list', { limit: 1 }).rows[0];

const registerInput = (id: number, version: number) => ({
  id,
  version,
  decision: 'registered' as const,
  resolutionNumber: '12/3',
  resolutionDate: '2023-02-10',
  grounds: { rules: [], text: '' },
});

describe('voiding an entry made in error', () => {
  it('marks a mistyped nomination voided with who, when and why, and leaves it out of the table, the counts and the checks', () => {
    const { e, district1, district2 } = mazhilis();
    const iin = makeIin('1980-04-04', 'male', 7);
    const kept = desk.must('nominations.create', { electionId: e.id, person: person({ iin }), nomination: nomination({ kind: 'district-self', districtId: district1 }) });
    // The same person typed into a second district by mistake: the desk warns of two districts.
    const mistyped = desk.must('nominations.create', { electionId: e.id, personId: kept.person.id, nomination: nomination({ kind: 'district-self', districtId: district2 }) });
    expect(mistyped.findings.map((f) => f.rule)).toContain('cross.twoDistricts');
    expect(desk.must('elections.get', { id: e.id }).counts.nominations).toBe(2);

    const voided = desk.must('nominations.void', { id: mistyped.nomination.id, version: mistyped.nomination.version, reason: '  Внесено не в тот округ  ' });
    expect(voided.nomination.voided).toEqual({ at: '2023-02-21T05:00:00.000Z', by: 'clerk.test', reason: 'Внесено не в тот округ' });
    // Its data is kept as entered.
    expect(voided.nomination).toMatchObject({ districtId: district2, status: 'nominated', version: 2 });
    expect(lastEntry()).toMatchObject({
      action: 'nomination.void',
      actor: 'clerk.test',
      at: '2023-02-21T05:00:00.000Z',
      entity: 'nomination',
      entityId: mistyped.nomination.id,
      change: { reason: 'Внесено не в тот округ' },
    });

    const table = desk.must('nominations.list', { electionId: e.id });
    expect(table.rows.map((r) => r.nominationId)).toEqual([kept.nomination.id]);
    expect(table.total).toBe(1);
    const asked = desk.must('nominations.list', { electionId: e.id, voided: true });
    expect(asked.rows.map((r) => [r.nominationId, r.voided])).toEqual([[mistyped.nomination.id, true]]);
    expect(desk.must('elections.get', { id: e.id }).counts.nominations).toBe(1);
    // The cross-candidate check no longer sees a second district.
    expect(desk.must('nominations.get', { id: kept.nomination.id }).findings.map((f) => f.rule)).not.toContain('cross.twoDistricts');
    expect(desk.must('checks.run', { electionId: e.id }).nominations.map((n) => n.nominationId)).toEqual([kept.nomination.id]);
    // The history still tells it.
    const history = desk.must('nominations.history', { id: mistyped.nomination.id }).journal.map((r) => r.action);
    expect(history).toEqual(['person.create', 'nomination.create', 'nomination.void']);
    expect(desk.must('journal.verify', {})).toMatchObject({ ok: true });
  });

  it('is refused after a decision, without a reason, and twice; a voided entry is neither changed nor decided', () => {
    const { e, district1, district2 } = mazhilis();
    const a = desk.must('nominations.create', { electionId: e.id, person: person({ iin: makeIin('1980-04-04', 'male', 11) }), nomination: nomination({ kind: 'district-self', districtId: district1 }) });
    const registered = desk.must('nominations.decide', registerInput(a.nomination.id, a.nomination.version));
    const before = journalTotal();
    expect(desk.service.call('nominations.void', { id: a.nomination.id, version: registered.nomination.version, reason: 'Ошибка' })).toEqual({
      ok: false,
      error: { code: 'conflict', messageKey: 'error.voidAfterDecision', params: { status: 'registered' } },
    });
    expect(journalTotal()).toBe(before);
    expect(desk.must('nominations.get', { id: a.nomination.id }).nomination.voided).toBeNull();

    const b = desk.must('nominations.create', { electionId: e.id, person: person({ iin: makeIin('1981-05-05', 'female', 13), sex: 'female', birthDate: '1981-05-05' }), nomination: nomination({ kind: 'district-self', districtId: district2 }) });
    expect(desk.service.call('nominations.void', { id: b.nomination.id, version: b.nomination.version, reason: '   ' })).toEqual({
      ok: false,
      error: { code: 'findings', messageKey: 'error.findings', findings: [{ rule: 'format.required', severity: 'error', field: 'reason', messageKey: 'finding.required' }] },
    });
    expect(desk.service.call('nominations.void', { id: b.nomination.id, version: b.nomination.version + 1, reason: 'Ошибка' })).toMatchObject({ ok: false, error: { code: 'stale' } });
    const voided = desk.must('nominations.void', { id: b.nomination.id, version: b.nomination.version, reason: 'Ошибка' });
    const after = journalTotal();
    for (const [method, input] of [
      ['nominations.void', { id: b.nomination.id, version: voided.nomination.version, reason: 'Ещё раз' }],
      ['nominations.update', { id: b.nomination.id, version: voided.nomination.version, nomination: nomination({ kind: 'district-self', districtId: district1 }) }],
      ['nominations.decide', registerInput(b.nomination.id, voided.nomination.version)],
    ] as const)
      expect(desk.service.call(method, input as never), method).toEqual({ ok: false, error: { code: 'conflict', messageKey: 'error.voided' } });
    expect(journalTotal()).toBe(after);
  });

  it('leaves a voided list candidate out of the quota, the list, the statistics and the print', () => {
    const { e, parties } = mazhilis();
    const party = parties[0];
    const [w1, m1, w2, m2] = addMembers(desk, e.id, party.id, party.code, [WOMAN, MAN, WOMAN, MAN]);
    const list = desk.must('lists.get', { electionId: e.id, partyId: party.id });
    expect(list.quota).toMatchObject({ length: 4, women: 2 });
    const mistyped = desk.must('nominations.get', { id: w2 ?? 0 });
    desk.must('nominations.void', { id: mistyped.nomination.id, version: mistyped.nomination.version, reason: 'Кандидат не из этого списка' });

    const now = desk.must('lists.get', { electionId: e.id, partyId: party.id });
    expect(now.quota).toMatchObject({ length: 3, women: 1 });
    expect(now.members.map((m) => m.nominationId)).not.toContain(w2);
    expect(now.departed).toEqual([]);
    expect(now.version).toBe(list.version + 1);
    const summary = desk.must('lists.list', { electionId: e.id }).find((l) => l.partyId === party.id);
    expect(summary?.quota).toMatchObject({ length: 3, women: 1 });

    const stats = desk.must('reports.preview', { electionId: e.id, report: 'statistics', lang: 'en', limit: 200 });
    expect(stats.rows.find((r) => r[0] === 'Total nominated')).toEqual(['Total nominated', 3, 1, null]);
    const printed = desk.must('print.document', { electionId: e.id, document: 'party-list', partyId: party.id, lang: 'ru' });
    expect(printed.candidates).toHaveLength(3);
    // The list closes up behind it (the entry keeps the place it was typed with), and the next candidate follows on.
    expect(now.members.map((m) => [m.nominationId, m.position])).toEqual([[w1, 1], [m1, 2], [m2, 3]]);
    expect(desk.must('nominations.get', { id: w2 ?? 0 }).nomination.listPosition).toBe(3);
    const next = addMembers(desk, e.id, party.id, party.code, [WOMAN]);
    expect(desk.must('nominations.get', { id: next[0] ?? 0 }).nomination.listPosition).toBe(4);
    expect(desk.must('journal.verify', {})).toMatchObject({ ok: true });
  });

  it('voids an election created twice, with its undecided nominations, and refuses one with a decision', () => {
    const first = desk.must('elections.create', { preset: 'mazhilis-2023' });
    const twice = desk.must('elections.create', { preset: 'mazhilis-2023' });
    const district = desk.must('districts.list', { electionId: twice.id })[0]?.id ?? 0;
    const typedIn = desk.must('nominations.create', { electionId: twice.id, person: person({ iin: makeIin('1980-04-04', 'male', 21) }), nomination: nomination({ kind: 'district-self', districtId: district }) });
    expect(desk.service.call('elections.void', { id: twice.id, reason: '' })).toMatchObject({ ok: false, error: { code: 'findings' } });

    const voided = desk.must('elections.void', { id: twice.id, reason: 'Создано повторно двойным щелчком' });
    expect(voided.voided).toEqual({ at: '2023-02-21T05:00:00.000Z', by: 'clerk.test', reason: 'Создано повторно двойным щелчком' });
    expect(voided.counts.nominations).toBe(0);
    expect(desk.must('elections.list', {}).map((x) => x.id)).toEqual([first.id]);
    expect(desk.must('elections.list', { withVoided: true }).map((x) => [x.id, x.voided?.reason ?? null])).toEqual([
      [first.id, null],
      [twice.id, 'Создано повторно двойным щелчком'],
    ]);
    expect(desk.must('nominations.get', { id: typedIn.nomination.id }).nomination.voided?.reason).toBe('Создано повторно двойным щелчком');
    const actions = desk.must('journal.list', { limit: 2 }).rows.map((r) => [r.action, r.entityId]);
    expect(actions).toEqual([['nomination.void', typedIn.nomination.id], ['election.void', twice.id]]);
    expect(desk.service.call('nominations.create', { electionId: twice.id, person: person({ iin: makeIin('1981-05-05', 'male', 23) }), nomination: nomination({ kind: 'district-self', districtId: district }) })).toEqual({
      ok: false,
      error: { code: 'conflict', messageKey: 'error.electionVoided' },
    });

    const d1 = desk.must('districts.list', { electionId: first.id })[0]?.id ?? 0;
    const c = desk.must('nominations.create', { electionId: first.id, person: person({ iin: makeIin('1982-06-06', 'male', 25) }), nomination: nomination({ kind: 'district-self', districtId: d1 }) });
    desk.must('nominations.decide', registerInput(c.nomination.id, c.nomination.version));
    expect(desk.service.call('elections.void', { id: first.id, reason: 'Ошибка' })).toEqual({ ok: false, error: { code: 'conflict', messageKey: 'error.electionDecided' } });
    expect(desk.must('checks.run', {}).nominations.map((n) => n.electionId)).toEqual([first.id]);
    expect(desk.must('journal.verify', {})).toMatchObject({ ok: true });
    desk.ledger.close();
    const verify = tizimVerify(desk.path);
    expect(verify.stdout).toMatch(/the hash chain is unbroken/);
    expect(verify.code).toBe(0);
    desk.reopen();
  });
});

describe('correcting a decision', () => {
  it('keeps the decision as recorded and chains its corrections, each journaled with who, what and why', () => {
    const { e, district1 } = mazhilis();
    const c = desk.must('nominations.create', { electionId: e.id, person: person({ iin: makeIin('1980-04-04', 'male', 31) }), nomination: nomination({ kind: 'district-self', districtId: district1 }) });
    desk.must('nominations.decide', registerInput(c.nomination.id, c.nomination.version));
    const [decision] = desk.must('nominations.history', { id: c.nomination.id }).decisions;
    if (!decision) throw new Error('no decision');

    const once = desk.must('nominations.correctDecision', {
      id: c.nomination.id, decisionId: decision.id, corrections: 0, resolutionNumber: ' 12/4 ', resolutionDate: '2023-02-10', reason: 'Опечатка в номере',
    });
    expect(once.decisions).toHaveLength(1);
    expect(once.decisions[0]).toMatchObject({
      decision: 'registered',
      resolutionNumber: '12/4',
      resolutionDate: '2023-02-10',
      recorded: { resolutionNumber: '12/3', resolutionDate: '2023-02-10' },
      corrections: [{ from: { resolutionNumber: '12/3', resolutionDate: '2023-02-10' }, to: { resolutionNumber: '12/4', resolutionDate: '2023-02-10' }, reason: 'Опечатка в номере', actor: 'clerk.test' }],
    });
    expect(lastEntry()).toMatchObject({
      action: 'decision.correct',
      actor: 'clerk.test',
      change: {
        correction: {
          decisionId: decision.id,
          decision: 'registered',
          before: { resolutionNumber: '12/3', resolutionDate: '2023-02-10' },
          after: { resolutionNumber: '12/4', resolutionDate: '2023-02-10' },
          reason: 'Опечатка в номере',
        },
      },
    });

    // Someone who saw the decision before the correction is told it changed meanwhile.
    const stale = desk.service.call('nominations.correctDecision', {
      id: c.nomination.id, decisionId: decision.id, corrections: 0, resolutionNumber: '12/5', resolutionDate: '2023-02-11', reason: 'Дата',
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'stale' } });
    const same = desk.service.call('nominations.correctDecision', {
      id: c.nomination.id, decisionId: decision.id, corrections: 1, resolutionNumber: '12/4', resolutionDate: '2023-02-10', reason: 'Дата',
    });
    expect(same).toEqual({ ok: false, error: { code: 'findings', messageKey: 'error.findings', findings: [{ rule: 'format.unchanged', severity: 'error', field: 'resolutionNumber', messageKey: 'finding.correctionUnchanged' }] } });
    const future = desk.service.call('nominations.correctDecision', {
      id: c.nomination.id, decisionId: decision.id, corrections: 1, resolutionNumber: '12/4', resolutionDate: '2023-03-01', reason: 'Дата',
    });
    // In the future, and so after registration closed: the error refuses it, the warning stands beside it.
    expect(future.ok ? [] : future.error.findings?.map((f) => [f.field, f.messageKey, f.severity])).toEqual([
      ['resolutionDate', 'finding.dateInFuture', 'error'],
      ['resolutionDate', 'finding.deadline.decisionLate', 'warning'],
    ]);
    const noReason = desk.service.call('nominations.correctDecision', {
      id: c.nomination.id, decisionId: decision.id, corrections: 1, resolutionNumber: '12/4', resolutionDate: '2023-02-11', reason: ' ',
    });
    expect(noReason).toMatchObject({ ok: false, error: { findings: [{ field: 'reason', messageKey: 'finding.required' }] } });

    const twice = desk.must('nominations.correctDecision', {
      id: c.nomination.id, decisionId: decision.id, corrections: 1, resolutionNumber: '12/4', resolutionDate: '2023-02-11', reason: 'Опечатка в дате',
    });
    expect(twice.decisions[0]).toMatchObject({ resolutionNumber: '12/4', resolutionDate: '2023-02-11', recorded: { resolutionNumber: '12/3' } });
    expect(twice.decisions[0]?.corrections.map((x) => [x.from.resolutionDate, x.to.resolutionDate, x.reason])).toEqual([
      ['2023-02-10', '2023-02-10', 'Опечатка в номере'],
      ['2023-02-10', '2023-02-11', 'Опечатка в дате'],
    ]);
    // The decision's own row is as it was recorded; the corrections are rows of their own pointing at it.
    const rows = desk.ledger.db.prepare('SELECT id, resolution_number, resolution_date, corrects FROM decision ORDER BY id').all();
    expect(rows).toEqual([
      { id: decision.id, resolution_number: '12/3', resolution_date: '2023-02-10', corrects: null },
      { id: decision.id + 1, resolution_number: '12/4', resolution_date: '2023-02-10', corrects: decision.id },
      { id: decision.id + 2, resolution_number: '12/4', resolution_date: '2023-02-11', corrects: decision.id },
    ]);
    expect(desk.must('nominations.history', { id: c.nomination.id }).journal.map((r) => r.action).slice(-2)).toEqual(['decision.correct', 'decision.correct']);
    expect(desk.must('journal.verify', {})).toMatchObject({ ok: true });
  });

  it('corrects a list decision on the list, in its print and in each candidate decision it took, as one journal entry', () => {
    const { e, parties } = mazhilis();
    const party = parties[1];
    const members = addMembers(desk, e.id, party.id, party.code, [WOMAN, MAN, MAN, WOMAN]);
    const registered = register(desk, desk.must('lists.get', { electionId: e.id, partyId: party.id }));
    expect(registered.resolutionNumber).toBe('7/1');
    const before = journalTotal();

    const corrected = desk.must('lists.correctDecision', {
      electionId: e.id, partyId: party.id, version: registered.version, resolutionNumber: '7/2', resolutionDate: '2023-02-19', reason: 'Номер и дата перепутаны',
    });
    expect(corrected).toMatchObject({ status: 'registered', resolutionNumber: '7/2', resolutionDate: '2023-02-19', version: registered.version + 1 });
    expect(corrected.corrections).toMatchObject([
      { from: { resolutionNumber: '7/1', resolutionDate: '2023-02-20' }, to: { resolutionNumber: '7/2', resolutionDate: '2023-02-19' }, reason: 'Номер и дата перепутаны', actor: 'clerk.test' },
    ]);
    expect(journalTotal()).toBe(before + 1);
    expect(lastEntry()).toMatchObject({ action: 'party_list.correct', change: { correction: { before: { resolutionNumber: '7/1' }, after: { resolutionNumber: '7/2' } } } });
    for (const id of members) {
      const [d] = desk.must('nominations.history', { id }).decisions;
      expect(d).toMatchObject({ decision: 'registered', resolutionNumber: '7/2', resolutionDate: '2023-02-19', recorded: { resolutionNumber: '7/1', resolutionDate: '2023-02-20' } });
      expect(desk.must('nominations.history', { id }).journal.at(-1)?.action).toBe('party_list.correct');
    }
    const printed = desk.must('print.document', { electionId: e.id, document: 'party-list', partyId: party.id, lang: 'ru' });
    expect(printed.subtitle).toContain('№ 7/2');
    expect(printed.subtitle).toContain('19.02.2023');
    expect(printed.subtitle).not.toContain('7/1');
    expect(desk.must('journal.verify', {})).toMatchObject({ ok: true });

    const submitted = desk.must('lists.get', { electionId: e.id, partyId: parties[0].id });
    expect(desk.service.call('lists.correctDecision', {
      electionId: e.id, partyId: parties[0].id, version: submitted.version, resolutionNumber: '1', resolutionDate: '2023-02-19', reason: 'x',
    })).toEqual({ ok: false, error: { code: 'conflict', messageKey: 'error.nothingDecided', field: 'resolutionNumber' } });
    desk.ledger.close();
    expect(tizimVerify(desk.path).code).toBe(0);
    desk.reopen();
  });
});

describe('the journal', () => {
  it('writes nothing for a save that changes nothing, and says field by field what a change changed', () => {
    const { e, district1, parties } = mazhilis();
    const c = desk.must('nominations.create', {
      electionId: e.id,
      person: person({ iin: makeIin('1980-04-04', 'male', 41) }),
      nomination: nomination({ kind: 'district-party', partyId: parties[0].id, districtId: district1, documents: {} }),
    });
    const before = journalTotal();
    const same = desk.must('nominations.update', {
      id: c.nomination.id,
      version: c.nomination.version,
      person: { version: c.person.version, fields: person({ iin: makeIin('1980-04-04', 'male', 41) }) },
      nomination: nomination({ kind: 'district-party', partyId: parties[0].id, districtId: district1, documents: {} }),
    });
    expect(journalTotal()).toBe(before);
    expect(same.nomination.version).toBe(c.nomination.version);
    expect(same.person.version).toBe(c.person.version);

    desk.must('nominations.update', {
      id: c.nomination.id,
      version: c.nomination.version,
      person: { version: c.person.version, fields: person({ iin: makeIin('1980-04-04', 'male', 41), surname: 'Ұзақова', workplace: '' }) },
      nomination: nomination({ kind: 'district-party', partyId: parties[1].id, districtId: district1, documents: { application: 'received' } }),
    });
    expect(journalTotal()).toBe(before + 2);
    const history = desk.must('nominations.history', { id: c.nomination.id }).journal;
    const personChange = history.find((r) => r.action === 'person.update');
    expect(personChange?.changes).toEqual([
      { field: 'surname', before: 'Ұзақов', after: 'Ұзақова' },
      { field: 'workplace', before: 'ТОО «Құрылыс»', after: '' },
    ]);
    const nominationChange = history.find((r) => r.action === 'nomination.update');
    expect(nominationChange?.changes).toEqual([
      { field: 'partyId', before: { kk: parties[0].short.kk, ru: parties[0].short.ru, en: parties[0].short.en }, after: { kk: parties[1].short.kk, ru: parties[1].short.ru, en: parties[1].short.en } },
      { field: 'documents.application', before: 'missing', after: 'received' },
    ]);
    // The journal screen says the same of the same entry.
    const listed = desk.must('journal.list', { action: 'person.update' }).rows[0];
    expect(listed?.changes).toEqual(personChange?.changes);
    expect(history.find((r) => r.action === 'nomination.create')?.changes).toEqual([]);
  });

  it('journals one reorder step as one entry that keeps every moved candidate', () => {
    const { e, parties } = mazhilis();
    const party = parties[0];
    const [a = 0, b = 0, c = 0] = addMembers(desk, e.id, party.id, party.code, [WOMAN, MAN, MAN]);
    const list = desk.must('lists.get', { electionId: e.id, partyId: party.id });
    const before = journalTotal();
    desk.must('lists.reorder', { electionId: e.id, partyId: party.id, version: list.version, order: [c, a, b] });
    expect(journalTotal()).toBe(before + 1);
    const entry = lastEntry();
    expect(entry).toMatchObject({
      action: 'party_list.reorder',
      entity: 'party_list',
      change: { moves: [{ nominationId: c, from: 3, to: 1 }, { nominationId: a, from: 1, to: 2 }, { nominationId: b, from: 2, to: 3 }] },
    });
    expect((entry?.change as { related: { entity: string; id: number }[] }).related.map((r) => [r.entity, r.id])).toEqual([
      ['nomination', c], ['nomination', a], ['nomination', b],
    ]);
    // Each moved candidate's history shows the step; the ledger still proves every record against the journal.
    expect(desk.must('nominations.history', { id: a }).journal.at(-1)?.action).toBe('party_list.reorder');
    expect(desk.must('journal.verify', {})).toMatchObject({ ok: true });
    // Moving nobody is no step at all.
    const now = desk.must('lists.get', { electionId: e.id, partyId: party.id });
    desk.must('lists.reorder', { electionId: e.id, partyId: party.id, version: now.version, order: [c, a, b] });
    expect(journalTotal()).toBe(before + 1);
    // A later change of a moved candidate is told against the moved image, not against the one before the move.
    const moved = desk.must('nominations.get', { id: a });
    desk.must('nominations.update', { id: a, version: moved.nomination.version, nomination: { ...nomination({ kind: 'party-list', partyId: party.id }), listPosition: 2, receivedOn: '2023-02-02' } });
    expect(desk.must('journal.list', { action: 'nomination.update' }).rows[0]?.changes).toEqual([{ field: 'receivedOn', before: '2023-02-01', after: '2023-02-02' }]);
  });

  it('filters by candidate, actor, action, date and words of the subject', () => {
    const { e, district1, district2 } = mazhilis();
    const iin = makeIin('1980-04-04', 'male', 51);
    const c = desk.must('nominations.create', { electionId: e.id, person: person({ iin }), nomination: nomination({ kind: 'district-self', districtId: district1 }) });
    // A second workstation's secretary, a day later.
    const secretary = createService(desk.ledger, { actor: 'secretary', now: () => new Date('2023-02-22T05:00:00Z') });
    const other = secretary.call('nominations.create', {
      electionId: e.id,
      person: person({ iin: makeIin('1981-05-05', 'female', 53), surname: 'Ёлкина', givenName: 'Гүлнар', sex: 'female', birthDate: '1981-05-05' }),
      nomination: nomination({ kind: 'district-self', districtId: district2 }),
    });
    expect(other.ok).toBe(true);
    secretary.call('nominations.decide', registerInput(c.nomination.id, c.nomination.version));

    const bySecretary = desk.must('journal.list', { actor: 'secretary' });
    expect(bySecretary.rows.map((r) => r.action)).toEqual(['nomination.decide', 'decision.create', 'nomination.create', 'person.create']);
    expect(desk.must('journal.list', { action: 'decision.create' }).rows.map((r) => r.actor)).toEqual(['secretary']);
    expect(desk.must('journal.list', { iin }).rows.map((r) => r.action)).toEqual(['nomination.decide', 'decision.create', 'nomination.create', 'person.create']);
    expect(desk.must('journal.list', { iin: '000000000000' }).total).toBe(0);
    const day = desk.must('journal.list', { from: '2023-02-22T00:00:00.000Z', to: '2023-02-23T00:00:00.000Z' });
    expect(day.total).toBe(4);
    expect(desk.must('journal.list', { to: '2023-02-22T00:00:00.000Z', actor: 'secretary' }).total).toBe(0);
    // Words are folded as names are: «елкина» finds «Ёлкина», «узаков» finds «Ұзақов».
    expect(desk.must('journal.list', { query: 'елкина' }).rows.map((r) => r.action)).toEqual(['nomination.create', 'person.create']);
    expect(desk.must('journal.list', { query: 'узаков алихан' }).rows.map((r) => r.action)).toEqual(['nomination.decide', 'decision.create', 'nomination.create', 'person.create']);
    expect(desk.must('journal.list', { query: 'secretary', action: 'person.create' }).total).toBe(1);
    expect(desk.must('journal.facets', {})).toEqual({
      actors: ['clerk.test', 'secretary'],
      actions: ['decision.create', 'district.create', 'election.create', 'nomination.create', 'nomination.decide', 'party.create', 'person.create', 'region.create'],
    });
  });
});
