import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { looksLikeFormula, sheetName } from '../../src/reports/cell-safety';

// Issue 14, item 8: exports keep formula look-alikes as text, and name sheets as Excel (and exceljs) accept them.

describe('formula look-alikes', () => {
  it('are taken for formulas like the ASCII ones', () => {
    for (const text of ['=1+1', '+7', '-2', '@SUM(A1)', '\t=1', '＝HYPERLINK("x")', '＋7', '﹦1', '﹢1', '－1', '＠A', '\u200B=1', '\u202E=1', ' =1'])
      expect(looksLikeFormula(text), JSON.stringify(text)).toBe(true);
    for (const text of ['Ұзақов', '1=1', 'a+b', '', '\u200B', '«=»']) expect(looksLikeFormula(text), JSON.stringify(text)).toBe(false);
  });
});

describe('sheet names', () => {
  it('are made safe: quotes at the ends, History, forbidden characters, the 31-unit cut that never splits a letter', () => {
    const taken = new Set<string>();
    expect(sheetName("'Quoted'", taken)).toBe('Quoted');
    expect(sheetName('History', taken)).toBe('History 2');
    expect(sheetName('history', taken)).toBe('history 3');
    expect(sheetName('A/B:C?D*E[F]', taken)).toBe('A B C D E F');
    // 30 letters and then a letter outside the BMP (two UTF-16 units): it does not fit and is left whole, not split.
    expect(sheetName(`${'ә'.repeat(30)}𝐀b`, taken)).toBe('ә'.repeat(30));
    // A letter with its combining mark stays together.
    expect(sheetName(`${'x'.repeat(30)}й`, new Set())).toBe(`${'x'.repeat(30)}й`);
    expect(sheetName(`${'x'.repeat(30)}и\u0306`, new Set())).toBe('x'.repeat(30));
    expect(sheetName("''", new Set())).toBe('Sheet');
  });

  it('give a workbook exceljs itself writes and opens again', async () => {
    const taken = new Set<string>();
    const names = ["'Quoted'", 'History', `${'Қ'.repeat(30)}𝐀`, "Party's list"].map((n) => sheetName(n, taken));
    const book = new ExcelJS.Workbook();
    for (const name of names) book.addWorksheet(name).addRow(['x']);
    const bytes = await book.xlsx.writeBuffer();
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(bytes);
    expect(again.worksheets.map((w) => w.name)).toEqual(['Quoted', 'History 2', 'Қ'.repeat(30), "Party's list"]);
  });
});
