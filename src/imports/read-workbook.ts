// Reading a clerk's workbook (issue 6): the first worksheet, streamed with exceljs's WorkbookReader, into a
// recognised header and plain rows. A bad file ends in a typed failure that names the file, and where it applies
// the row and column; this never throws for a bad file and keeps nothing in memory beyond the rows it returns.
import { createReadStream, type ReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import {
  type CellValue,
  columnLetter,
  type HeaderMatch,
  isBlankRow,
  isHeader,
  looksLikeLabels,
  matchHeader,
} from '../domain/import-columns';
import { withSheetTempFiles } from './sheet-temp-files';
import { DEFAULT_PART_LIMITS, measureEntries, PartTooLarge, type PartLimits } from './part-limits';

/** Message keys of a refused file; proposed for the `core` catalogs (not there yet). */
export const IMPORT_FAILURE_KEYS = {
  unreadable: 'import.unreadable',
  notWorkbook: 'import.notWorkbook',
  corrupt: 'import.corrupt',
  encrypted: 'import.encrypted',
  emptySheet: 'import.emptySheet',
  noHeader: 'import.noHeader',
  unknownHeaders: 'import.unknownHeaders',
  missingColumns: 'import.missingColumns',
  tooManyRows: 'import.tooManyRows',
  formula: 'import.formula',
  sharedStringsTooLarge: 'import.sharedStringsTooLarge',
  partTooLarge: 'import.partTooLarge',
  workbookTooLarge: 'import.workbookTooLarge',
  oldExcel: 'import.oldExcel',
  noSuchSheet: 'import.noSuchSheet',
} as const;
export type ImportFailureCode = keyof typeof IMPORT_FAILURE_KEYS;

export interface ImportFailure {
  code: ImportFailureCode;
  messageKey: (typeof IMPORT_FAILURE_KEYS)[ImportFailureCode];
  params: { file: string; row?: number; column?: string; detail?: string; part?: string; megabytes?: number };
}

export interface ReadOptions {
  /** Data rows beyond this refuse the file; reading stops there. */
  maxRows?: number;
  /** Uncompressed size of the shared-string table (xl/sharedStrings.xml) beyond which the file is refused. */
  maxSharedStringBytes?: number;
  /** Bytes each part may unpack to, counted as it is unpacked (part-limits.ts). */
  partLimits?: PartLimits;
  /** The sheet to read, by name; else the first visible one in the workbook's order. */
  sheet?: string;
  /** Non-blank rows searched for the header. */
  headerScanRows?: number;
  /**
   * Takes each data row as it is read instead of keeping it: `rows` then comes back empty, and a 100,000-row file
   * costs the memory of what the caller keeps of it.
   */
  onRow?: (row: WorkbookRow, header: WorkbookHeader) => void;
}

export const DEFAULT_MAX_ROWS = 200_000;
export const DEFAULT_MAX_SHARED_STRING_BYTES = 50 * 1024 * 1024;
export const DEFAULT_HEADER_SCAN_ROWS = 10;

export interface WorkbookRow {
  /** 1-based row number in the sheet, as Excel shows it. */
  row: number;
  /** Plain values by 0-based column. */
  cells: CellValue[];
}

export interface WorkbookHeader {
  row: number;
  match: HeaderMatch;
  /** The header row as written, for the error report that gives the clerk's rows back. */
  cells: CellValue[];
}

export type ReadResult =
  | {
      ok: true;
      file: string;
      sheet: string;
      header: WorkbookHeader;
      rows: WorkbookRow[];
      /** Rows of the sheet read that Excel hides: imported like the others, so the clerk is told. */
      hiddenRows: number[];
      /** Hidden and very hidden sheets before the one read, not read. */
      hiddenSheets: string[];
      /** The visible sheets in the workbook's order, which the clerk may choose among (the one read included). */
      sheets: string[];
    }
  | { ok: false; failure: ImportFailure };

class Refusal extends Error {
  constructor(readonly failure: ImportFailure) {
    super(failure.messageKey);
  }
}

/** What the caller's onRow threw: passed on as it is, never taken for a damaged file. */
class CallerError extends Error {
  constructor(readonly original: unknown) {
    super('onRow failed');
  }
}

function partTooLarge(file: string, error: PartTooLarge): ImportFailure {
  const megabytes = Math.round(error.limit / (1024 * 1024));
  if (error.part === '*') return { ...fail('workbookTooLarge', file), params: { file, megabytes } };
  return { ...fail('partTooLarge', file), params: { file, part: error.part, megabytes } };
}

function fail(code: ImportFailureCode, file: string, extra: Omit<ImportFailure['params'], 'file'> = {}): ImportFailure {
  return { code, messageKey: IMPORT_FAILURE_KEYS[code], params: { file, ...extra } };
}

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;

interface ZipEntry {
  name: string;
  size: number;
}

/**
 * Looks at the file without reading it whole: its magic bytes and the zip's central directory (at its end). An
 * encrypted Office file is an OLE compound file, not a zip; a truncated zip has no end-of-directory record.
 */
async function inspect(path: string, file: string): Promise<{ entries: ZipEntry[] | null } | ImportFailure> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    return fail('unreadable', file, { detail: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
  try {
    const { size } = await handle.stat();
    const head = Buffer.alloc(8);
    await handle.read(head, 0, 8, 0);
    if (size >= 8 && head.equals(OLE_MAGIC)) return fail((await holdsEncryptedPackage(handle, size)) ? 'encrypted' : 'oldExcel', file);
    if (size < 22 || !head.subarray(0, 4).equals(ZIP_MAGIC)) return fail('notWorkbook', file);
    const tailLength = Math.min(size, 22 + 65_535);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    let eocd = -1;
    for (let i = tailLength - 22; i >= 0; i--)
      if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
        eocd = i;
        break;
      }
    if (eocd < 0) return fail('corrupt', file, { detail: 'no zip directory (truncated?)' });
    const count = tail.readUInt16LE(eocd + 10);
    const dirSize = tail.readUInt32LE(eocd + 12);
    const dirOffset = tail.readUInt32LE(eocd + 16);
    // A ZIP64 file keeps its directory elsewhere; leave it to the streaming reader rather than refuse it.
    if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) return { entries: null };
    if (dirOffset + dirSize > size || dirSize > 64 * 1024 * 1024)
      return fail('corrupt', file, { detail: 'zip directory out of bounds' });
    const dir = Buffer.alloc(dirSize);
    await handle.read(dir, 0, dirSize, dirOffset);
    const entries: ZipEntry[] = [];
    let p = 0;
    for (let n = 0; n < count; n++) {
      if (p + 46 > dir.length || dir.readUInt32LE(p) !== CENTRAL_SIGNATURE)
        return fail('corrupt', file, { detail: 'damaged zip directory' });
      const uncompressed = dir.readUInt32LE(p + 24);
      const nameLength = dir.readUInt16LE(p + 28);
      const extraLength = dir.readUInt16LE(p + 30);
      const commentLength = dir.readUInt16LE(p + 32);
      entries.push({ name: dir.toString('utf8', p + 46, p + 46 + nameLength), size: uncompressed });
      p += 46 + nameLength + extraLength + commentLength;
    }
    return { entries };
  } finally {
    await handle.close();
  }
}

