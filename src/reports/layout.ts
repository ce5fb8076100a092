import type { ColumnKind, ReportCell } from '../domain/records';
import type { ReportColumn } from './model';

// How wide a report's columns are and how tall its wrapped rows, estimated from the text: a streamed workbook has no
// font metrics, and neither Excel nor LibreOffice fits a written row's height on opening. Widths are in Excel's unit
// (the width of a digit of the default font, Calibri 11), heights in points.

/** Points per line of 11-point text, as Excel's default row. */
export const LINE_HEIGHT = 15;

/** A value longer than this many characters wraps onto more lines rather than widening its column further. */
const WRAP_AT = 36;

/** Room for the cell's own margins and the gap to the next column's text. */
const PADDING = 2;

/** Bold header text is wider than the body's by about this much. */
const BOLD = 1.12;

/** Characters of a cell as the workbook shows it: a date as dd.mm.yyyy, a count with its group separators. */
function shownLength(kind: ColumnKind | undefined, value: ReportCell): number {
  if (value === null) return 0;
  switch (kind) {
    case 'date':
      return 10;
    case 'datetime':
      return 16;
    case 'percent':
      return 8; // 100,00 %
    default: {
      if (typeof value !== 'number') return value.length;
      const digits = String(Math.trunc(Math.abs(value))).length;
      return digits + Math.floor((digits - 1) / 3) + (kind === 'decimal' ? 2 : 0);
    }
  }
}

/** The estimated width of a text in digit widths: capitals and wide letters take more room than digits. */
function textWidth(text: string, factor = 1): number {
  let width = 0;
  for (const ch of text) width += ch === ' ' ? 0.55 : /[A-ZА-ЯЁӘҒҚҢӨҰҮҺІШЩЖМЮmwшщжмю]/.test(ch) ? 1.3 : 1;
  return width * factor;
}

/** Lines a text takes at a column's width, wrapping between words (a word never breaks in two). */
export function wrappedLines(text: string, width: number, factor = 1): number {
  const room = Math.max(width - PADDING, 1);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const w = textWidth(word, factor);
    const space = used === 0 ? 0 : textWidth(' ', factor);
    if (used > 0 && used + space + w > room) {
      lines++;
      used = w;
    } else used += space + w;
  }
  return lines;
}

/**
 * Each column's width: at least what the report asks for, wide enough for the longest word of its header (so a
 * header wraps between words, never inside one: «Численно/сть») and for its longest value up to WRAP_AT characters.
 */
export function columnWidths(columns: readonly ReportColumn[], rows: readonly ReportCell[][]): number[] {
  const longest = columns.map(() => 0);
  for (const row of rows)
    for (let i = 0; i < columns.length; i++) {
      const value = row[i];
      if (value === null || value === undefined) continue;
      const kind = columns[i]?.kind;
      const n = typeof value === 'string' && kind !== 'date' && kind !== 'datetime' ? textWidth(value) : shownLength(kind, value);
      if (n > (longest[i] ?? 0)) longest[i] = n;
    }
  return columns.map((c, i) => {
    const headerWord = Math.max(0, ...c.header.split(/\s+/).map((w) => textWidth(w, BOLD)));
    return Math.ceil(Math.max(c.width, headerWord + PADDING + 1, Math.min(longest[i] ?? 0, WRAP_AT) + PADDING));
  });
}

/** The height of the header row: as many lines as its most wrapped header. */
export function headerHeight(columns: readonly ReportColumn[], widths: readonly number[]): number {
  const lines = Math.max(1, ...columns.map((c, i) => wrappedLines(c.header, widths[i] ?? c.width, BOLD)));
  return lines * LINE_HEIGHT + 2;
}

/** The height of a data row whose text wraps, or undefined for a row of one line (the default height). */
export function rowHeight(values: readonly ReportCell[], widths: readonly number[]): number | undefined {
  let lines = 1;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const width = widths[i] ?? WRAP_AT;
    if (typeof v !== 'string' || textWidth(v) + PADDING <= width) continue;
    lines = Math.max(lines, wrappedLines(v, width));
  }
  return lines === 1 ? undefined : lines * LINE_HEIGHT;
}
