import type { ColumnKind, ReportCell, ReportId, ReportPreview } from '../domain/records';

// What every report is before it becomes a workbook: a title block and sheets of typed columns. The preview and the
// .xlsx come from the same model, so the screen shows exactly what the file holds.

export type { ColumnKind } from '../domain/records';

export interface ReportColumn {
  header: string;
  width: number;
  kind?: ColumnKind;
}

export interface ReportSheet {
  name: string;
  columns: ReportColumn[];
  rows: ReportCell[][];
}

export type ReportTitle = ReportPreview['title'];

export interface ReportBook {
  report: ReportId;
  title: ReportTitle;
  sheets: ReportSheet[];
}

export { sheetName } from './cell-safety';
