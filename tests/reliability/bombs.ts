import { syntheticPerson } from '../fixtures/synthetic';
import { candidateRow, sheetXml, workbookParts, writeZip } from './hostile-zip';

// The workbooks of issue 14, item 3, made to exhaust memory by unpacking far beyond what their zip says, each with
// the message the desk ends it with. The CLI (hostile-workbooks.test.ts) and the browser mode's host
// (hostile-uploads.test.ts) are given the same files.

const GB = 1024 * 1024 * 1024;
const dmy = (iso: string) => iso.split('-').reverse().join('.');

export function candidate(i: number): (string | number)[] {
  const p = syntheticPerson(i);
  return candidateRow((i % 29) + 1, p.surname, p.givenName, p.iin, dmy(p.birthDate), p.sex === 'female' ? 'Женский' : 'Мужской');
}

export interface Bomb {
  name: string;
  /** The part the desk stops reading, and its limit. */
  part: string;
  megabytes: number;
  write(path: string): Promise<void>;
}

export const BOMBS: readonly Bomb[] = [
  {
    // Shared strings unpacking to 1 GB while the zip says 1,000 bytes.
    name: 'strings-bomb.xlsx',
    part: 'xl/sharedStrings.xml',
    megabytes: 50,
    write: (path) =>
      writeZip(path, [
        ...workbookParts([{ name: 'Кандидаты', xml: '' }]).slice(0, 4),
        {
          name: 'xl/sharedStrings.xml',
          claimedSize: 1000,
          content: { prefix: '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">', chunk: '<si><t>Ұзақов Әлихан</t></si>', times: Math.floor(GB / 30), suffix: '</sst>' },
        },
        { name: 'xl/worksheets/sheet1.xml', content: sheetXml([candidate(1)]) },
      ]),
  },
  {
    // Styles unpacking to 1 GB.
    name: 'styles-bomb.xlsx',
    part: 'xl/styles.xml',
    megabytes: 16,
    write: (path) =>
      writeZip(path, [
        ...workbookParts([{ name: 'Кандидаты', xml: '' }]).slice(0, 4),
        {
          name: 'xl/styles.xml',
          claimedSize: 7700,
          content: { prefix: '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs>', chunk: '<xf numFmtId="14" fontId="0" fillId="0" borderId="0"/>', times: Math.floor(GB / 55), suffix: '</cellXfs></styleSheet>' },
        },
        { name: 'xl/worksheets/sheet1.xml', content: sheetXml([candidate(1)]) },
      ]),
  },
  {
    // A sheet beyond 256 MB, before the shared strings in the zip, so that exceljs first copies it into a
    // temporary file.
    name: 'sheet-bomb.xlsx',
    part: 'xl/worksheets/sheet1.xml',
    megabytes: 256,
    write: (path) =>
      writeZip(path, [
        ...workbookParts([{ name: 'Кандидаты', xml: '' }]).slice(0, 4),
        { name: 'xl/worksheets/sheet1.xml', claimedSize: 2000, content: { prefix: sheetXml([]).replace('</sheetData></worksheet>', ''), chunk: '<row><c t="inlineStr"><is><t>x</t></is></c></row>', times: Math.floor((300 * 1024 * 1024) / 48), suffix: '</sheetData></worksheet>' } },
        { name: 'xl/sharedStrings.xml', content: '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"></sst>' },
      ]),
  },
];

/** The message the clerk reads (in English) when the desk stops at the bomb's part. */
export const refusalOf = (bomb: Bomb): string => `${bomb.name} cannot be imported: its part ${bomb.part} unpacks to more than ${bomb.megabytes} MB.`;
