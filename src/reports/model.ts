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

/** Excel refuses sheet names over 31 characters or with : \ / ? * [ ], and two sheets of one name. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[:\\/?*[\]]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 31) || 'Sheet';
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
  taken.add(name.toLowerCase());
  return name;
}
