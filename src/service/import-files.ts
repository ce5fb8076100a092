// The two workbooks an import writes: the empty template to fill in, and the error report (the clerk's own rows
// that the import would not record or would record with errors, with what the desk found in each).
import type { Lang } from '../domain/types';
import { writeErrorReport, type ErrorReportRow } from '../imports/error-report';
import { readWorkbook } from '../imports/read-workbook';
import { REFERENCE_CHOICES, writeTemplate, type TemplateChoices } from '../imports/template';
import { listParties, listRegions } from '../ledger/reference';
import type { Context } from './context';
import { mustGetElection } from './elections';
import { isProblem } from './import-plan';
import type { PlannedFile } from './imports';
import { Refusal } from './result';
import type { z } from 'zod';
import type { templateInput } from './import-methods';

/** The regions and parties a template offers: the election's, or without one those of the reference data. */
export function templateChoices(ctx: Context, electionId: number | undefined): TemplateChoices {
  if (electionId === undefined) return REFERENCE_CHOICES;
  const election = mustGetElection(ctx, electionId);
  return { regions: listRegions(ctx.db, election.id), parties: listParties(ctx.db, election.id) };
}

export async function writeImportTemplate(
  input: z.output<typeof templateInput>,
  choices: TemplateChoices,
  out: NodeJS.WritableStream,
): Promise<{ rows: number }> {
  await writeTemplate(input.template, input.lang, out, choices);
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
    sheet: p.sheet,
    onRow: (row) => {
      const planned = problems.get(row.row);
      if (planned) rows.push({ row: row.row, cells: row.cells, status: planned.status, findings: p.plan.findingsOf(planned) });
    },
  });
  if (!read.ok) throw new Refusal({ code: 'invalid-input', messageKey: read.failure.messageKey, params: { ...read.failure.params, file: p.file }, field: 'file' });
  const written = await writeErrorReport({ file: p.file, sheet: p.sheet, headerCells: p.header.cells, rows, lang }, out);
  return { rows: written };
}
