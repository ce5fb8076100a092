// One row of a clerk's workbook → the same PersonInput / NominationInput the form produces (issue 6). Cells that
// cannot be read become findings naming the field, the column letter and the value; checking what was read is
// left to the domain rules, exactly as for the form.
import type { Finding } from './finding';
import { dateProblem, parseDate } from './dates';
import { catalogs } from './i18n';
import { type CellValue, columnLetter, DECLARATION_COLUMNS, foldLabel, type ImportColumn } from './import-columns';
import {
  CITIZENSHIPS,
  type Citizenship,
  EDUCATION_LEVELS,
  type EducationLevel,
  LANGS,
  NOMINATION_KINDS,
  type NominationInput,
  type NominationKind,
  type PersonInput,
  SEXES,
  type Sex,
} from './types';

/** Message keys of cells that cannot be read; proposed for the `core` catalogs (not there yet). */
export const IMPORT_CELL_KEYS = {
  date: 'import.cell.date',
  noSuchDate: 'import.cell.noSuchDate',
  sex: 'import.cell.sex',
  kind: 'import.cell.kind',
  yesNo: 'import.cell.yesNo',
  citizenship: 'import.cell.citizenship',
  education: 'import.cell.education',
  number: 'import.cell.number',
  district: 'import.cell.district',
  party: 'import.cell.party',
  region: 'import.cell.region',
} as const;
export type ImportCellProblem = keyof typeof IMPORT_CELL_KEYS;

export const IMPORT_CELL_RULE = 'import.cell';

export interface PartyRef {
  id: number;
  code: string;
}

export interface RowOptions {
  /** The election's districts: district number → district id. */
  districts: ReadonlyMap<number, number>;
  /** The election's party a cell names by any of its names, in any language (partyResolver), or null. */
  party: (text: string) => PartyRef | null;
  /** The code of the election's region a cell names in any common written form (regionResolver), or null. */
  region: (text: string) => string | null;
}

export interface MappedRow {
  person: PersonInput;
  nomination: NominationInput;
  problems: Finding[];
}

type Vocabulary<T extends string> = Map<string, T>;

function vocabulary<T extends string>(values: readonly T[], section: string, extra: Record<string, T>): Vocabulary<T> {
  const map = new Map<string, T>();
  for (const value of values) {
    map.set(foldLabel(value), value);
    for (const lang of LANGS) {
      const labels = (catalogs[lang].core as unknown as Record<string, Record<string, string> | undefined>)[section];
      const label = labels?.[value];
      if (label) map.set(foldLabel(label), value);
    }
  }
  for (const [alias, value] of Object.entries(extra)) map.set(foldLabel(alias), value);
  return map;
}

const SEX_WORDS: Vocabulary<Sex> = vocabulary(SEXES, 'sex', {
  f: 'female', m: 'male', ж: 'female', м: 'male', жен: 'female', муж: 'male', 'жен.': 'female', 'муж.': 'male',
  әйел: 'female', ер: 'male', 'әйел адам': 'female', 'ер адам': 'male', woman: 'female', man: 'male',
});
const KIND_WORDS: Vocabulary<NominationKind> = vocabulary(NOMINATION_KINDS, 'kind', {
  'party list': 'party-list', список: 'party-list', 'партийный список': 'party-list', 'партиялық тізім': 'party-list',
  self: 'district-self', самовыдвижение: 'district-self', 'өзін-өзі ұсыну': 'district-self',
});
const CITIZENSHIP_WORDS: Vocabulary<Citizenship> = vocabulary(CITIZENSHIPS, 'citizenship', {
  kazakhstan: 'KZ', 'republic of kazakhstan': 'KZ', казахстан: 'KZ', рк: 'KZ', қазақстан: 'KZ', қр: 'KZ',
  stateless: 'none', 'без гражданства': 'none',
});
const EDUCATION_WORDS: Vocabulary<EducationLevel> = vocabulary(EDUCATION_LEVELS, 'education', {});
const YES_NO: Map<string, boolean> = new Map(
  [
    ...['yes', 'y', 'true', '1', 'да', 'д', 'иә', 'ия', 'бар'].map((w) => [w, true] as const),
    ...['no', 'n', 'false', '0', 'нет', 'н', 'жоқ'].map((w) => [w, false] as const),
    ...LANGS.flatMap((lang) => [
      [catalogs[lang].core.declarationAnswer.yes, true] as const,
      [catalogs[lang].core.declarationAnswer.no, false] as const,
    ]),
  ].map(([w, v]) => [foldLabel(w), v]),
);
/** Signs are punctuation, which folding removes: they are matched as typed. */
const YES_NO_SIGNS: Map<string, boolean> = new Map([
  ['+', true],
  ['-', false],
  ['–', false],
  ['—', false],
]);

