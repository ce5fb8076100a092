import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tizim, mustBeBuilt } from './cli';
import { BOMBS, candidate, refusalOf } from './bombs';
import { sheetXml, workbookParts, writeZip } from './hostile-zip';

// Issue 14, items 3, 4 and 9: workbooks made to take the desk down or to slip rows past the clerk. Each ends in a
// clear message and exit code, the process stays under 500 MB, and nothing is left in its temporary folder.

/** 1 → A, 27 → AA, 16384 → XFD. */
function columnName(n: number): string {
  let name = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) name = String.fromCharCode(65 + ((k - 1) % 26)) + name;
  return name;
}
let dir: string;
let db: string;

const row = candidate;

beforeAll(() => {
  mustBeBuilt();
  dir = mkdtempSync(join(tmpdir(), 'tizim-hostile-'));
  db = join(dir, 'ledger.sqlite');
  expect(tizim(['init', '--db', db, '--preset', 'mazhilis-2023']).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectRefusedCalmly(run: ReturnType<typeof tizim>, message: string): void {
  expect(run.out).toContain(message);
  expect(run.out).not.toMatch(/heap out of memory|Unexpected error|Cannot read properties|at .*\.js:\d+/);
  expect(run.signal).toBeNull();
  expect(run.code).toBe(1);
  expect(run.peakMb).toBeLessThan(500);
  expect(run.leftBehind).toEqual([]);
}

describe('a hostile workbook', () => {
  for (const bomb of BOMBS)
    it(`${bomb.name}, whose ${bomb.part} unpacks far beyond what its zip says, is refused at ${bomb.megabytes} MB`, async () => {
      const file = join(dir, bomb.name);
      await bomb.write(file);
      expectRefusedCalmly(tizim(['import', file, '--db', db]), refusalOf(bomb));
    });

  it('reads the first visible sheet in the workbook’s order, not a hidden one first in the zip, and warns of hidden rows', async () => {
    const file = join(dir, 'hidden.xlsx');
    const parts = workbookParts([
      { name: 'Скрытый', state: 'hidden', xml: '' },
      { name: 'Очень скрытый', state: 'veryHidden', xml: '' },
      { name: 'Кандидаты', xml: '' },
    ]);
    await writeZip(file, [
      ...parts,
      { name: 'xl/worksheets/sheet1.xml', content: sheetXml([row(10), row(11), row(12)]) },
      { name: 'xl/worksheets/sheet2.xml', content: sheetXml([row(13)]) },
      { name: 'xl/worksheets/sheet3.xml', content: sheetXml([row(1), row(2), row(3)], [3]) },
    ]);
    const run = tizim(['import', file, '--db', db]);
    expect(run.code).toBe(0);
    expect(run.out).toContain('hidden.xlsx, sheet «Кандидаты»');
    expect(run.out).toContain('Hidden sheets were not read (2): «Скрытый», «Очень скрытый».');
    expect(run.out).toContain('Warning: 1 rows of this sheet are hidden in Excel and are read like the others: 3.');
    // The three rows of the visible sheet, none of the four on the hidden ones.
    expect(run.out).toContain('Rows: 3; new persons: 3;');
    expect(run.peakMb).toBeLessThan(500);
    expect(run.leftBehind).toEqual([]);
  });

  it('16,384 columns wide lists its ignored columns in a summary, and a direction override leaves the name it shows', async () => {
    const file = join(dir, 'wide\u202Exslx.xlsx');
    const extra = Array.from({ length: 16_384 - 12 }, (_, i) => `Лишний ${i + 1}`);
    const xml = sheetXml([row(20)]).replace(/<row r="1">(.*?)<\/row>/, (_m, cells: string) => {
      const more = extra.map((text, i) => `<c r="${columnName(13 + i)}1" t="inlineStr"><is><t>${text}</t></is></c>`).join('');
      return `<row r="1">${cells}${more}</row>`;
    });
    await writeZip(file, [...workbookParts([{ name: 'Кандидаты', xml: '' }]), { name: 'xl/worksheets/sheet1.xml', content: xml }]);
    const run = tizim(['import', file, '--db', db]);
    expect(run.code).toBe(0);
    expect(run.out).toContain('widexslx.xlsx, sheet «Кандидаты»');
    expect(run.out).not.toContain('\u202E');
    expect(run.out).toContain('  column M «Лишний 1» is not imported');
    expect(run.out).toContain('  … and 16362 more columns up to XFD are not imported');
    expect(run.out.split('\n').length).toBeLessThan(30);
    expect(run.peakMb).toBeLessThan(500);
  });

  it('in the old Excel format (.xls) is named so, not taken for a password', () => {
    const file = join(dir, 'old.xls');
    const ole = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    Buffer.from('Workbook', 'utf16le').copy(ole, 1024);
    writeFileSync(file, ole);
    const run = tizim(['import', file, '--db', db]);
    expectRefusedCalmly(run, 'old.xls is in the old Excel format (.xls). Open it in Excel and save it as an Excel workbook (.xlsx), then import it again.');
    const locked = join(dir, 'locked.xlsx');
    Buffer.from('EncryptedPackage', 'utf16le').copy(ole, 2048);
    writeFileSync(locked, ole);
    expectRefusedCalmly(tizim(['import', locked, '--db', db]), 'locked.xlsx is protected with a password.');
  });
});
