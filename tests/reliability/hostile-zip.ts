import { once } from 'node:events';
import { closeSync, openSync, writeSync } from 'node:fs';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

// Workbooks built by hand to attack the reader (issue 14, item 3): a zip whose headers lie about the unpacked sizes,
// and parts that inflate a thousandfold. Written without exceljs, byte by byte, as an attacker would.

export interface Part {
  name: string;
  /** The part's text, or a generator of its bytes: a prefix, a chunk repeated `times`, a suffix. */
  content: string | { prefix: string; chunk: string; times: number; suffix: string };
  /** The unpacked size the headers claim (a lie when set). */
  claimedSize?: number;
}

async function deflated(content: Part['content']): Promise<{ data: Buffer; size: number; crc: number }> {
  if (typeof content === 'string') {
    const raw = Buffer.from(content, 'utf8');
    return { data: deflateRawSync(raw), size: raw.length, crc: crc32(raw) };
  }
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  const prefix = Buffer.from(content.prefix);
  const chunk = Buffer.from(content.chunk.repeat(Math.max(1, Math.floor((1 << 20) / content.chunk.length))));
  const times = Math.ceil((content.times * content.chunk.length) / chunk.length);
  const suffix = Buffer.from(content.suffix);
  let crc = crc32(prefix);
  deflate.write(prefix);
  for (let i = 0; i < times; i++) {
    crc = crc32(chunk, crc);
    if (!deflate.write(chunk)) await once(deflate, 'drain');
  }
  crc = crc32(suffix, crc);
  deflate.end(suffix);
  await once(deflate, 'end');
  return { data: Buffer.concat(out), size: prefix.length + times * chunk.length + suffix.length, crc };
}

export async function writeZip(path: string, parts: Part[]): Promise<void> {
  const fd = openSync(path, 'w');
  const central: Buffer[] = [];
  let offset = 0;
  try {
    for (const part of parts) {
      const { data, size, crc } = await deflated(part.content);
      const claimed = part.claimedSize ?? size;
      const name = Buffer.from(part.name, 'utf8');
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(0x800, 6);
      local.writeUInt16LE(8, 8);
      local.writeUInt16LE(0, 10);
      local.writeUInt16LE(0x5821, 12);
      local.writeUInt32LE(crc >>> 0, 14);
      local.writeUInt32LE(data.length, 18);
      local.writeUInt32LE(Math.min(claimed, 0xfffffffe), 22);
      local.writeUInt16LE(name.length, 26);
      local.writeUInt16LE(0, 28);
      writeSync(fd, local);
      writeSync(fd, name);
      writeSync(fd, data);
      const entry = Buffer.alloc(46);
      entry.writeUInt32LE(0x02014b50, 0);
      entry.writeUInt16LE(20, 4);
      entry.writeUInt16LE(20, 6);
      entry.writeUInt16LE(0x800, 8);
      entry.writeUInt16LE(8, 10);
      entry.writeUInt16LE(0, 12);
      entry.writeUInt16LE(0x5821, 14);
      entry.writeUInt32LE(crc >>> 0, 16);
      entry.writeUInt32LE(data.length, 20);
      entry.writeUInt32LE(Math.min(claimed, 0xfffffffe), 24);
      entry.writeUInt16LE(name.length, 28);
      entry.writeUInt32LE(offset, 42);
      central.push(entry, name);
      offset += 30 + name.length + data.length;
    }
    const directory = Buffer.concat(central);
    writeSync(fd, directory);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(parts.length, 8);
    end.writeUInt16LE(parts.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    writeSync(fd, end);
  } finally {
    closeSync(fd);
  }
}

const HEADER = ['Округ', 'Способ выдвижения', 'Фамилия', 'Имя', 'Отчество', 'ИИН', 'Дата рождения', 'Пол', 'Гражданство', 'Постоянно проживает в Казахстане с', 'Инвалидность', 'Дата приёма документов о выдвижении'];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A sheet's XML with inline strings: the header and the rows given. */
export function sheetXml(rows: (string | number)[][], hidden: number[] = []): string {
  const cells = (row: (string | number)[], r: number) =>
    row
      .map((v, c) => {
        const ref = `${String.fromCharCode(65 + c)}${r}`;
        return typeof v === 'number' ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
      })
      .join('');
  const all = [HEADER, ...rows];
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${all
    .map((row, i) => `<row r="${i + 1}"${hidden.includes(i + 1) ? ' hidden="1"' : ''}>${cells(row, i + 1)}</row>`)
    .join('')}</sheetData></worksheet>`;
}

/** The parts every workbook needs, with `sheets` in the workbook's order (name, state, XML). */
export function workbookParts(sheets: { name: string; state?: 'hidden' | 'veryHidden'; xml: string }[]): Part[] {
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return [
    {
      name: '[Content_Types].xml',
      content: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
    },
    { name: '_rels/.rels', content: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    {
      name: 'xl/workbook.xml',
      content: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}" xmlns:r="${rel}"><sheets>${sheets
        .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`)
        .join('')}</sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      content: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join('')}</Relationships>`,
    },
  ];
}

export const candidateRow = (district: number, surname: string, given: string, iin: string, birth: string, sex: string): (string | number)[] => [
  district, 'Самовыдвижение', surname, given, '', iin, birth, sex, 'Казахстан', birth, 'нет', '01.02.2023',
];
