import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run';
import { catalogs } from '../../src/domain/i18n';
import type { ImportOutcome, ImportPreview } from '../../src/domain/import-records';
import type { Result } from '../../src/service';
import { makeIin } from '../fixtures/iin';
import { ALL_DOCUMENTS, openDesk, type Desk } from './helpers';

// Issue 11, items 1, 2 and 22: a party's workbook written the way parties write it, Russian full names of regions
// and parties beside Kazakh forms, abbreviations, «г.» and «обл.», resolves every region and every party; the Kazakh
// statistics report then counts each region once, by its Kazakh name; and the time of receipt applies the 18:00
// cut-off of the closing day to imported rows as it does to typed ones.

let desk: Desk;
// The day after nominations closed (8 Feb 2023, 18:00 local time), at the seat in Astana.
beforeEach(() => {
  desk = openDesk('clerk.import', () => new Date('2023-02-10T04:00:00Z'));
});
afterEach(() => desk.close());

type Cell = string | number | Date | null;
const ru = catalogs.ru.core;
const HEADER = [
  '№ округа', 'Способ выдвижения', 'Партия', 'Фамилия', 'Имя', 'ИИН', 'Дата рождения', 'Пол', 'Гражданство',
  'Постоянно проживает в Казахстане с', 'Область', 'Населённый пункт', 'Партийность', 'Дата приёма', 'Время приёма',
  'Недееспособность', 'Лишение свободы', 'Судимость', 'Коррупция',
];

/** One candidate as the party wrote them: region, party and membership in whatever form the party uses. */
interface Written {
  surname: string;
  region: string;
  settlement: string;
  party: string;
  membership: string;
  time: string;
}

// Region, then how the party named itself, then how it named the membership.
const WRITTEN: readonly Written[] = [
  { surname: 'Әлиева', region: 'г. Астана', settlement: 'Астана', party: 'партия «Respublica»', membership: 'Respublica', time: '10:00' },
  { surname: 'Бекетов', region: 'Астана қаласы', settlement: '', party: 'Ак жол', membership: 'Ақ жол', time: '11:15' },
  { surname: 'Қасымов', region: 'Акмолинская обл.', settlement: 'Кокшетау', party: 'Демократическая партия Казахстана «Ак жол»', membership: '«Ақ жол» Қазақстан демократиялық партиясы', time: '12:00' },
  { surname: 'Өтепова', region: 'Ақмола облысы', settlement: 'Көкшетау', party: '«AMANAT» партиясы', membership: 'партия «AMANAT»', time: '09:30' },
  { surname: 'Жұмабаев', region: 'ВКО', settlement: 'Өскемен', party: 'Народная партия Казахстана', membership: 'НПК', time: '14:00' },
  { surname: 'Ильина', region: 'Восточно-Казахстанская область', settlement: 'Усть-Каменогорск', party: 'ОСДП', membership: 'Жалпыұлттық социал-демократиялық партия', time: '15:20' },
  { surname: 'Нұрланов', region: 'Павлодар облысы', settlement: 'Павлодар', party: 'партия зелёных «Байтак»', membership: 'Байтақ', time: '16:40' },
  { surname: 'Сергеев', region: '  павлодарская   ОБЛАСТЬ ', settlement: 'Экибастуз', party: 'Ауыл', membership: 'Народно-демократическая патриотическая партия «Ауыл»', time: '17:45' },
  { surname: 'Тоқтаров', region: 'город Алматы', settlement: '', party: 'AMANAT', membership: 'amanat', time: '17:59' },
  // Received after 18:00 of the closing day: late, as if it had been typed.
  { surname: 'Кешікбаев', region: 'Алматы', settlement: '', party: 'Respublica', membership: 'Республика', time: '18:30' },
  // No region given: not stated, which the statistics say in so many words.
  { surname: 'Жолдасова', region: '', settlement: '', party: 'Aq Jol', membership: 'aq-jol', time: '12:30' },
];

const REGION_CODES = ['astana', 'astana', 'akmola', 'akmola', 'east-kazakhstan', 'east-kazakhstan', 'pavlodar', 'pavlodar', 'almaty-city', 'almaty-city', ''];
const PARTY_CODES = ['respublica', 'aq-jol', 'aq-jol', 'amanat', 'qhp', 'jsdp', 'baytaq', 'auyl', 'amanat', 'respublica', 'aq-jol'];

const iinOf = (i: number): string => makeIin('1978-03-03', i % 2 === 0 ? 'female' : 'male', 70 + i);

