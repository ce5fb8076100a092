import ExcelJS from 'exceljs';
import { looksLikeFormula } from './cell-safety';
import type { ReportCell } from '../domain/records';
import type { Lang } from '../domain/types';
import { columnWidths, headerHeight, rowHeight } from './layout';
import type { ColumnKind, ReportBook, ReportSheet } from './model';

// The streamed .xlsx every report is written as (DESIGN §7): rows are committed as they are written, so a
// 100,000-row list never sits in memory as a workbook. Each sheet: the title block, a frozen header with an
// autofilter, and an A4 landscape print setup that repeats the header and fits the width to one page.

// Number formats carry the report's language (its Windows locale id), so that a spreadsheet shows the language's own
// separators whatever the reader's machine is set to: 1 000 000 and 83,33 % in Kazakh and Russian (LibreOffice follows
// the tag; Excel takes the separators of its system, a Kazakh or Russian Windows writing them the same way). The cells
// stay numbers, to sum and sort.
const LOCALE_TAG: Record<Lang, string> = { kk: '[$-43F]', ru: '[$-419]', en: '[$-409]' };

function numberFormat(kind: ColumnKind | undefined, lang: Lang): string | undefined {
  switch (kind) {
    case 'count':
      return `${LOCALE_TAG[lang]}#,##0`;
    case 'decimal':
      return `${LOCALE_TAG[lang]}#,##0.0`;
    case 'percent':
      return `${LOCALE_TAG[lang]}${lang === 'en' ? '0.00%' : '0.00\\ %'}`;
    // Digits and dots only: a date reads the same in every language.
    case 'date':
      return 'dd.mm.yyyy';
    case 'datetime':
      return 'dd.mm.yyyy hh:mm';
    default:
      return undefined;
  }
}


const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

/** An ISO date (or a local date-time) as the Excel date it names: a UTC instant, since Excel dates have no zone. */
function excelDate(kind: ColumnKind | undefined, value: string): Date | null {
  const m = (kind === 'datetime' ? ISO_DATE_TIME : ISO_DATE).exec(value);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0)));
}

/** The body's font, named, so that a title or header in bold is the same face and not the reader's default serif. */
const FONT: Partial<ExcelJS.Font> = { name: 'Calibri', family: 2 };

/** A light rule between the header cells, so that right-aligned headers never read as one («До 29 лет С инвалидностью»). */
const RULE: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFBFBFBF' } };

const TITLE_ROWS = 5;
/** The header row: after the title block and one empty row. */
export const HEADER_ROW = TITLE_ROWS + 2;

/** How far the writing has come, told to whoever follows it (the export's progress bar), and its stop. */
export interface WritingSteps {
  /** Data rows written of all the book's sheets together: after each batch, and once at the end. */
  report(done: number, total: number): void;
  /** Asked after each batch: true stops the writing, which then rejects with `WritingStopped`. */
  stopped(): boolean;
}

/** A workbook left unfinished because the one who asked for it stopped it: its stream must not be kept as a file. */
export class WritingStopped extends Error {
  constructor() {
    super('writing stopped');
  }
}

const UNFOLLOWED: WritingSteps = { report: () => undefined, stopped: () => false };

/** The rows written so far of the whole book, across its sheets. */
interface Tally {
  steps: WritingSteps;
  total: number;
  written: number;
}

/** Writes the report to `out` as .xlsx and resolves with the number of data rows once the stream has it all. */
export async function writeWorkbook(
  book: ReportBook,
  out: NodeJS.WritableStream,
  labels: TitleLabels,
  lang: Lang,
  steps: WritingSteps = UNFOLLOWED,
): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out as never, useStyles: true, useSharedStrings: false });
  workbook.creator = book.title.generatedBy;
  const tally: Tally = { steps, total: book.sheets.reduce((sum, sheet) => sum + sheet.rows.length, 0), written: 0 };
  steps.report(0, tally.total);
  for (const sheet of book.sheets) {
    if (steps.stopped()) throw new WritingStopped();
    await writeSheet(workbook, book, sheet, labels, lang, tally);
  }
  await workbook.commit();
  steps.report(tally.written, tally.total);
  return tally.written;
}

export interface TitleLabels {
  generated: string;
  /** The journal's position and its head hash, worded. */
  journal: (seq: number, hash: string) => string;
}

/** The title block as lines: what the printout says about where it came from. */
export function titleLines(book: Pick<ReportBook, 'title'>, labels: TitleLabels): string[] {
  const t = book.title;
  return [t.commission, t.election, t.report, `${labels.generated}: ${t.generatedAt}, ${t.generatedBy}`, labels.journal(t.journalSeq, t.journalHead)];
}

// Rows are handed to the writer in batches with a turn of the event loop between them: the zip's deflate runs on
// libuv's threads meanwhile, so compression overlaps with building the rows and the written part leaves memory.
const BATCH = 1000;
const turn = (): Promise<void> => new Promise((resolveTurn) => setImmediate(resolveTurn));

