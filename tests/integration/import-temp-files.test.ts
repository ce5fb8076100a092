import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readWorkbook } from '../../src/imports/read-workbook';
import { makeIin } from '../fixtures/iin';
import { candidateRow, sheetXml, workbookParts, writeZip } from '../reliability/hostile-zip';

// Issue 14, item 5: exceljs copies every worksheet it meets before the shared strings (here: there are none) into a
// temporary file and removed it only when it had read it or at exit; the reader reads one sheet. Each read now
// leaves nothing in the temporary folder, whether it ends well or refused, and what a killed process left is
// removed at the next read of any process.

let dir: string;
let file: string;
/** The temporary files of this process that look like exceljs's or the desk's copies of a sheet. */
const ours = (): string[] => readdirSync(tmpdir()).filter((n) => n.startsWith(`tmp-${process.pid}-`) || n.startsWith(`tizim-sheet-${process.pid}-`));
let leftByDeadProcess: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tizim-temp-files-'));
  file = join(dir, 'three sheets.xlsx');
  const sheet = (serial: number) => sheetXml([candidateRow(1, 'Сериков', 'Ерлан', makeIin('1980-01-01', 'male', serial), '01.01.1980', 'Мужской')]);
  await writeZip(file, workbookParts([{ name: 'Бірінші', xml: sheet(1) }, { name: 'Екінші', xml: sheet(2) }, { name: 'Үшінші', xml: sheet(3) }]).concat([
    { name: 'xl/worksheets/sheet1.xml', content: sheet(1) },
    { name: 'xl/worksheets/sheet2.xml', content: sheet(2) },
    { name: 'xl/worksheets/sheet3.xml', content: sheet(3) },
  ]));
  // A process that died mid-read: its copy of a sheet is still there.
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
  leftByDeadProcess = join(tmpdir(), `tizim-sheet-${dead}-deadbeef0000`);
  writeFileSync(leftByDeadProcess, 'a sheet copied by a killed import');
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(leftByDeadProcess, { force: true });
});

it('leaves no copy of a sheet behind after a read, the first or a chosen one, nor after a refused one', async () => {
  expect(ours()).toEqual([]);
  const first = await readWorkbook(file);
  expect(first).toMatchObject({ ok: true, sheet: 'Бірінші', sheets: ['Бірінші', 'Екінші', 'Үшінші'] });
  expect(ours()).toEqual([]);
  expect(existsSync(leftByDeadProcess)).toBe(false);

  expect(await readWorkbook(file, { sheet: 'Екінші' })).toMatchObject({ ok: true, sheet: 'Екінші' });
  expect(ours()).toEqual([]);
  expect(await readWorkbook(file, { sheet: 'Төртінші' })).toMatchObject({ ok: false, failure: { code: 'noSuchSheet' } });
  expect(ours()).toEqual([]);
});
