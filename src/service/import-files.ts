// The two workbooks an import writes: the empty template to fill in, and the error report (the clerk's own rows
// that the import would not record or would record with errors, with what the desk found in each).
import type { Lang } from '../domain/types';
import { writeErrorReport, type ErrorReportRow } from '../imports/error-report';
import { readWorkbook } from '../imports/read-workbook';
import { writeTemplate } from '../imports/template';
import { isProblem } from './import-plan';
import type { PlannedFile } from './imports';
import { Refusal } from './result';
import type { z } from 'zod';
import type { templateInput } from './import-methods';

export async function writeImportTemplate(input: z.output<typeof templateInput>, out: NodeJS.WritableStream): Promise<{ rows: number }> {
  await writeTemplate(input.template, input.lang, out);
  return { rows: 0 };
}

/**
 * The file is read again for the cells of the rows with problems: the plan keeps none of a file's cells, and the
 * report gives the clerk back exactly what was read.
 */
export async function writeImportErrors(p: PlannedFile, lang: Lang, out: NodeJS.WritableStream): Promise<{ rows: number }> {
  const problems = new Map(p.plan.rows.filter(isProblem).map((r) => [r.row, r]));
  const rows: ErrorReportRow[] = [];
  const read = await readWorkbook(p.path, {
    onRow: (row) => {
      const planned = problems.get(row.row);
      if (planned) rows.push({ row: row.row, cells: row.cells, status: planned.status, findings: p.plan.findingsOf(planned) });
    },
  });
  if (!read.ok) throw new Refusal({ code: 'invalid-input', messageKey: read.failure.messageKey, params: { ...read.failure.params, file: p.file }, field: 'file' });
  const written = await writeErrorReport({ file: p.file, sheet: p.sheet, headerCells: p.header.cells, rows, lang }, out);
  return { rows: written };
}