async function writeSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  book: ReportBook,
  sheet: ReportSheet,
  labels: TitleLabels,
  lang: Lang,
  tally: Tally,
): Promise<void> {
  const width = Math.max(sheet.columns.length, 1);
  const ws = workbook.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&P / &N' },
  });
  const widths = columnWidths(sheet.columns, sheet.rows);
  // One style object per column, which its cells share: exceljs knows a style it has registered by the object's
  // identity, and a cell's own merged copy of its column's style (what addRow gives it) was registered afresh for
  // every cell, about a third of a 75,000-row report's time. Formula look-alikes share their column's text style.
  const styles: Partial<ExcelJS.Style>[] = sheet.columns.map((c, i) => {
    const numFmt = numberFormat(c.kind, lang);
    return { ...(numFmt ? { numFmt } : {}), alignment: alignment(c.kind, sheet.columns[i - 1]?.kind) };
  });
  const textStyles = styles.map((style) => ({ ...style, numFmt: '@' }));
  ws.columns = sheet.columns.map((c, i) => ({ width: widths[i] ?? c.width, style: styles[i] as Partial<ExcelJS.Style> }));
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW + sheet.rows.length, column: width } };

  titleLines(book, labels).forEach((line, i) => {
    const row = ws.getRow(i + 1);
    const cell = row.getCell(1);
    setText(cell, line);
    cell.numFmt = '@';
    cell.font = i < 3 ? { ...FONT, bold: true, size: i === 2 ? 13 : 11 } : { ...FONT, size: 9, color: { argb: 'FF555555' } };
    // One line that runs on over the empty cells beside it, whatever the first column's own alignment.
    cell.alignment = { horizontal: 'left', vertical: 'bottom', wrapText: false };
    row.commit();
  });
  ws.getRow(TITLE_ROWS + 1).commit();

  const header = ws.getRow(HEADER_ROW);
  sheet.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    setText(cell, c.header);
    cell.numFmt = '@';
    cell.font = { ...FONT, bold: true };
    cell.alignment = { ...alignment(c.kind, sheet.columns[i - 1]?.kind), vertical: 'bottom', wrapText: true };
    cell.border = { left: RULE, right: RULE, bottom: { style: 'thin' } };
  });
  header.height = headerHeight(sheet.columns, widths);
  header.commit();

  const kinds = sheet.columns.map((c) => c.kind);
  let batch = 0;
  for (const values of sheet.rows) {
    const row = ws.addRow(values.map((v, i) => cellValue(kinds[i], v)));
    const height = rowHeight(values, widths);
    if (height !== undefined) row.height = height;
    row.eachCell((cell, column) => {
      const v = values[column - 1];
      // Text a spreadsheet would read as a formula or a command (DESIGN §8), look-alikes included, gets the text
      // format too, so a spreadsheet that re-reads the cell keeps it text.
      const style = typeof v === 'string' && looksLikeFormula(v) ? textStyles[column - 1] : styles[column - 1];
      if (style) cell.style = style;
    });
    row.commit();
    tally.written++;
    if (++batch === BATCH) {
      batch = 0;
      tally.steps.report(tally.written, tally.total);
      // Stopped between two batches: the zip is never committed, so what went out is no workbook at all.
      if (tally.steps.stopped()) throw new WritingStopped();
      await turn();
    }
  }
  ws.commit();
}

const isRightAligned = (kind: ColumnKind | undefined): boolean => kind === 'count' || kind === 'decimal' || kind === 'percent';

/**
 * Text wraps between words at the column's width (its row made tall enough by rowHeight); dates and numbers that name
 * (positions, districts) stand centred, quantities to the right; every cell sits at the top of a row that another cell
 * made taller. Text right after a quantity is indented, so that «66,67 %» and «да» never run together.
 */
function alignment(kind: ColumnKind | undefined, before: ColumnKind | undefined): Partial<ExcelJS.Alignment> {
  if (kind === 'date' || kind === 'datetime' || kind === 'integer') return { horizontal: 'center', vertical: 'top' };
  if (isRightAligned(kind)) return { horizontal: 'right', vertical: 'top' };
  return { horizontal: 'left', vertical: 'top', wrapText: true, ...(isRightAligned(before) ? { indent: 1 } : {}) };
}

function cellValue(kind: ColumnKind | undefined, v: ReportCell): ExcelJS.CellValue {
  if (v === null) return null;
  if (typeof v === 'number') return v;
  if (kind === 'date' || kind === 'datetime') return excelDate(kind, v) ?? v;
  return v;
}

/** A string value as a plain string cell: exceljs writes strings as inline strings, never as formulas. */
function setText(cell: ExcelJS.Cell, text: string): void {
  cell.value = text;
}
