import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run';
import { openDesk, type Desk } from './helpers';
import { tenMandateElection } from './list-helpers';

// `tizim export` on a ledger the service built, run in-process through the command line's own entry point.

let desk: Desk;
beforeEach(() => {
  desk = openDesk();
  tenMandateElection(desk);
  desk.ledger.close();
});
afterEach(() => {
  desk.reopen();
  desk.close();
});

async function tizim(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const env = { TIZIM_LANG: '', LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', TIZIM_DB: '' };
  const code = await run(args, { env, out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('tizim export', () => {
  it('writes the party lists in Russian, a sheet per registered list, and leaves no temporary file', async () => {
    const file = join(desk.dir, 'lists.xlsx');
    const { code, out, err } = await tizim(['export', 'party-lists', '--db', desk.path, '--out', file, '--lang', 'ru', '--actor', 'hatshy']);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out).toEqual([`Записано строк: 12 в ${file}`]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    // Each sheet is named by the party's short name in the reader's language, not by the Latin one («QHP / НПК»).
    expect(book.worksheets.map((w) => w.name)).toEqual(['AMANAT', 'Ауыл', 'Respublica', 'НПК']);
    const ws = book.worksheets[0] as ExcelJS.Worksheet;
    expect(ws.getCell('A3').value).toBe('Зарегистрированные кандидаты по партийным спискам');
    expect(ws.getCell('A4').text).toMatch(/^Сформирован: \d{2}\.\d{2}\.\d{4} \d{2}:\d{2} \(UTC\+6\), hatshy$/);
    expect(ws.getCell(8, 6).value).toBe('Женский');
    expect(readdirSync(desk.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses an unknown report and a missing ledger in one line, writing nothing', async () => {
    const file = join(desk.dir, 'nothing.xlsx');
    const unknown = await tizim(['export', 'votes', '--db', desk.path, '--out', file]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toHaveLength(1);
    const missing = await tizim(['export', 'quota', '--db', join(desk.dir, 'none.sqlite'), '--out', file]);
    expect(missing.code).toBe(2);
    expect(missing.err).toEqual([expect.stringMatching(/^tizim: There is no ledger at /)]);
    const noDir = await tizim(['export', 'quota', '--db', desk.path, '--out', join(desk.dir, 'no', 'such', 'q.xlsx')]);
    expect(noDir.code).toBe(2);
    expect(noDir.err).toEqual([expect.stringMatching(/^tizim: Cannot write .*q\.xlsx: /)]);
    expect(existsSync(file)).toBe(false);
  });
});
