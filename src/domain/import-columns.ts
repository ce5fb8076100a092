// Recognising the header row of a clerk's workbook: any of the three languages, any column order (issue 6).
import { catalogs } from './i18n';
import { type Declaration, type Lang, LANGS } from './types';

/** The columns an import knows, named by the PersonInput / NominationInput field they fill. */
export const IMPORT_COLUMNS = [
  'surname',
  'givenName',
  'patronymic',
  'iin',
  'birthDate',
  'sex',
  'citizenship',
  'residentSince',
  'disability',
  'residenceRegion',
  'residenceSettlement',
  'education',
  'occupation',
  'workplace',
  'partyMembership',
  'nationality',
  'kind',
  'partyId',
  'associationName',
  'districtId',
  'listPosition',
  'receivedOn',
  'receivedTime',
  'declIncapacity',
  'declImprisonment',
  'declCriminalRecord',
  'declCorruption',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** The declaration each declaration column answers (PersonInput.declarations). */
export const DECLARATION_COLUMNS = {
  declIncapacity: 'incapacity',
  declImprisonment: 'imprisonment',
  declCriminalRecord: 'criminalRecord',
  declCorruption: 'corruption',
} as const satisfies Partial<Record<ImportColumn, Declaration>>;
export type DeclarationColumn = keyof typeof DECLARATION_COLUMNS;

export function isDeclarationColumn(column: ImportColumn): column is DeclarationColumn {
  return column in DECLARATION_COLUMNS;
}

/** A column's header label in a language: its `field.*` label, or for a declaration its `declaration.*` name. */
export function columnLabel(lang: Lang, column: ImportColumn): string {
  const core = catalogs[lang].core;
  if (isDeclarationColumn(column)) return core.declaration[DECLARATION_COLUMNS[column]];
  return (core.field as Record<string, string>)[column] ?? column;
}

/** A header row is recognised only when it names these; «ФИО» in one column is not split. */
export const REQUIRED_COLUMNS: readonly ImportColumn[] = ['surname', 'givenName', 'iin'];

/** A plain cell value, as the reader hands it over. */
export type CellValue = string | number | Date | boolean | null;

/** Plain aliases besides the catalog labels (`field.*` in kk, ru, en). */
const ALIASES: Partial<Record<ImportColumn, readonly string[]>> = {
  surname: ['Last name', 'Family name', 'Тегі', 'Фамилиясы'],
  givenName: ['First name', 'Name', 'Given name', 'Имя', 'Аты'],
  patronymic: ['Middle name', 'Отчество', 'Әкесінің аты'],
  iin: ['IIN', 'ИИН', 'ЖСН', 'ИИН кандидата'],
  birthDate: ['Birth date', 'Date of birth', 'DOB', 'Дата рождения', 'Туған күні', 'Туған күні айы жылы'],
  sex: ['Gender', 'Пол', 'Жынысы'],
  citizenship: ['Гражданство', 'Азаматтығы'],
  residentSince: ['Resident since', 'Проживает в Казахстане с', 'Постоянно проживает с'],
  disability: ['Disabled', 'Инвалидность', 'Мүгедектік'],
  residenceRegion: ['Region', 'Область', 'Облыс'],
  residenceSettlement: ['Settlement', 'Населённый пункт', 'Населенный пункт', 'Елді мекен'],
  occupation: ['Occupation', 'Должность', 'Род занятий', 'Лауазымы'],
  workplace: ['Workplace', 'Место работы', 'Жұмыс орны'],
  partyMembership: ['Party membership', 'Партийность', 'Партиялығы', 'Член партии'],
  kind: ['Kind', 'Nomination kind', 'Способ выдвижения', 'Ұсыну тәсілі'],
  partyId: ['Party', 'Party code', 'Партия', 'Код партии', 'Партия коды'],
  associationName: ['Association', 'Общественное объединение', 'Қоғамдық бірлестік'],
  districtId: ['District', 'District number', 'District no', 'Округ', '№ округа', 'Номер округа', 'Округ нөмірі', 'Округ №'],
  listPosition: ['List position', 'Position on the list', 'Номер в списке', '№ в списке', 'Тізімдегі нөмірі', 'Тізімдегі №'],
  receivedOn: ['Received on', 'Дата приёма', 'Дата приема', 'Қабылданған күні'],
  receivedTime: ['Received time', 'Time of receipt', 'Время приёма', 'Время приема', 'Қабылдау уақыты'],
  declIncapacity: ['Incapacity', 'Legally incapable', 'Недееспособность', 'Недееспособен', 'Әрекетке қабілетсіздік', 'Әрекетке қабілетсіз'],
  declImprisonment: ['Imprisonment', 'In prison', 'Лишение свободы', 'В местах лишения свободы', 'Бас бостандығынан айыру'],
  declCriminalRecord: ['Criminal record', 'Судимость', 'Сотталғандық', 'Сотталғандығы'],
  declCorruption: ['Corruption', 'Corruption offence', 'Коррупция', 'Коррупционное правонарушение', 'Сыбайлас жемқорлық'],
};

const FOLDED_KEPT = 10_000;
const folded = new Map<string, string>();

/** Case, spaces and punctuation folded away; ё read as е, so «Населённый» and «Населенный» match. */
export function foldLabel(text: string): string {
  const known = folded.get(text);
  if (known !== undefined) return known;
  // Russian has no special casing in Unicode, so toLowerCase() is toLocaleLowerCase('ru'), without ICU.
  const result = text.normalize('NFC').toLowerCase().replace(/ё/g, 'е').replace(/[\s\p{P}\p{S}]+/gu, '');
  // A workbook repeats the same few words (sexes, kinds, «нет») in every row: remember them, within reason.
  if (folded.size >= FOLDED_KEPT) folded.clear();
  folded.set(text, result);
  return result;
}

function buildLookup(): Map<string, ImportColumn> {
  const lookup = new Map<string, ImportColumn>();
  const add = (label: string, column: ImportColumn) => {
    const key = foldLabel(label);
    if (key && !lookup.has(key)) lookup.set(key, column);
  };
  // Catalog labels first, so an alias never shadows a label.
  for (const column of IMPORT_COLUMNS)
    for (const lang of LANGS) add(columnLabel(lang, column), column);
  for (const column of IMPORT_COLUMNS) for (const alias of ALIASES[column] ?? []) add(alias, column);
  return lookup;
}

const LOOKUP = buildLookup();

/** The column a header label names, or null. */
export function columnForLabel(label: string): ImportColumn | null {
  return LOOKUP.get(foldLabel(label)) ?? null;
}

/** Spreadsheet letters of a 0-based column index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export interface IgnoredColumn {
  index: number;
  letter: string;
  text: string;
  reason: 'unknown' | 'duplicate';
}

export interface HeaderMatch {
  /** 0-based column index → the field it fills. */
  columns: Map<number, ImportColumn>;
  /** Columns with a header that the import does not read. */
  ignored: IgnoredColumn[];
  /** Required columns the row does not name. */
  missing: ImportColumn[];
  /** Known columns found, in sheet order. */
  found: ImportColumn[];
}

