// The error report of an import (issue 6): the clerk's own header and rows, as read, with three columns added at the
// end: the sheet row, what the import does with the row, and the findings in the clerk's language. The added
// columns are not import columns, so the clerk can correct the rows in the report and import the report itself.
import ExcelJS from 'exceljs';
import type { Finding } from '../domain/finding';
import { translator } from '../domain/i18n';
import type { CellValue } from '../domain/import-columns';
import type { ImportRowStatus } from '../domain/import-records';
import { localizeParams, paramWords } from '../domain/message-text';
import type { Lang } from '../domain/types';

export interface ErrorReportRow {
  /** The row's number in the original sheet. */
  row: number;
  cells: CellValue[];
  status: ImportRowStatus;
  findings: Finding[];
}

export interface ErrorReportInput {
  file: string;
  sheet: string;
  headerCells: CellValue[];
  rows: readonly ErrorReportRow[];
  lang: Lang;
}

const DATE_FORMAT = 'dd.mm.yyyy';
const TEXT_FORMAT = '@';
/** Text a spreadsheet would read as a formula or a command (DESIGN §8): given the text format as well. */
const FORMULA_START = new Set([...'=+-@\t\r'].map((c) => c.charCodeAt(0)));
/** Excel's limit on the characters of one cell. */
const CELL_LIMIT = 32_767;
const BATCH = 1000;
const turn = (): Promise<void> => new Promise((resolveTurn) => setImmediate(resolveTurn));

type Translate = ReturnType<typeof translator>;

/** One finding as the clerk reads it: the field it concerns, unless the message already names the column. */
export function findingLine(t: Translate, lang: Lang, finding: Finding): string {
  const words = paramWords((key, options) => t(key, options), lang);
  const message = t(finding.messageKey, { ...localizeParams(finding.params, words), defaultValue: finding.messageKey });
  const prefix = finding.field && finding.params?.column === undefined ? `${words.fieldLabel(finding.field)}: ` : '';
  return `${prefix}${message}`.replace(/\.$/, '');
}

function put(cell: ExcelJS.Cell, value: CellValue | undefined): void {
  if (value === null || value === undefined) return;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return;
    cell.value = value;
    cell.numFmt = DATE_FORMAT;
    return;
  }
  if (typeof value === 'string') {
    // A string is written as a string cell, never a formula; the text format keeps Excel from reading it as one.
    cell.value = value.length > CELL_LIMIT ? value.slice(0, CELL_LIMIT) : value;
    if (value !== '' && FORMULA_START.has(value.charCodeAt(0))) cell.numFmt = TEXT_FORMAT;
    return;
  }
  cell.value = value;
}

/** Writes the report to `out` as .xlsx, streamed; resolves with the number of rows written once the stream has them. */
export async function writeErrorReport(input: ErrorReportInput, out: NodeJS.WritableStream): Promise<number> {
  const t = translator(input.lang, 'core');
  const width = input.rows.reduce((w, r) => Math.max(w, r.cells.length), input.headerCells.length);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out as never, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Tizim';
  // The clerk's sheet name, as far as Excel allows one (31 characters, none of \ / ? * [ ] :).
  const name = input.sheet.replace(/[\\/?*[\]:]/g, ' ').replace(/^'+|'+$/g, '').trim().slice(0, 31).trim() || t('importReport.sheet');
  const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  const rowCol = width + 1;
  const statusCol = width + 2;
  const findingsCol = width + 3;
  ws.columns = [
    ...Array.from({ length: width }, (_, i) => ({ width: headerWidth(input.headerCells[i]) })),
    { width: 8 },
    { width: 28 },
    { width: 80 },
  ];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + input.rows.length, column: findingsCol } };

  const header = ws.getRow(1);
  for (let i = 0; i < width; i++) put(header.getCell(i + 1), input.headerCells[i]);
  header.getCell(rowCol).value = t('importReport.row');
  header.getCell(statusCol).value = t('importReport.status');
  header.getCell(findingsCol).value = t('importReport.findings');
  header.eachCell({ includeEmpty: true }, (cell) => {
    cell.font = { bold: true };
    cell.alignment = { vertical: 'top', wrapText: true };
    cell.border = { bottom: { style: 'thin' } };
  });
  header.commit();

  let number = 1;
  for (const r of input.rows) {
    if (number % BATCH === 0) await turn();
    const row = ws.getRow(++number);
    for (let i = 0; i < r.cells.length; i++) put(row.getCell(i + 1), r.cells[i]);
    row.getCell(rowCol).value = r.row;
    row.getCell(statusCol).value = t(`importStatus.${r.status}`);
    const text = r.findings.map((f) => findingLine(t, input.lang, f)).join('; ');
    if (text) put(row.getCell(findingsCol), text);
    row.getCell(findingsCol).alignment = { wrapText: true, vertical: 'top' };
    row.commit();
  }
  ws.commit();
  await workbook.commit();
  return input.rows.length;
}

function headerWidth(value: CellValue | undefined): number {
  const text = value === null || value === undefined ? '' : value instanceof Date ? 'dd.mm.yyyy' : String(value);
  return Math.min(40, Math.max(10, text.length + 2));
}
