// The workbook a clerk hands to a party to fill in (issue 6): a candidates sheet whose header is exactly what the
// reader recognises, drop-downs holding exactly the words mapRow reads back (the election's own regions and parties
// among them, issue 11), and an instructions sheet that lists the parties.
import ExcelJS from 'exceljs';
import { catalogs, translator } from '../domain/i18n';
import { columnLabel, columnLetter, IMPORT_COLUMNS, type ImportColumn, isDeclarationColumn } from '../domain/import-columns';
import type { ImportTemplate } from '../domain/import-records';
import { REFERENCE } from '../domain/reference';
import { CITIZENSHIPS, EDUCATION_LEVELS, type Lang, type Localized, NOMINATION_KINDS, SEXES } from '../domain/types';

/**
 * What a template leaves out of the columns the import reads: the nomination's own columns, which each template
 * places first as it needs them, and nationality, which the law does not ask for. The date and the time of receipt
 * stay: a nomination received after 18:00 of the closing day is late, and only the time says so.
 */
const NOT_PERSON_COLUMNS: ReadonlySet<ImportColumn> = new Set<ImportColumn>([
  'kind', 'partyId', 'associationName', 'districtId', 'listPosition', 'nationality',
]);
/** The person's columns and the date and time of receipt, in the import's own order. */
const PERSON_COLUMNS: readonly ImportColumn[] = IMPORT_COLUMNS.filter((c) => !NOT_PERSON_COLUMNS.has(c));

/** The election's regions and parties the drop-downs and the instructions offer, in ballot order. */
export interface TemplateChoices {
  regions: readonly { code: string; name: Localized }[];
  parties: readonly { code: string; name: Localized; short: Localized }[];
}

/** Without an election: the regions and parties of the reference data, which every election is created with. */
export const REFERENCE_CHOICES: TemplateChoices = { regions: REFERENCE.regions, parties: REFERENCE.parties };

export const TEMPLATE_COLUMNS: Record<ImportTemplate, readonly ImportColumn[]> = {
  'party-list': ['listPosition', ...PERSON_COLUMNS],
  district: ['districtId', 'kind', 'partyId', 'associationName', ...PERSON_COLUMNS],
};

export const TEMPLATE_LISTS = ['sex', 'kind', 'yesNo', 'citizenship', 'education', 'region', 'party', 'membership'] as const;
export type TemplateList = (typeof TEMPLATE_LISTS)[number];

/** The lists of the election's own names: other written forms are read too, so Excel warns rather than refuses. */
const OPEN_LISTS: ReadonlySet<TemplateList> = new Set<TemplateList>(['region', 'party', 'membership']);

type Shape = 'text' | 'date' | 'time' | 'iin' | 'whole' | TemplateList;

function shapeOf(column: ImportColumn): Shape {
  if (isDeclarationColumn(column) || column === 'disability') return 'yesNo';
  switch (column) {
    case 'birthDate':
    case 'residentSince':
    case 'receivedOn':
      return 'date';
    case 'receivedTime':
      return 'time';
    case 'residenceRegion':
      return 'region';
    case 'partyId':
      return 'party';
    case 'partyMembership':
      return 'membership';
    case 'iin':
      return 'iin';
    case 'listPosition':
    case 'districtId':
      return 'whole';
    case 'sex':
    case 'kind':
    case 'citizenship':
    case 'education':
      return column;
    default:
      return 'text';
  }
}

type Requirement = 'yes' | 'no' | 'party' | 'association';

/** What the form requires (format checks), so that a filled template passes them. */
function requirementOf(column: ImportColumn): Requirement {
  switch (column) {
    case 'surname':
    case 'givenName':
    case 'iin':
    case 'birthDate':
    case 'sex':
    case 'citizenship':
    case 'receivedOn':
    case 'districtId':
    case 'kind':
      return 'yes';
    case 'partyId':
      return 'party';
    case 'associationName':
      return 'association';
    default:
      return 'no';
  }
}

/** The words of a drop-down in a language: the catalog labels and the election's names that mapRow reads back. */
export function listWords(lang: Lang, list: TemplateList, choices: TemplateChoices): string[] {
  const core = catalogs[lang].core;
  switch (list) {
    case 'sex':
      return SEXES.map((s) => core.sex[s]);
    case 'kind':
      // A district template: a party's list is imported as a list, with the party chosen in the desk.
      return NOMINATION_KINDS.filter((k) => k !== 'party-list').map((k) => core.kind[k]);
    case 'yesNo':
      return [core.declarationAnswer.yes, core.declarationAnswer.no];
    case 'citizenship':
      return CITIZENSHIPS.map((c) => core.citizenship[c]);
    case 'education':
      return EDUCATION_LEVELS.map((e) => core.education[e]);
    case 'region':
      return choices.regions.map((r) => r.name[lang]);
    case 'party':
      return choices.parties.map((p) => p.short[lang]);
    case 'membership':
      return [...choices.parties.map((p) => p.short[lang]), core.report.nonParty];
  }
}