/** A yes/no cell: true or false, undefined when empty, null when it is neither. */
function yesNo(value: CellValue | undefined, text: string): boolean | undefined | null {
  if (typeof value === 'boolean') return value;
  if (!text) return undefined;
  const folded = foldLabel(text);
  return (folded === '' ? YES_NO_SIGNS.get(text) : YES_NO.get(folded)) ?? null;
}

/** A declaration answered «not yet known» in so many words: left unknown, as an empty cell is. */
const NOT_KNOWN = new Set([...LANGS.map((lang) => catalogs[lang].core.declarationAnswer.unknown), 'unknown'].map(foldLabel));
const notKnown = (text: string): boolean => text === '?' || (text !== '' && NOT_KNOWN.has(foldLabel(text)));

/** What a clerk writes for a person who belongs to no party, the template's own word among them. */
const NO_PARTY = new Set(
  ['', 'нет', 'жоқ', 'no', 'none', 'беспартийный', 'беспартийная', 'партиясыз', 'non-partisan', '-', '—', ...LANGS.map((lang) => catalogs[lang].core.report.nonParty)].map(foldLabel),
);

const DAY_MS = 86_400_000;
/** Excel's day 0 in the 1900 date system (serial 60, the fictitious 29 Feb 1900, is never a real birthday). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * The ISO text of each day already met, by its day number since 1970 (a small integer, which a Map hashes quickly;
 * keyed by the time value, a double, the lookup cost more than making the text): a workbook's dates repeat (every row
 * of a file received on one day, birthdays shared by thousands), and a plan of 100,000 rows kept three new strings a
 * row for them (about 10 MB). Bounded: a file of all different days only fills it and starts it again.
 */
const ISO_OF_DAY = new Map<number, string>();
const ISO_KEPT = 50_000;

/** The UTC calendar date, as toISOString() would begin, for years 1000–9999 (a cell's date is checked after). */
function isoOfUtc(date: Date): string {
  const day = Math.floor(date.getTime() / DAY_MS);
  const known = ISO_OF_DAY.get(day);
  if (known !== undefined) return known;
  const year = date.getUTCFullYear();
  const iso = year < 1000 || year > 9999 ? date.toISOString().slice(0, 10) : `${year}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
  if (ISO_OF_DAY.size >= ISO_KEPT) ISO_OF_DAY.clear();
  ISO_OF_DAY.set(day, iso);
  return iso;
}

/** The text of a cell, trimmed; a Date reads as its ISO calendar date, a whole number without a decimal point. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : isoOfUtc(value);
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  return String(value).replace(/\s+/g, ' ').trim();
}

/**
 * A number of seven or eight digits in a date column is a date typed as ddmmyyyy that Excel took for a number (and
 * stripped of a leading zero): 1021980 is 01.02.1980. No Excel serial that large is a date anyone records (it falls
 * after the year 4600).
 */
const DDMMYYYY_AS_NUMBER = 1_000_000;

/** The text a date cell holds, with a ddmmyyyy number given back its leading zero. */
function dateCellText(value: CellValue | undefined): string {
  if (typeof value === 'number' && Number.isInteger(value) && value >= DDMMYYYY_AS_NUMBER) return value.toFixed(0).padStart(8, '0');
  return cellText(value);
}

/**
 * A date cell: an Excel date (read as its UTC calendar date), an Excel serial number, or text as clerks write dates
 * (dd.mm.yyyy, dd/mm/yyyy, dd-mm-yyyy, ddmmyyyy) or ISO.
 */
export function cellDate(value: CellValue | undefined): string | null {
  if (value === null || value === undefined || value === '') return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : isoOfUtc(value);
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= DDMMYYYY_AS_NUMBER) return parseDate(dateCellText(value));
    if (!Number.isInteger(value) || value < 1 || value > 2_958_465) return null;
    return isoOfUtc(new Date(EXCEL_EPOCH_MS + value * DAY_MS));
  }
  if (typeof value === 'boolean') return null;
  const text = value.trim();
  return text === '' ? '' : parseDate(text);
}

/** Why a date cell did not read: "no such date" only for a day the calendar lacks (31.02), else "not a date". */
function dateCellProblem(value: CellValue | undefined): ImportCellProblem {
  return dateProblem(dateCellText(value)) === 'no-such-date' ? 'noSuchDate' : 'date';
}

/** A time cell: HH:MM text as typed, or an Excel time (a fraction of a day or a Date on 30.12.1899). */
function cellTime(value: CellValue | undefined): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (value instanceof Date) return `${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}`;
  if (typeof value === 'number' && value >= 0 && value < 1) {
    const minutes = Math.round(value * 24 * 60);
    return `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;
  }
  return cellText(value);
}

