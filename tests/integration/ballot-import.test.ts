import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyLedger } from '../../src/ledger/verify';
import { makeIin } from '../fixtures/iin';
import { openTeam, TEAM, type Team } from './ballot-team';

// Issue 13: the rows of an import are first entries; a second workbook, typed independently by another clerk from
// the same papers, is imported as second entries, matched by IIN and compared as printed. The preview names the rows
// and fields that differ (never a value of the first entry); the commit verifies the others.

const HEADER = ['№ в списке', 'Фамилия', 'Имя', 'Отчество', 'ИИН', 'Дата рождения', 'Пол', 'Гражданство', 'Постоянно проживает в Казахстане с', 'Инвалидность', 'Партийность'];
type Cell = string | number | null;
const PEOPLE = [
  { surname: 'Әлиева', given: 'Гүлнар', patronymic: 'Маратқызы', iin: makeIin('1985-06-01', 'female', 21), born: '01.06.1985', sex: 'Женский' },
  { surname: 'Ёлкина', given: 'Мария', patronymic: 'Ивановна', iin: makeIin('1985-03-14', 'female', 22), born: '14.03.1985', sex: 'Женский' },
  { surname: 'Бекетов', given: 'Ерлан', patronymic: 'Болатұлы', iin: makeIin('1979-12-30', 'male', 23), born: '30.12.1979', sex: 'Мужской' },
  { surname: 'Ұзақов', given: 'Әлихан', patronymic: 'Серікұлы', iin: makeIin('1980-04-05', 'male', 24), born: '05.04.1980', sex: 'Мужской' },
];

async function workbook(path: string, change: (p: (typeof PEOPLE)[number], i: number) => Partial<(typeof PEOPLE)[number]> = () => ({})): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Кандидаты');
  ws.addRow(HEADER);
  PEOPLE.forEach((p0, i) => {
    const p = { ...p0, ...change(p0, i) };
    const row: Cell[] = [i + 1, p.surname, p.given, p.patronymic, p.iin, p.born, p.sex, 'Казахстан', p0.born, 'нет', 'AMANAT'];
    ws.addRow(row);
  });
  await wb.xlsx.writeFile(path);
}

let team: Team;
let electionId: number;
let partyId: number;
beforeEach(async () => {
  team = await openTeam();
  electionId = team.as('admin', 'elections.create', { preset: 'mazhilis-2023' }).id;
  partyId = team.as('admin', 'parties.list', { electionId }).find((p) => p.code === 'amanat')?.id ?? 0;
});
afterEach(() => team.close());

async function firstWorkbook(): Promise<number[]> {
  const path = join(team.dir, 'amanat.xlsx');
  await workbook(path);
  const fileId = team.service.registerImportFile(path, 'amanat.xlsx');
  const preview = await team.asAsync('clerkA', 'imports.preview', { electionId, fileId, partyId });
  await team.asAsync('clerkA', 'imports.commit', { electionId, fileId, partyId, digest: preview.digest });
  return team.as('observer', 'nominations.list', { electionId, sort: 'list-position' }).rows.map((r) => r.nominationId);
}

