import { z } from 'zod';
import { errorReportFileName, templateFileName } from '../domain/file-names';
import { IMPORT_TEMPLATES } from '../domain/import-records';
import { templateChoices, writeImportErrors, writeImportTemplate } from './import-files';
import { method } from './method';
import { id, importFileId, lang, paging, text } from './schemas';

// Importing nominations from a clerk's workbook: the preview and the commit read the file a transport received
// (an upload, the desk's open dialog, the CLI's argument), the template and the error report are workbooks to save.

const previewInput = z.strictObject({
  electionId: id,
  fileId: importFileId,
  /** The party every row nominates when the file has no party column (a party's own list). */
  partyId: id.optional(),
  /** The sheet to read, by its name; else the first visible one in the workbook's order. */
  sheet: text(31).min(1).optional(),
  only: z.enum(['all', 'problems']).default('all'),
  ...paging,
});

/** Commits what the preview showed: refused when the file changed (digest) or, unless skipped, for invalid rows. */
const commitInput = z.strictObject({
  electionId: id,
  fileId: importFileId,
  partyId: id.optional(),
  /** The sheet to read, by its name; else the first visible one in the workbook's order. */
  sheet: text(31).min(1).optional(),
  digest: z.string().regex(/^[0-9a-f]{64}$/),
  skipInvalid: z.boolean().default(false),
});

/**
 * An empty workbook to fill in, its drop-downs offering the election's regions and parties; without an election, those
 * of the reference data, which every election is created with.
 */
export const templateInput = z.strictObject({ template: z.enum(IMPORT_TEMPLATES), lang, electionId: id.optional() });

/** The previewed file's rows with a status and a findings column. */
export const errorsInput = z.strictObject({ electionId: id, fileId: importFileId, partyId: id.optional(), sheet: text(31).min(1).optional(), lang });

export type PreviewInput = z.output<typeof previewInput>;
export type CommitInput = z.output<typeof commitInput>;
export type ErrorsInput = z.output<typeof errorsInput>;

export const importMethods = {
  'imports.preview': method.readsFile({ permission: 'clerk', job: 'reads', cancellable: true, input: previewInput, handler: (input, ctx) => ctx.imports.preview(input) }),
  'imports.commit': method.readsFile({ permission: 'clerk', job: 'writes', input: commitInput, handler: (input, ctx) => ctx.imports.commit(input) }),
  'imports.template': method.streamsFile({
    permission: 'clerk',
    input: templateInput,
    handler: (input, ctx) => {
      // Read before the first byte, so an unknown election is answered as a Result.
      const choices = templateChoices(ctx, input.electionId);
      return {
        fileName: templateFileName(input.template, input.lang),
        write: (out) => writeImportTemplate(input, choices, out),
      };
    },
  }),
  'imports.errors': method.streamsFile({
    permission: 'clerk',
    input: errorsInput,
    handler: async (input, ctx) => {
      // Read and planned before the first byte, so a refused file is answered as a Result.
      const planned = await ctx.imports.planned(input);
      return {
        fileName: errorReportFileName(ctx.imports.nameOf(input.fileId) ?? ''),
        write: (out) => writeImportErrors(planned, input.lang, out),
      };
    },
  }),
};