/** An IIN stays text; a numeric cell that lost its leading zeros gets them back. */
export function cellIin(value: CellValue | undefined): string {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value.toFixed(0).padStart(12, '0');
  return cellText(value).replace(/\s+/g, '');
}

// Most rows answer no declaration and hand in no document: those rows share one frozen object of each rather than
// keeping two of their own (about 11 MB of a 100,000-row plan). Frozen, so that a write to a shared one fails loudly
// instead of changing every row; mapRow gives a row its own declarations before it records an answer.
const UNKNOWN_DECLARATIONS: PersonInput['declarations'] = Object.freeze({
  incapacity: 'unknown',
  imprisonment: 'unknown',
  criminalRecord: 'unknown',
  corruption: 'unknown',
});
const NO_DOCUMENTS: NominationInput['documents'] = Object.freeze({});

function emptyPerson(): PersonInput {
  return {
    surname: '',
    givenName: '',
    patronymic: '',
    iin: '',
    birthDate: '',
    sex: '',
    citizenship: '',
    residentSince: '',
    disability: false,
    residenceRegion: '',
    residenceSettlement: '',
    education: '',
    occupation: '',
    workplace: '',
    partyMembership: '',
    nationality: '',
    declarations: UNKNOWN_DECLARATIONS,
    serviceRestriction: '',
  };
}

function emptyNomination(): NominationInput {
  return {
    kind: '',
    partyId: null,
    associationName: '',
    districtId: null,
    listPosition: null,
    receivedOn: '',
    receivedTime: '',
    documents: NO_DOCUMENTS,
  };
}

function wholeNumber(value: CellValue | undefined): number | null {
  if (typeof value === 'number') return Number.isInteger(value) ? value : null;
  const text = cellText(value).replace(/^№\s*/, '');
  return /^\d+$/.test(text) ? Number(text) : null;
}

/**
 * Maps one row. `cells` is indexed by 0-based column; `columns` is the header's map from column index to field.
 * Never throws: a cell it cannot read leaves its field empty and adds a finding.
 */