function rowOf(w: Written, i: number): Cell[] {
  const sex = i % 2 === 0 ? 'Женский' : 'Мужской';
  const born = new Date(Date.UTC(1978, 2, 3));
  return [
    i + 1, ru.kind['district-party'], w.party, w.surname, i % 2 === 0 ? 'Айгүл' : 'Ерлан', iinOf(i), born, sex, 'Казахстан',
    born, w.region, w.settlement, w.membership, '08.02.2023', w.time, 'нет', 'нет', 'нет', 'нет',
  ];
}

async function writeBook(path: string, header: string[], rows: Cell[][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Кандидаты');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  await wb.xlsx.writeFile(path);
}

async function callAsync<T>(method: string, input: unknown): Promise<Result<T>> {
  return (await desk.service.callAsync(method, input)) as Result<T>;
}

async function importFile(electionId: number, path: string): Promise<{ preview: ImportPreview; outcome: ImportOutcome }> {
  const fileId = desk.service.registerImportFile(path, 'кандидаты.xlsx');
  const preview = await callAsync<ImportPreview>('imports.preview', { electionId, fileId, only: 'all', offset: 0, limit: 100 });
  if (!preview.ok) throw new Error(JSON.stringify(preview.error));
  const outcome = await callAsync<ImportOutcome>('imports.commit', { electionId, fileId, digest: preview.value.digest });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  return { preview: preview.value, outcome: outcome.value };
}

describe('a party’s workbook, written the way parties write', () => {
  it('resolves every region and party, and the Kazakh statistics count each region once, in Kazakh', async () => {
    const e = desk.must('elections.create', { preset: 'mazhilis-2023' });
    const parties = desk.must('parties.list', { electionId: e.id });
    const path = join(desk.dir, 'кандидаты.xlsx');
    await writeBook(path, HEADER, WRITTEN.map(rowOf));
    const { preview, outcome } = await importFile(e.id, path);
    expect(preview.counts).toMatchObject({ rows: 11, new: 11, invalid: 0 });
    expect(outcome).toMatchObject({ added: 11, persons: 11 });

    const rows = desk.must('nominations.list', { electionId: e.id, limit: 100 }).rows;
    // In the file's order.
    const candidates = WRITTEN.map((_, i) => rows.find((r) => r.iin === iinOf(i))).map((r) => desk.must('nominations.get', { id: r?.nominationId ?? 0 }));
    expect(candidates.map((c) => c.person.residenceRegion)).toEqual(REGION_CODES);
    const codeOf = (partyId: number | null) => parties.find((p) => p.id === partyId)?.code;
    expect(candidates.map((c) => codeOf(c.nomination.partyId))).toEqual(PARTY_CODES);
    expect(candidates.map((c) => c.person.partyMembership)).toEqual(PARTY_CODES);
    // The settlement stays as written.
    expect(candidates[5]?.person.residenceSettlement).toBe('Усть-Каменогорск');
    // No finding about a region for anyone: every one is a region of the election.
    expect(candidates.flatMap((c) => c.findings.filter((f) => f.field === 'residenceRegion'))).toEqual([]);

    // The 18:00 cut-off of the closing day: 17:59 is in time, 18:30 is late.
    const deadline = (i: number) => candidates[i]?.findings.filter((f) => f.rule.startsWith('deadline.')).map((f) => f.rule);
    expect(deadline(8)).toEqual([]);
    expect(deadline(9)).toEqual(['deadline.nominationLate']);

    // The commission registers all but the late one, documents handed in.
    for (const c of candidates.filter((_, i) => i !== 9)) {
      const { kind, partyId, associationName, districtId, listPosition, receivedOn, receivedTime } = c.nomination;
      const updated = desk.must('nominations.update', {
        id: c.nomination.id,
        version: c.nomination.version,
        nomination: { kind, partyId, associationName, districtId, listPosition, receivedOn, receivedTime, documents: ALL_DOCUMENTS },
      });
      desk.must('nominations.decide', {
        id: updated.nomination.id, version: updated.nomination.version, decision: 'registered',
        resolutionNumber: '12/3', resolutionDate: '2023-02-10', grounds: { rules: [], text: '' },
      });
    }

    const file = join(desk.dir, 'statistics-kk.xlsx');
    const written = await desk.service.streamFile('reports.export', { electionId: e.id, report: 'statistics', lang: 'kk' }, createWriteStream(file));
    expect(written.ok).toBe(true);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const ws = book.worksheets[0] as ExcelJS.Worksheet;
    const texts: [string, unknown][] = [];
    ws.eachRow((row) => texts.push([row.getCell(1).text, row.getCell(2).value]));
    const kk = catalogs.kk.core.report.statistics;
    const from = texts.findIndex(([label]) => label === kk.byRegion);
    const to = texts.findIndex(([label]) => label === kk.byParty);
    expect(from).toBeGreaterThan(0);
    // Most candidates first; a tie in the reference data's order of regions.
    expect(texts.slice(from + 1, to)).toEqual([
      ['Астана қаласы', 2],
      ['Ақмола облысы', 2],
      ['Павлодар облысы', 2],
      ['Шығыс Қазақстан облысы', 2],
      ['Алматы қаласы', 1],
      ['Көрсетілмеген', 1],
    ]);
    // The parties by their Kazakh short names.
    expect(texts.slice(to + 1).map(([label]) => label)).toEqual(expect.arrayContaining(['Ақ жол', 'ҚХП', 'ЖСДП', 'Байтақ', 'Ауыл']));
  });

  it('refuses a row whose region names none of the election’s, naming the row, the column and the value', async () => {
    const e = desk.must('elections.create', { preset: 'mazhilis-2023' });
    const path = join(desk.dir, 'кандидаты.xlsx');
    const rows = WRITTEN.slice(0, 3).map(rowOf);
    (rows[1] as Cell[])[10] = 'Павлодарская обл., г. Экибастуз';
    (rows[2] as Cell[])[2] = 'партия «Ұлт тағдыры»';
    await writeBook(path, HEADER, rows);
    const fileId = desk.service.registerImportFile(path, 'кандидаты.xlsx');
    const preview = await callAsync<ImportPreview>('imports.preview', { electionId: e.id, fileId, only: 'problems', offset: 0, limit: 100 });
    if (!preview.ok) throw new Error(JSON.stringify(preview.error));
    const cells = preview.value.page.rows.map((r) => [r.row, r.status, r.findings.filter((f) => f.rule === 'import.cell').map((f) => [f.field, f.messageKey, f.params])]);
    expect(cells).toEqual([
      [3, 'invalid', [['residenceRegion', 'import.cell.region', { column: 'K', value: 'Павлодарская обл., г. Экибастуз' }]]],
      [4, 'invalid', [['partyId', 'import.cell.party', { column: 'C', value: 'партия «Ұлт тағдыры»' }]]],
    ]);
  });

  it('takes the party of a party-list file by any of its names on the command line', async () => {
    const e = desk.must('elections.create', { preset: 'mazhilis-2023' });
    const path = join(desk.dir, 'ақ-жол.xlsx');
    const header = ['Фамилия', 'Имя', 'ИИН', 'Дата рождения', 'Пол', 'Гражданство', 'Постоянно проживает в Казахстане с', 'Область', 'Партийность'];
    const born = new Date(Date.UTC(1978, 2, 3));
    await writeBook(path, header, [
      ['Әлиева', 'Айгүл', iinOf(0), born, 'Женский', 'Казахстан', born, 'Жетысуская обл.', 'Ак жол'],
      ['Бекетов', 'Ерлан', iinOf(1), born, 'Мужской', 'Казахстан', born, 'область Ұлытау', 'Ақ жол'],
    ]);
    desk.ledger.close();
    const out: string[] = [];
    const err: string[] = [];
    const env = { TIZIM_LANG: '', LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', TIZIM_DB: '' };
    const code = await run(['import', path, '--db', desk.path, '--party', '«Ақ жол» партиясы', '--commit', '--lang', 'kk'], { env, out: (l) => out.push(l), err: (l) => err.push(l) });
    desk.reopen();
    expect(err).toEqual(['Импортталатын жолдар: 2…']);
    expect(code).toBe(0);
    // The list as it stands, by the party's Kazakh short name.
    expect(out.some((l) => l.startsWith('Ақ жол'))).toBe(true);
    const aqJol = desk.must('parties.list', { electionId: e.id }).find((p) => p.code === 'aq-jol');
    const list = desk.must('lists.get', { electionId: e.id, partyId: aqJol?.id ?? 0 });
    expect(list.members.map((m) => m.surname)).toEqual(['Әлиева', 'Бекетов']);
    const regions = list.members.map((m) => desk.must('persons.get', { id: m.personId }).residenceRegion);
    expect(regions).toEqual(['jetisu', 'ulytau']);
  });

  it('names the parties by code and by their short name in the language of the command when --party is unknown', async () => {
    desk.must('elections.create', { preset: 'mazhilis-2023' });
    const path = join(desk.dir, 'list.xlsx');
    await writeBook(path, ['Фамилия', 'Имя', 'ИИН'], [['Әлиева', 'Айгүл', iinOf(0)]]);
    desk.ledger.close();
    const err: string[] = [];
    const env = { TIZIM_LANG: '', LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', TIZIM_DB: '' };
    const code = await run(['import', path, '--db', desk.path, '--party', 'Нұр', '--lang', 'ru'], { env, out: () => undefined, err: (l) => err.push(l) });
    desk.reopen();
    expect(code).not.toBe(0);
    expect(err.join('\n')).toContain('aq-jol (Ак жол)');
  });
});