const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

/**
 * An OLE compound file is either an .xlsx saved with a password (its streams are EncryptionInfo and EncryptedPackage)
 * or a workbook in the old Excel format (.xls, a Workbook stream). The stream names are in the file's directory,
 * which may be anywhere in it: the file is searched a megabyte at a time.
 */
async function holdsEncryptedPackage(handle: import('node:fs/promises').FileHandle, size: number): Promise<boolean> {
  const chunk = Buffer.alloc(1024 * 1024 + ENCRYPTED_PACKAGE.length);
  for (let at = 0; at < size; at += 1024 * 1024) {
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, at);
    if (chunk.subarray(0, bytesRead).includes(ENCRYPTED_PACKAGE)) return true;
  }
  return false;
}

type RawValue = ExcelJS.CellValue | undefined;

/** An exceljs cell value as a plain value; a formula is refused by the caller before this. */
function plain(value: RawValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value) return String(value.error);
  }
  return null;
}

function isFormula(value: RawValue): boolean {
  return typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value);
}

/**
 * exceljs#3064 (open upstream): unzipper 0.10's parser emits 'end' as soon as its input is written, even while entries
 * it has read still wait to be taken, so exceljs stops early and a good workbook reads as damaged (measured: 9 reads in
 * 2,000 of one template). The parser ends properly by itself after the zip's end record, or fails with FILE_ENDED
 * on a short file; its early 'end' is taken away as exceljs connects it to the file.
 */
