import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Desk } from '../../src/main/desk';
import { callDesk } from '../../src/main/desk-methods';
import { openDesk, type Desk as TestDesk } from './helpers';

// 'reports.save' as Electron's main answers it, over a real ledger, with the save dialog replaced by a function.

let desk: TestDesk;
let electionId: number;
beforeEach(() => {
  // 20:00 UTC on 8 February is already the 9th in Astana (UTC+6), where the Mazhilis commission sits.
  desk = openDesk('clerk.test', () => new Date('2023-02-08T20:00:00Z'));
  electionId = desk.must('elections.create', { preset: 'mazhilis-2023' }).id;
});
afterEach(() => desk.close());

function window(choose: (offered: string) => string | null): Desk & { offered: string[] } {
  const offered: string[] = [];
  return {
    offered,
    service: desk.service,
    askSave: (name) => {
      offered.push(name);
      return Promise.resolve(choose(name));
    },
    askOpen: () => Promise.resolve(null),
    askFolder: () => Promise.resolve(null),
    printToPdf: () => Promise.reject(new Error('not printed here')),
  };
}

describe('reports.save', () => {
  it('offers <report>-<election>-<the commission’s date>.xlsx, writes the workbook where the clerk chose, and leaves no temporary file', async () => {
    const file = join(desk.dir, 'chosen.xlsx');
    const w = window(() => file);
    const result = await callDesk('reports.save', { electionId, report: 'journal', lang: 'en' }, w);
    expect(w.offered).toEqual([`journal-${electionId}-2023-02-09.xlsx`]);
    // The new Mazhilis election's journal: the election, its 20 regions, 29 districts and 7 parties.
    expect(result).toEqual({ ok: true, value: { path: file, rows: 57 } });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.worksheets[0]?.getCell('A3').value).toBe('Journal extract');
    expect(book.worksheets[0]?.getCell('A4').text).toBe('Generated: 09.02.2023 02:00 (UTC+6), clerk.test');
    expect(readdirSync(desk.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('returns path null when the clerk cancels, and the input error without asking', async () => {
    expect(await callDesk('reports.save', { electionId, report: 'quota', lang: 'kk' }, window(() => null))).toEqual({ ok: true, value: { path: null, rows: 0 } });
    const w = window(() => join(desk.dir, 'x.xlsx'));
    expect(await callDesk('reports.save', { electionId, report: 'nope', lang: 'kk' }, w)).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'report' } });
    expect(await callDesk('reports.save', { electionId: 99, report: 'quota', lang: 'kk' }, w)).toMatchObject({ ok: false, error: { code: 'not-found', field: 'electionId' } });
    expect(w.offered).toEqual([]);
    expect(existsSync(join(desk.dir, 'x.xlsx'))).toBe(false);
  });
});