function cellText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return '';
  return String(value).trim();
}

/** Matches a row's cells as a header row. A row is a header when `missing` is empty. */
export function matchHeader(cells: readonly CellValue[]): HeaderMatch {
  const columns = new Map<number, ImportColumn>();
  const ignored: IgnoredColumn[] = [];
  const seen = new Set<ImportColumn>();
  cells.forEach((value, index) => {
    const text = cellText(value);
    if (!text) return;
    const column = columnForLabel(text);
    if (!column) ignored.push({ index, letter: columnLetter(index), text, reason: 'unknown' });
    else if (seen.has(column)) ignored.push({ index, letter: columnLetter(index), text, reason: 'duplicate' });
    else {
      seen.add(column);
      columns.set(index, column);
    }
  });
  return {
    columns,
    ignored,
    missing: REQUIRED_COLUMNS.filter((c) => !seen.has(c)),
    found: [...columns.values()],
  };
}

export function isHeader(match: HeaderMatch): boolean {
  return match.missing.length === 0;
}

/** True when every non-empty cell is text that is not a number or a date: what a header row looks like. */
export function looksLikeLabels(cells: readonly CellValue[]): boolean {
  let any = false;
  for (const value of cells) {
    if (value === null || value === '') continue;
    if (typeof value !== 'string') return false;
    const t = value.trim();
    if (!t) continue;
    if (/^[\d\s.,:/-]+$/.test(t)) return false;
    any = true;
  }
  return any;
}

export function isBlankRow(cells: readonly CellValue[]): boolean {
  return cells.every((v) => v === null || (typeof v === 'string' && v.trim() === ''));
}
