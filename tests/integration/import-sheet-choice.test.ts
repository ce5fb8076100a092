import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportOutcome, ImportPreview } from '../../src/domain/import-records';
import { makeIin } from '../fixtures/iin';
import { openDesk, type Desk } from './helpers';

// Issue 14, item 4 on the screen and in the CLI: the clerk picks which visible sheet is imported (the preview lists
// them), and is told of the hidden rows and hidden sheets the reader found.

const HEADER = ['Фамилия', 'Имя', 'ИИН', 'Дата рождения', 'Пол', 'Гражданство', 'Постоянно проживает в Казахстане с', 'Партийность'];
const WOMAN = makeIin('1985-06-01', 'female', 31);
const MAN = makeIin('1979-12-30', 'male', 32);
const OTHER = makeIin('1980-05-05', 'male', 33);
const cli = resolve(__dirname, '../../out/main/cli.js');

const row = (surname: string, iin: string, born: string, sex: string): (string | Date)[] => [
  surname, 'Тест', iin, new Date(`${born}T00:00:00Z`), sex, 'Казахстан', new Date(`${born}T00:00:00Z`), 'AMANAT',
];

/** «Жасырын» (hidden: a woman), «Тізім 1» (a woman), «Тізім 2» (a man, and a hidden row: another man). */
async function writeWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const hidden = wb.addWorksheet('Жасырын', { state: 'hidden' });
  hidden.addRow(HEADER);
  hidden.addRow(row('Жасырынова', WOMAN, '1985-06-01', 'Женский'));
  const first = wb.addWorksheet('Тізім 1');
  first.addRow(HEADER);
  first.addRow(row('Біріншіева', WOMAN, '1985-06-01', 'Женский'));
  const second = wb.addWorksheet('Тізім 2');
  second.addRow(HEADER);
  second.addRow(row('Екіншіев', MAN, '1979-12-30', 'Мужской'));
  second.addRow(row('Көрінбеев', OTHER, '1980-05-05', 'Мужской')).hidden = true;
  await wb.xlsx.writeFile(path);
}

let desk: Desk;
let file: string;
let partyId: number;
beforeEach(async () => {
  desk = openDesk('clerk.import', () => new Date('2023-02-01T09:00:00Z'));
  desk.must('elections.create', { preset: 'mazhilis-2023' });
  partyId = desk.must('parties.list', { electionId: 1 }).find((p) => p.code === 'amanat')?.id ?? 0;
  file = join(desk.dir, 'тізім.xlsx');
  await writeWorkbook(file);
});
afterEach(() => desk.close());

async function preview(fileId: string, extra: object = {}): Promise<ImportPreview> {
  const result = await desk.service.callAsync('imports.preview', { electionId: 1, fileId, partyId, ...extra });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as ImportPreview;
}

describe('the sheet of an import', () => {
  it('is the first visible one unless the clerk picks another; the preview lists the visible ones and what is hidden', async () => {
    const fileId = desk.service.registerImportFile(file, 'тізім.xlsx');
    const first = await preview(fileId);
    expect(first).toMatchObject({ sheet: 'Тізім 1', sheets: ['Тізім 1', 'Тізім 2'], hiddenSheets: ['Жасырын'], hiddenRows: [] });
    expect(first.page.rows.map((r) => r.iin)).toEqual([WOMAN]);

    const second = await preview(fileId, { sheet: 'Тізім 2' });
    expect(second).toMatchObject({ sheet: 'Тізім 2', sheets: ['Тізім 1', 'Тізім 2'], hiddenSheets: ['Жасырын'], hiddenRows: [3] });
    expect(second.page.rows.map((r) => r.iin)).toEqual([MAN, OTHER]);

    const missing = await desk.service.callAsync('imports.preview', { electionId: 1, fileId, partyId, sheet: 'Тізім 3' });
    expect(missing).toMatchObject({ ok: false, error: { messageKey: 'import.noSuchSheet', params: { detail: 'Тізім 3' } } });

    // The commit carries out the preview of the sheet picked, and only of it.
    const done = await desk.service.callAsync('imports.commit', { electionId: 1, fileId, partyId, sheet: 'Тізім 2', digest: second.digest });
    if (!done.ok) throw new Error(JSON.stringify(done.error));
    expect((done.value as ImportOutcome).added).toBe(2);
    const iins = desk.must('nominations.list', { electionId: 1 }).rows.map((r) => r.iin).sort();
    expect(iins).toEqual([MAN, OTHER].sort());
  });

  it('is picked in the CLI with --sheet, which names the sheet read and the hidden rows', () => {
    desk.ledger.close();
    const run = (args: string[]) =>
      spawnSync(process.execPath, [cli, 'import', file, '--db', desk.path, '--party', 'amanat', ...args], { encoding: 'utf8', env: { ...process.env, TIZIM_LANG: 'en', TIZIM_DB: '' }, timeout: 30_000 });
    const picked = run(['--sheet', 'Тізім 2']);
    expect(picked.status).toBe(0);
    expect(picked.stdout).toContain('тізім.xlsx, sheet «Тізім 2»: header in row 1');
    expect(picked.stdout).toContain('Warning: 1 rows of this sheet are hidden in Excel and are read like the others: 3.');
    const unknown = run(['--sheet', 'Тізім 3']);
    expect(unknown.stderr).toContain('тізім.xlsx has no sheet named “Тізім 3”.');
    expect(unknown.status).not.toBe(0);
    desk.reopen();
  });
});
