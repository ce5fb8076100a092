// What the API says about an import (issue 6): the preview of a clerk's workbook, row by row, and the outcome of
// committing it. The preview and the commit are computed by the same plan (src/service/import-plan.ts).
import type { Finding } from './finding';
import type { IgnoredColumn, ImportColumn } from './import-columns';
import type { QuotaFigures } from './quota';
import type { Localized, NominationKind } from './types';

export const IMPORT_TEMPLATES = ['party-list', 'district'] as const;
export type ImportTemplate = (typeof IMPORT_TEMPLATES)[number];

/**
 * What committing would do with a row:
 * - new: a new person and a nomination;
 * - existing-person: the IIN is on file; a nomination of that person (the person's record is kept as it is);
 * - already-nominated: the person already has this nomination (same kind, party or district): nothing is added,
 *   which is what makes importing the same file twice add no one twice;
 * - duplicate: the IIN appeared on an earlier row of the file: nothing is added;
 * - invalid: the row cannot be recorded (a cell that cannot be read, or an error the form would refuse to save).
 */
export const IMPORT_ROW_STATUSES = ['new', 'existing-person', 'already-nominated', 'duplicate', 'invalid'] as const;
export type ImportRowStatus = (typeof IMPORT_ROW_STATUSES)[number];

export interface ImportRowView {
  /** The row's number in the sheet, as Excel shows it. */
  row: number;
  status: ImportRowStatus;
  surname: string;
  givenName: string;
  patronymic: string;
  iin: string;
  birthDate: string;
  kind: NominationKind | '';
  partyId: number | null;
  districtId: number | null;
  listPosition: number | null;
  /** The person on file with this IIN, if any. */
  personId: number | null;
  /** For a duplicate: the earlier row with the same IIN. */
  duplicateOfRow: number | null;
  /** Cell problems, format checks, eligibility and cross-candidate rules: the form's findings for this row. */
  findings: Finding[];
}

/** A party list as it would stand after the import: its length and quota, and the list's own findings. */
export interface ImportListView {
  partyId: number;
  partyCode: string;
  shortName: string;
  name: Localized;
  /** The short name in each language (Ак жол, Ақ жол). */
  short: Localized;
  lengthBefore: number;
  added: number;
  maxLength: number;
  quota: QuotaFigures;
  findings: Finding[];
}

export interface ImportCounts {
  rows: number;
  new: number;
  existingPerson: number;
  alreadyNominated: number;
  duplicate: number;
  invalid: number;
  /** Rows that would be recorded with at least one error finding (e.g. under age): recorded, then to be refused. */
  withErrors: number;
  withWarnings: number;
}

export interface ImportPreview {
  fileId: string;
  /** The file's name, as the clerk chose it. */
  file: string;
  sheet: string;
  /** Rows of the sheet that Excel hides (they are read like the others), and hidden sheets passed over unread. */
  hiddenRows: number[];
  hiddenSheets: string[];
  /** The visible sheets in the workbook's order: the clerk may pick another than the one read. */
  sheets: string[];
  /** SHA-256 of the file's bytes: the commit refuses a file that changed since this preview. */
  digest: string;
  headerRow: number;
  columns: { letter: string; column: ImportColumn }[];
  ignored: IgnoredColumn[];
  counts: ImportCounts;
  lists: ImportListView[];
  /** The rows asked for (all, or only those not to be added or with an error finding), a page at a time. */
  page: { offset: number; total: number; rows: ImportRowView[] };
}

export interface ImportOutcome {
  /** The import's record in the ledger (journaled as entity 'import'). 0 when nothing was added. */
  importId: number;
  file: string;
  digest: string;
  /** Nominations added. */
  added: number;
  /** Persons added (the rest of the added nominations are of persons already on file). */
  persons: number;
  skipped: { alreadyNominated: number; duplicate: number; invalid: number };
  journalHead: string;
}