function withoutEarlyEnd(input: ReadStream, measure: (parser: NodeJS.WritableStream) => void): ReadStream {
  const pipe = input.pipe.bind(input);
  input.pipe = <T extends NodeJS.WritableStream>(dest: T, options?: { end?: boolean }): T => {
    for (const listener of dest.listeners('finish'))
      if (/emit\(\s*['"]end['"]\s*\)/.test(String(listener))) dest.removeListener('finish', listener as (...args: unknown[]) => void);
    // The zip parser is what exceljs connects to the file: each entry it yields is measured as it unpacks.
    measure(dest);
    return pipe(dest, options);
  };
  return input;
}

interface SheetEntry {
  name: string;
  state?: string;
  rId?: string;
}

/** The sheet to read: the one named, else the first the workbook lists that is not hidden or very hidden. */
function chosenSheet(sheets: SheetEntry[] | undefined, name: string | undefined): SheetEntry | undefined {
  if (sheets === undefined || sheets.length === 0) return undefined;
  if (name !== undefined) return sheets.find((s) => s.name === name);
  return sheets.find((s) => s.state !== 'hidden' && s.state !== 'veryHidden');
}

/** Reads one worksheet of `path`: the first visible one in the workbook's order, or the one named. Never throws for a bad file: the failure says what is wrong and where. */
export function readWorkbook(path: string, options: ReadOptions = {}): Promise<ReadResult> {
  return withSheetTempFiles(() => readSheet(path, options));
}

async function readSheet(path: string, options: ReadOptions): Promise<ReadResult> {
  // The name as the clerk will read it in every message: without direction overrides (U+202E and its kin).
  const file = basename(path).replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '');
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const maxShared = options.maxSharedStringBytes ?? DEFAULT_MAX_SHARED_STRING_BYTES;
  const scanRows = options.headerScanRows ?? DEFAULT_HEADER_SCAN_ROWS;

  const looked = await inspect(path, file);
  if ('code' in looked) return { ok: false, failure: looked };
  if (looked.entries) {
    const entries = looked.entries;
    if (!entries.some((e) => e.name === 'xl/workbook.xml') || !entries.some((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name)))
      return { ok: false, failure: fail('notWorkbook', file, { detail: 'a zip, but not an Excel workbook' }) };
    // Bytes of XML bound the characters of text, so this caps the table exceljs would cache, before it is read.
    const shared = entries.find((e) => e.name === 'xl/sharedStrings.xml');
    if (shared && shared.size > maxShared)
      return { ok: false, failure: fail('sharedStringsTooLarge', file, { detail: String(shared.size) }) };
  }

  let tooLarge: PartTooLarge | null = null;
  const hiddenByPart = new Map<string, number[]>();
  let sheetPart = '';
  const raw = createReadStream(path);
  const input = withoutEarlyEnd(raw, (parser) =>
    measureEntries(
      parser,
      options.partLimits ?? DEFAULT_PART_LIMITS,
      (error) => {
        tooLarge = error;
        raw.destroy();
      },
      (part, row) => {
        const rows = hiddenByPart.get(part) ?? [];
        rows.push(row);
        hiddenByPart.set(part, rows);
      },
    ),
  );
  let streamError: Error | null = null;
  input.on('error', (e) => {
    streamError = e;
  });
  const rows: WorkbookRow[] = [];
  const hiddenSheets: string[] = [];
  let visibleSheets: string[] = [];
  let dataRows = 0;
  let header: WorkbookHeader | null = null;
  let sheetName = '';
  let sawSheet = false;
  let sawAnyRow = false;
  let scanned = 0;
  let firstRow = 0;
  let firstLabels: { row: number; cells: CellValue[] } | null = null;
  let bestPartial: { row: number; match: HeaderMatch } | null = null;

  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
      worksheets: 'emit',
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      // Styles are what tell a date cell from a number; without them every Excel date would arrive as a serial.
      styles: 'cache',
      entries: 'ignore',
    });
    for await (const worksheet of reader) {
      const sheets = (reader as unknown as { model?: { sheets?: SheetEntry[] } }).model?.sheets;
      const target = chosenSheet(sheets, options.sheet);
      const named = worksheet as unknown as { name?: string; state?: string };
      // Without the workbook's list (a zip that puts it last), the first sheet the zip holds is read, as before.
      if (target !== undefined && named.name !== target.name) continue;
      if (target === undefined && options.sheet !== undefined) throw new Refusal(fail('noSuchSheet', file, { detail: options.sheet }));
      // Every sheet hidden: nothing the clerk can see is there to import.
      if (target === undefined && sheets !== undefined && sheets.length > 0) throw new Refusal(fail('emptySheet', file));
      visibleSheets = (sheets ?? []).filter((s) => s.state !== 'hidden' && s.state !== 'veryHidden').map((s) => s.name);
      for (const sheet of sheets ?? []) {
        if (sheet === target) break;
        if (sheet.state === 'hidden' || sheet.state === 'veryHidden') hiddenSheets.push(sheet.name);
      }
      sawSheet = true;
      sheetName = named.name ?? '';
      const rels = (reader as unknown as { workbookRels?: { Id: string; Target: string }[] }).workbookRels;
      const targetPart = rels?.find((r) => r.Id === target?.rId)?.Target;
      if (targetPart !== undefined) sheetPart = `xl/${targetPart.replace(/^\/?xl\//, '').replace(/^\//, '')}`;
      for await (const row of worksheet) {
        const values = row.values as RawValue[];
        const cells: CellValue[] = [];
        for (let col = 1; col < values.length; col++) {
          const value = values[col];
          if (isFormula(value))
            throw new Refusal(fail('formula', file, { row: row.number, column: columnLetter(col - 1) }));
          cells.push(plain(value));
        }
        if (isBlankRow(cells)) continue;
        if (!sawAnyRow) firstRow = row.number;
        sawAnyRow = true;
        if (!header) {
          if (scanned >= scanRows) break;
          scanned += 1;
          const match = matchHeader(cells);
          if (isHeader(match)) header = { row: row.number, match, cells };
          else {
            if (match.found.length > 0 && (!bestPartial || match.found.length > bestPartial.match.found.length))
              bestPartial = { row: row.number, match };
            if (!firstLabels && scanned === 1 && looksLikeLabels(cells)) firstLabels = { row: row.number, cells };
          }
          continue;
        }
        if (dataRows >= maxRows)
          throw new Refusal(fail('tooManyRows', file, { row: row.number, detail: String(maxRows) }));
        dataRows += 1;
        if (options.onRow) {
          try {
            options.onRow({ row: row.number, cells }, header);
          } catch (e) {
            throw new CallerError(e);
          }
        }
        else rows.push({ row: row.number, cells });
      }
      break; // the one sheet only
    }
  } catch (e) {
    if (tooLarge !== null) return { ok: false, failure: partTooLarge(file, tooLarge) };
    if (e instanceof Refusal) return { ok: false, failure: e.failure };
    if (e instanceof CallerError) throw e.original;
    return { ok: false, failure: fail('corrupt', file, { detail: e instanceof Error ? e.message : String(e) }) };
  } finally {
    input.destroy();
  }
  if (tooLarge !== null) return { ok: false, failure: partTooLarge(file, tooLarge) };
  if (streamError) return { ok: false, failure: fail('corrupt', file, { detail: (streamError as Error).message }) };
  if (!sawSheet || !sawAnyRow) return { ok: false, failure: fail('emptySheet', file) };
  if (!header) {
    if (bestPartial)
      return {
        ok: false,
        failure: fail('missingColumns', file, { row: bestPartial.row, detail: bestPartial.match.missing.join(', ') }),
      };
    if (firstLabels)
      return {
        ok: false,
        failure: fail('unknownHeaders', file, {
          row: firstLabels.row,
          detail: firstLabels.cells.filter((c) => c !== null && c !== '').map(String).join(', '),
        }),
      };
    return { ok: false, failure: fail('noHeader', file, { row: firstRow }) };
  }
  if (options.sheet !== undefined && !sawSheet) return { ok: false, failure: fail('noSuchSheet', file, { detail: options.sheet }) };
  return { ok: true, file, sheet: sheetName, header, rows, hiddenRows: (hiddenByPart.get(sheetPart) ?? []).filter((r) => r > header.row), hiddenSheets, sheets: visibleSheets.length > 0 ? visibleSheets : [sheetName] };
}