/** Rows 2..LAST_ROW carry the drop-downs and date checks; formats are the columns' own, so blank rows stay absent. */
export const TEMPLATE_LAST_ROW = 2001;
export const DATE_FORMAT = 'dd.mm.yyyy';
/** Times are text (17:45): Excel would otherwise keep a fraction of a day and show it as the machine's locale likes. */
const TEXT_FORMAT = '@';

export interface TemplateSummary {
  columns: ImportColumn[];
  sheets: string[];
}

type Validations = { add(address: string, validation: ExcelJS.DataValidation): void };

/** A sheet name in a formula: quoted, with its own quotes doubled. */
function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Writes the template as .xlsx to `out`; resolves once the stream has it all. */
export async function writeTemplate(
  template: ImportTemplate,
  lang: Lang,
  out: NodeJS.WritableStream,
  choices: TemplateChoices = REFERENCE_CHOICES,
): Promise<TemplateSummary> {
  const t = catalogs[lang].core.template;
  const columns = [...TEMPLATE_COLUMNS[template]];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tizim';

  const sheet = workbook.addWorksheet(t.sheet.candidates, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  const instructions = workbook.addWorksheet(t.sheet.instructions);
  const lists = workbook.addWorksheet(t.sheet.lists, { state: 'hidden' });

  // The drop-downs' words sit on the hidden sheet: an inline list cannot hold a comma, and the kinds' names do.
  const listRanges = new Map<TemplateList, string>();
  TEMPLATE_LISTS.forEach((list, i) => {
    const words = listWords(lang, list, choices);
    if (words.length === 0) return;
    const letter = columnLetter(i);
    words.forEach((word, r) => {
      lists.getCell(r + 1, i + 1).value = word;
    });
    lists.getColumn(i + 1).width = Math.max(...words.map((w) => w.length)) + 2;
    listRanges.set(list, `${sheetRef(t.sheet.lists)}!$${letter}$1:$${letter}$${words.length}`);
  });

  const validations = (sheet as unknown as { dataValidations: Validations }).dataValidations;
  const header = sheet.getRow(1);
  header.height = 60;
  columns.forEach((column, i) => {
    const label = columnLabel(lang, column);
    const shape = shapeOf(column);
    const letter = columnLetter(i);
    const col = sheet.getColumn(i + 1);
    col.width = Math.min(40, Math.max(12, Math.ceil(label.length / 2), valueWidth(lang, shape, choices)) + 2);
    if (shape === 'date') col.numFmt = DATE_FORMAT;
    if (shape === 'iin' || shape === 'time') col.numFmt = TEXT_FORMAT;

    const cell = header.getCell(i + 1);
    cell.value = label;
    cell.style = {
      numFmt: TEXT_FORMAT,
      font: { bold: true },
      alignment: { vertical: 'top', wrapText: true },
      border: { bottom: { style: 'thin' } },
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: requirementOf(column) === 'no' ? 'FFEDEDED' : 'FFFFE699' } },
    };

    const range = `${letter}2:${letter}${TEMPLATE_LAST_ROW}`;
    // Excel refuses a file whose validation title is longer than 32 characters.
    const title = label.length > 32 ? `${label.slice(0, 31)}…` : label;
    if (shape === 'date')
      // A warning, not a refusal: where Excel does not read dd.mm.yyyy as a date, the reader still reads the text.
      validations.add(range, {
        type: 'date',
        operator: 'between',
        formulae: [new Date(Date.UTC(1900, 0, 1)), new Date(Date.UTC(2099, 11, 31))],
        allowBlank: true,
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: title,
        error: t.validation.date,
      });
    else if (shape === 'whole')
      validations.add(range, {
        type: 'whole',
        operator: 'greaterThanOrEqual',
        formulae: [1],
        allowBlank: true,
        showErrorMessage: true,
        errorTitle: title,
        error: t.validation.whole,
      });
    else if (shape !== 'text' && shape !== 'iin' && shape !== 'time' && listRanges.has(shape))
      validations.add(range, {
        type: 'list',
        formulae: [listRanges.get(shape)],
        allowBlank: true,
        showErrorMessage: true,
        ...(OPEN_LISTS.has(shape) ? { errorStyle: 'warning' } : {}),
        errorTitle: title,
        error: OPEN_LISTS.has(shape) ? t.validation.openList : t.validation.list,
      });
  });
  header.commit();

  writeInstructions(instructions, template, lang, columns, choices);
  // A small book: built in memory, and resolved only once `out` has all of it (xlsx.write resolves earlier).
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  await new Promise<void>((resolveEnd, reject) => {
    out.once('error', reject);
    out.end(bytes, () => resolveEnd());
  });
  return { columns, sheets: [t.sheet.candidates, t.sheet.instructions, t.sheet.lists] };
}