export function mapRow(cells: readonly CellValue[], columns: ReadonlyMap<number, ImportColumn>, options: RowOptions): MappedRow {
  const person = emptyPerson();
  const nomination = emptyNomination();
  const problems: Finding[] = [];

  const problem = (kind: ImportCellProblem, field: string, index: number, value: CellValue | undefined) =>
    problems.push({
      rule: IMPORT_CELL_RULE,
      severity: 'error',
      field,
      messageKey: IMPORT_CELL_KEYS[kind],
      params: { column: columnLetter(index), value: cellText(value) },
    });

  // forEach rather than for…of: iterating the Map made a pair for every cell, 1.2 million short-lived arrays for a
  // 100,000-row file of twelve columns.
  columns.forEach((column, index) => {
    const value = cells[index];
    const text = cellText(value);
    switch (column) {
      case 'surname':
      case 'givenName':
      case 'patronymic':
      case 'residenceSettlement':
      case 'occupation':
      case 'workplace':
      case 'nationality':
        person[column] = text;
        break;
      case 'iin':
        person.iin = cellIin(value);
        break;
      case 'residenceRegion': {
        // Stored as the region's code, so that the form, the prints and the statistics read one region, in the
        // reader's language, however the party wrote it; a text that names no region of the election is refused.
        if (!text) break;
        const code = options.region(text);
        if (code !== null) person.residenceRegion = code;
        else problem('region', column, index, value);
        break;
      }
      case 'birthDate':
      case 'residentSince': {
        const iso = cellDate(value);
        if (iso === null) problem(dateCellProblem(value), column, index, value);
        else person[column] = iso;
        break;
      }
      case 'receivedOn': {
        const iso = cellDate(value);
        if (iso === null) problem(dateCellProblem(value), column, index, value);
        else nomination.receivedOn = iso;
        break;
      }
      case 'receivedTime':
        nomination.receivedTime = cellTime(value);
        break;
      case 'sex': {
        if (!text) break;
        const sex = SEX_WORDS.get(foldLabel(text));
        if (sex) person.sex = sex;
        else problem('sex', column, index, value);
        break;
      }
      case 'citizenship': {
        if (!text) break;
        const c = CITIZENSHIP_WORDS.get(foldLabel(text));
        if (c) person.citizenship = c;
        else problem('citizenship', column, index, value);
        break;
      }
      case 'education': {
        if (!text) break;
        const e = EDUCATION_WORDS.get(foldLabel(text));
        if (e) person.education = e;
        else problem('education', column, index, value);
        break;
      }
      case 'disability': {
        const yes = yesNo(value, text);
        if (yes === null) problem('yesNo', column, index, value);
        else if (yes !== undefined) person.disability = yes;
        break;
      }
      case 'declIncapacity':
      case 'declImprisonment':
      case 'declCriminalRecord':
      case 'declCorruption': {
        const declaration = DECLARATION_COLUMNS[column];
        const yes = notKnown(text) ? undefined : yesNo(value, text);
        // Findings name a declaration by its place in the person, as the domain rules do.
        if (yes === null) problem('yesNo', `declarations.${declaration}`, index, value);
        else if (yes !== undefined) {
          if (person.declarations === UNKNOWN_DECLARATIONS) person.declarations = { ...UNKNOWN_DECLARATIONS };
          person.declarations[declaration] = yes ? 'yes' : 'no';
        }
        break;
      }
      case 'kind': {
        if (!text) break;
        const kind = KIND_WORDS.get(foldLabel(text));
        if (kind) nomination.kind = kind;
        else problem('kind', column, index, value);
        break;
      }
      case 'partyMembership': {
        if (NO_PARTY.has(foldLabel(text))) break;
        const party = options.party(text);
        if (party) person.partyMembership = party.code;
        else problem('party', column, index, value);
        break;
      }
      case 'partyId': {
        if (!text) break;
        const party = options.party(text);
        if (party) nomination.partyId = party.id;
        else problem('party', column, index, value);
        break;
      }
      case 'associationName':
        nomination.associationName = text;
        break;
      case 'districtId': {
        if (!text) break;
        const n = wholeNumber(value);
        const id = n === null ? undefined : options.districts.get(n);
        if (id === undefined) problem('district', column, index, value);
        else nomination.districtId = id;
        break;
      }
      case 'listPosition': {
        if (!text) break;
        const n = wholeNumber(value);
        if (n === null) problem('number', column, index, value);
        else nomination.listPosition = n;
        break;
      }
    }
  });
  return { person, nomination, problems };
}
