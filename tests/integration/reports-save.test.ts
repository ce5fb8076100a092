import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultReportName, saveReport } from '../../src/main/save-report';
import { openDesk, type Desk } from './helpers';

// 'reports.save' as Electron's main answers it, with the save dialog replaced by a function: no Electron needed.

let desk: Desk;
let electionId: number;
beforeEach(() => {
  desk = openDesk();
  electionId = desk.must('elections.create', { preset: 'mazhilis-2023' }).id;
});
afterEach(() => desk.close());

describe('reports.save', () => {
  it('offers <report>-<election>-<date>.xlsx, writes the workbook where the clerk chose, and leaves no temporary file', async () => {
    const file = join(desk.dir, 'chosen.xlsx');
    let offered = '';
    const result = await saveReport(desk.service, { electionId, report: 'journal', lang: 'en' }, (name) => {
      offered = name;
      return Promise.resolve(file);
    });
    expect(offered).toBe(defaultReportName('journal', electionId));
    expect(offered).toMatch(new RegExp(`^journal-${electionId}-\\d{4}-\\d{2}-\\d{2}\\.xlsx$`));
    // The new Mazhilis election's journal: the election, its 20 regions, 29 districts and 7 parties.
    expect(result).toEqual({ ok: true, value: { path: file, rows: 57 } });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.worksheets[0]?.getCell('A3').value).toBe('Journal extract');
    expect(readdirSync(desk.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('returns path null when the clerk cancels, and the input error without asking', async () => {
    expect(await saveReport(desk.service, { electionId, report: 'quota', lang: 'kk' }, () => Promise.resolve(null))).toEqual({ ok: true, value: { path: null, rows: 0 } });
    let asked = false;
    const bad = await saveReport(desk.service, { electionId, report: 'nope', lang: 'kk' }, () => {
      asked = true;
      return Promise.resolve(join(desk.dir, 'x.xlsx'));
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'report' } });
    expect(asked).toBe(false);
    expect(existsSync(join(desk.dir, 'x.xlsx'))).toBe(false);
  });
});