function writeInstructions(
  ws: ExcelJS.Worksheet,
  template: ImportTemplate,
  lang: Lang,
  columns: readonly ImportColumn[],
  choices: TemplateChoices,
): void {
  const t = catalogs[lang].core.template;
  ws.columns = [{ width: 34 }, { width: 22 }, { width: 60 }, { width: 60 }];
  const line = (text: string, font?: Partial<ExcelJS.Font>) => {
    const row = ws.addRow([text]);
    ws.mergeCells(row.number, 1, row.number, 4);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    if (font) row.getCell(1).font = font;
    return row;
  };
  line(t.title[template], { bold: true, size: 13 });
  ws.addRow([]);
  const notes = [
    translator(lang, 'core')('template.note.firstSheet', { sheet: t.sheet.candidates }),
    t.note.required,
    t.note.order,
    t.note.dates,
    t.note.iin,
    t.note.lists,
    t.note.declarations,
    t.note.formulas,
    t.note[template],
  ];
  for (const note of notes) line(`• ${note}`).height = Math.max(15, Math.ceil(note.length / 110) * 15);
  ws.addRow([]);

  const head = ws.addRow([t.heading.column, t.heading.required, t.heading.about, t.heading.values]);
  head.eachCell((cell) => {
    cell.font = { bold: true };
    cell.border = { bottom: { style: 'thin' } };
  });
  for (const column of columns) {
    const row = ws.addRow([columnLabel(lang, column), t.required[requirementOf(column)], t.about[column as keyof typeof t.about], acceptedValues(lang, column, choices)]);
    row.eachCell((cell) => {
      cell.alignment = { wrapText: true, vertical: 'top' };
    });
  }
  writeParties(ws, lang, choices);
}

/** The parties of the election, each by the names the import reads: the short one, the full one and the code. */
function writeParties(ws: ExcelJS.Worksheet, lang: Lang, choices: TemplateChoices): void {
  const t = catalogs[lang].core.template;
  if (choices.parties.length === 0) return;
  ws.addRow([]);
  const title = ws.addRow([t.heading.parties]);
  ws.mergeCells(title.number, 1, title.number, 4);
  title.getCell(1).font = { bold: true };
  const head = ws.addRow([t.heading.partyShort, t.heading.partyCode, t.heading.partyName]);
  ws.mergeCells(head.number, 3, head.number, 4);
  head.eachCell((cell) => {
    cell.font = { bold: true };
    cell.border = { bottom: { style: 'thin' } };
  });
  for (const p of choices.parties) {
    const row = ws.addRow([p.short[lang], p.code, p.name[lang]]);
    ws.mergeCells(row.number, 3, row.number, 4);
    row.eachCell((cell) => {
      cell.alignment = { wrapText: true, vertical: 'top' };
    });
  }
}

function valueWidth(lang: Lang, shape: Shape, choices: TemplateChoices): number {
  if (shape === 'date') return 12;
  if (shape === 'iin') return 14;
  if (shape === 'text' || shape === 'whole' || shape === 'time') return 10;
  return Math.max(0, ...listWords(lang, shape, choices).map((w) => w.length));
}

/** What the instructions say a column accepts. */
function acceptedValues(lang: Lang, column: ImportColumn, choices: TemplateChoices): string {
  const v = catalogs[lang].core.template.values;
  const shape = shapeOf(column);
  switch (shape) {
    case 'date':
      return v.date;
    case 'time':
      return v.time;
    case 'iin':
      return v.iin;
    case 'whole':
      return column === 'listPosition' ? v.listPosition : v.whole;
    case 'text':
      return v.text;
    case 'region':
      return v.region;
    case 'party':
      return v.party;
    case 'membership':
      return v.partyMembership;
    case 'yesNo':
      // An empty disability cell reads as no; an empty declaration as not yet known (mapRow).
      return `${listWords(lang, shape, choices).join('; ')} (${isDeclarationColumn(column) ? v.emptyUnknown : v.emptyNo})`;
    default:
      return listWords(lang, shape, choices).join('; ');
  }
}
