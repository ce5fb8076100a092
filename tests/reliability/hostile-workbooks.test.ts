import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticPerson } from '../fixtures/synthetic';
import { tizim, mustBeBuilt } from './cli';
import { candidateRow, sheetXml, workbookParts, writeZip } from './hostile-zip';

// Issue 14, items 3, 4 and 9: workbooks made to take the desk down or to slip rows past the clerk. Each ends in a
// clear message and exit code, the process stays under 500 MB, and nothing is left in its temporary folder.

const GB = 1024 * 1024 * 1024;

/** 1 → A, 27 → AA, 16384 → XFD. */
function columnName(n: number): string {
  let name = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) name = String.fromCharCode(65 + ((k - 1) % 26)) + name;
  return name;
}
let dir: string;
let db: string;

const dmy = (iso: string) => iso.split('-').reverse().join('.');
function row(i: number): (string | number)[] {
  const p = syntheticPerson(i);
  return candidateRow((i % 29) + 1, p.surname, p.givenName, p.iin, dmy(p.birthDate), p.sex === 'female' ? 'Женский' : 'Мужской');
}

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
  it('whose shared strings unpack to 1 GB while the zip says 1,000 bytes is refused at 50 MB', async () => {
    const file = join(dir, 'strings-bomb.xlsx');
    await writeZip(file, [
      ...workbookParts([{ name: 'Кандидаты', xml: '' }]).slice(0, 4),
      {
        name: 'xl/sharedStrings.xml',
        claimedSize: 1000,
        content: { prefix: '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">', chunk: '<si><t>Ұзақов Әлихан</t></si>', times: Math.floor(GB / 30), suffix: '</sst>' },
      },
      { name: 'xl/worksheets/sheet1.xml', content: sheetXml([row(1)]) },
    ]);
    const run = tizim(['import', file, '--db', db]);
    expectRefusedCalmly(run, 'strings-bomb.xlsx cannot be imported: its part xl/sharedStrings.xml unpacks to more than 50 MB.');
  });

  it('whose styles unpack to 1 GB is refused at 16 MB', async () => {
    const file = join(dir, 'styles-bomb.xlsx');
    await writeZip(file, [
      ...workbookParts([{ name: 'Кандидаты', xml: '' }]).slice(0, 4),
      {
        name: 'xl/styles.xml',
        claimedSize: 7700,
        content: { prefix: '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs>', chunk: '<xf numFmtId="14" fontId="0" fillId="0" borderId="0"/>', times: Math.floor(GB / 55), suffix: '</cellXfs></styleSheet>' },
      },
      { name: 'xl/worksheets/sheet1.xml', content: sheetXml([row(1)]) },
    ]);
    const run = tizim(['import', file, '--db', db]);
    expectRefusedCalmly(run, 'styles-bomb.xlsx cannot be imported: its part xl/styles.xml unpacks to more than 16 MB.');
  });

  it('with a sheet that unpacks beyond 256 MB is refused there, its temporary copy removed', async () => {
    const file = join(dir, 'sheet-bomb.xlsx');
    // The sheet comes before the shared strings, so exceljs first copies it into a temporary file.
    await writeZip(file, [
      ...workbookParts([{ name: 'Кандидаты', xml: '' }]).slice(0, 4),
      { name: 'xl/worksheets/sheet1.xml', claimedSize: 2000, content: { prefix: sheetXml([]).replace('</sheetData></worksheet>', ''), chunk: '<row><c t="inlineStr"><is><t>x</t></is></c></row>', times: Math.floor((300 * 1024 * 1024) / 48), suffix: '</sheetData></worksheet>' } },
      { name: 'xl/sharedStrings.xml', content: '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"></sst>' },
    ]);
    const run = tizim(['import', file, '--db', db]);
    expectRefusedCalmly(run, 'sheet-bomb.xlsx cannot be imported: its part xl/worksheets/sheet1.xml unpacks to more than 256 MB.');
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