describe('a second workbook', () => {
  it('with two differences: the preview names the two rows and fields; the commit verifies the others and journals each entry', async () => {
    const ids = await firstWorkbook();
    expect(ids).toHaveLength(4);
    const path = join(team.dir, 'amanat-second.xlsx');
    // Clerk B typed «Елкина» for «Ёлкина» (row 3) and November for Бекетов's December (row 4).
    await workbook(path, (p) => (p.surname === 'Ёлкина' ? { surname: 'Елкина' } : p.surname === 'Бекетов' ? { born: '30.11.1979' } : {}));
    const fileId = team.service.registerImportFile(path, 'amanat-second.xlsx');

    // The first entries' author is offered none of them.
    const own = await team.asAsync('clerkA', 'ballot.importPreview', { electionId, fileId, partyId });
    expect(own.counts).toEqual({ verified: 0, differs: 0, unmatched: 0, yours: 4, done: 0, invalid: 0 });

    const preview = await team.asAsync('clerkB', 'ballot.importPreview', { electionId, fileId, partyId });
    expect(preview.counts).toEqual({ verified: 2, differs: 2, unmatched: 0, yours: 0, done: 0, invalid: 0 });
    expect(preview.rows.filter((r) => r.outcome === 'differs').map((r) => [r.row, r.fields])).toEqual([
      [3, ['surname']],
      [4, ['birthDate']],
    ]);
    // Nothing of the first entry is in what B is shown.
    expect(JSON.stringify(preview)).not.toContain('Ёлкина');
    expect(JSON.stringify(preview)).not.toContain('1979-12-30');
    const before = team.as('observer', 'journal.list', { limit: 1 }).total;
    expect(team.as('observer', 'ballot.status', { nominationId: ids[0] ?? 0 }).state).toBe('waiting');

    const outcome = await team.asAsync('clerkB', 'ballot.importCommit', { electionId, fileId, partyId, digest: preview.digest });
    expect(outcome.counts).toEqual(preview.counts);
    expect(ids.map((id) => team.as('observer', 'ballot.status', { nominationId: id }).state)).toEqual(['verified', 'differs', 'differs', 'verified']);
    expect(team.as('observer', 'ballot.status', { nominationId: ids[2] ?? 0 }).fields).toMatchObject({ birthDate: 'differs', surname: 'verified' });
    // The candidates table filters by the state.
    expect(team.as('observer', 'nominations.list', { electionId, ballot: 'differs' }).rows.map((r) => r.surname)).toEqual(['Бекетов', 'Ёлкина']);
    expect(team.as('observer', 'nominations.list', { electionId, ballot: 'verified' }).total).toBe(2);

    // The list says how many of its candidates are verified, and registering it waits for the two that differ.
    expect(team.as('observer', 'lists.get', { electionId, partyId }).members.map((m) => m.ballot)).toEqual(['verified', 'differs', 'differs', 'verified']);
    const check = team.as('secretary', 'lists.registrationCheck', { electionId, partyId });
    const ballotFields = (nominationId: number | undefined) =>
      check.members.find((m) => m.nominationId === nominationId)?.findings.filter((f) => f.rule.startsWith('ballot.')).map((f) => [f.rule, f.field]) ?? [];
    expect(ids.map(ballotFields)).toEqual([[], [['ballot.differs', 'surname']], [['ballot.differs', 'birthDate']], []]);

    // The statistics report counts verified, waiting and differing candidates per list (and per district).
    const report = join(team.dir, 'statistics.xlsx');
    const exported = await team.service.streamFile('reports.export', { electionId, report: 'statistics', lang: 'ru' }, createWriteStream(report), team.callers.observer);
    expect(exported.ok).toBe(true);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(report);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Статистика', 'Сверка данных бюллетеня']);
    const sheet = book.getWorksheet('Сверка данных бюллетеня');
    const values: unknown[][] = [];
    sheet?.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
    const at = values.findIndex((r) => r[0] === 'Список или округ');
    expect(values.slice(at)).toEqual([
      ['Список или округ', 'Сверены', 'Ждут повторного ввода', 'С расхождениями', 'Всего'],
      ['Все кандидаты', 2, 0, 2, 4],
      ['По партийным спискам'],
      [expect.stringContaining('AMANAT'), 2, 0, 2, 4],
      ['По округам'],
    ]);

    // One journal entry per row, by clerk B, naming the first entry's author and the file's row.
    const rows = team.as('observer', 'journal.list', { limit: 100 }).rows.slice(0, team.as('observer', 'journal.list', { limit: 1 }).total - before);
    expect(rows.map((r) => [r.action, r.actor, (r.change as { import?: unknown }).import, (r.change as { ballot: { differing: string; firstEntry: string } }).ballot.differing])).toEqual([
      ['ballot.secondEntry', TEAM.clerkB.fullName, { file: 'amanat-second.xlsx', row: 5 }, ''],
      ['ballot.secondEntry', TEAM.clerkB.fullName, { file: 'amanat-second.xlsx', row: 4 }, 'birthDate'],
      ['ballot.secondEntry', TEAM.clerkB.fullName, { file: 'amanat-second.xlsx', row: 3 }, 'surname'],
      ['ballot.secondEntry', TEAM.clerkB.fullName, { file: 'amanat-second.xlsx', row: 2 }, ''],
    ]);
    for (const r of rows) expect((r.change as { ballot: { firstEntry: string } }).ballot.firstEntry).toBe(TEAM.clerkA.fullName);

    // The same file again has nothing left to enter, and the secretary resolves the two as by hand.
    const again = await team.asAsync('clerkB', 'ballot.importPreview', { electionId, fileId, partyId });
    expect(again.counts).toMatchObject({ verified: 0, differs: 0, done: 4 });
    team.as('secretary', 'ballot.resolve', { nominationId: ids[1] ?? 0, version: 1, accept: 'first' });
    expect(team.as('observer', 'ballot.status', { nominationId: ids[1] ?? 0 }).state).toBe('verified');
    expect(verifyLedger(team.ledger.db)).toMatchObject({ ok: true });
  });

  it('is refused when the file changed after its preview, and a row whose IIN names no candidate is listed as unmatched', async () => {
    await firstWorkbook();
    const path = join(team.dir, 'second.xlsx');
    await workbook(path, (p) => (p.surname === 'Ұзақов' ? { iin: makeIin('1991-01-01', 'male', 31) } : {}));
    const fileId = team.service.registerImportFile(path, 'second.xlsx');
    const preview = await team.asAsync('clerkB', 'ballot.importPreview', { electionId, fileId, partyId });
    expect(preview.rows.map((r) => [r.row, r.outcome])).toEqual([[2, 'verified'], [3, 'verified'], [4, 'verified'], [5, 'unmatched']]);
    await workbook(path);
    const refused = await team.service.callAsync('ballot.importCommit', { electionId, fileId, partyId, digest: preview.digest }, team.callers.clerkB);
    expect(refused).toMatchObject({ ok: false, error: { code: 'stale', messageKey: 'import.fileChanged' } });
    expect(team.as('observer', 'nominations.list', { electionId, ballot: 'verified' }).total).toBe(0);
  });
});
