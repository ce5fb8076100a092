import { z } from 'zod';
import { IMPORT_TEMPLATES } from '../domain/import-records';
import { REPORTS } from '../domain/records';
import {
  CITIZENSHIPS,
  DECISIONS,
  DECLARATION_ANSWERS,
  DEPOSIT_STATUSES,
  DOCUMENT_STATES,
  DOCUMENTS,
  EDUCATION_LEVELS,
  LANGS,
  NOMINATION_KINDS,
  NOMINATION_STATUSES,
  SERVICE_RESTRICTIONS,
  SEXES,
} from '../domain/types';

// The shape of every API input. Shapes only: whether a value is right (a real date, a valid IIN) is a finding of the
// domain's checks, so that the form, the import and the API say it in the same words.

const id = z.number().int().positive();
const text = (max: number) => z.string().max(max);
const isoDateOrEmpty = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]);
/** What a transport hands back for a file it has received: never a path, so the page cannot name one. */
const importFileId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
const paging = { offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) };

export const localizedSchema = z.strictObject({ kk: text(300).min(1), ru: text(300).min(1), en: text(300).min(1) });

export const personSchema = z.strictObject({
  surname: text(200),
  givenName: text(200),
  patronymic: text(200).default(''),
  iin: text(40),
  birthDate: isoDateOrEmpty,
  sex: z.enum([...SEXES, '']),
  citizenship: z.enum([...CITIZENSHIPS, '']),
  residentSince: isoDateOrEmpty.default(''),
  disability: z.boolean().default(false),
  residenceRegion: text(60).default(''),
  residenceSettlement: text(200).default(''),
  education: z.enum([...EDUCATION_LEVELS, '']).default(''),
  occupation: text(300).default(''),
  workplace: text(300).default(''),
  partyMembership: text(60).default(''),
  nationality: text(100).default(''),
  declarations: z
    .strictObject({
      incapacity: z.enum(DECLARATION_ANSWERS),
      imprisonment: z.enum(DECLARATION_ANSWERS),
      criminalRecord: z.enum(DECLARATION_ANSWERS),
      corruption: z.enum(DECLARATION_ANSWERS),
    })
    .default({ incapacity: 'unknown', imprisonment: 'unknown', criminalRecord: 'unknown', corruption: 'unknown' }),
  serviceRestriction: z.enum(SERVICE_RESTRICTIONS).default(''),
});

export const nominationSchema = z.strictObject({
  kind: z.enum([...NOMINATION_KINDS, '']),
  partyId: id.nullable().default(null),
  associationName: text(300).default(''),
  districtId: id.nullable().default(null),
  listPosition: z.number().int().nullable().default(null),
  receivedOn: isoDateOrEmpty,
  receivedTime: text(5).default(''),
  documents: z.partialRecord(z.enum(DOCUMENTS), z.enum(DOCUMENT_STATES)).default({}),
});

const severity2 = z.enum(['error', 'warning']);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);

/** The settings of a rule profile the commission may change: only [L] and [U] ones are accepted (see the service). */
export const profileChangesSchema = z.strictObject({
  minAge: z.number().int().min(18).max(99).optional(),
  ageReferenceDate: z.union([z.literal('election-day'), isoDate]).optional(),
  residenceYears: z.number().int().min(0).max(50).optional(),
  listMemberOfParty: z.enum(['error', 'warning', 'off']).optional(),
  barredProfessions: z.enum(['warning', 'off']).optional(),
  documents: z
    .strictObject({
      'party-list': z.array(z.enum(DOCUMENTS)),
      'district-party': z.array(z.enum(DOCUMENTS)),
      'district-association': z.array(z.enum(DOCUMENTS)),
      'district-self': z.array(z.enum(DOCUMENTS)),
    })
    .optional(),
  depositMinimumWages: z.number().min(0).max(1000).optional(),
  minimumWageKzt: z.number().int().min(0).max(10_000_000).optional(),
  depositRates: z
    .strictObject({ full: z.number().min(0).max(1), seventy: z.number().min(0).max(1), half: z.number().min(0).max(1), exempt: z.number().min(0).max(1) })
    .optional(),
  nominationOpens: isoDate.optional(),
  nominationCloses: localDateTime.optional(),
  registrationCloses: localDateTime.optional(),
  withdrawalDaysBeforePolling: z.number().int().min(0).max(60).optional(),
  listAndDistrict: severity2.optional(),
  twoDistricts: severity2.optional(),
  quotaShare: z.number().min(0).max(1).optional(),
  youthAgeBelow: z.number().int().min(18).max(99).optional(),
  listLengthFactor: z.number().min(1).max(3).optional(),
  threshold: z.number().min(0).max(1).optional(),
  mandateQuota: z.boolean().optional(),
  quotaAfterWithdrawal: severity2.optional(),
});

export const schemas = {
  'elections.presets': z.strictObject({}),
  'elections.create': z.strictObject({
    preset: z.enum(['mazhilis-2023', 'maslikhat-regional-2023', 'maslikhat-district-2023']),
    regionCode: text(60).optional(),
    councilName: text(300).optional(),
    listMandates: z.number().int().min(1).max(500).optional(),
    districtCount: z.number().int().min(1).max(500).optional(),
  }),
  'elections.list': z.strictObject({}),
  'elections.get': z.strictObject({ id }),
  'regions.list': z.strictObject({ electionId: id }),
  'districts.list': z.strictObject({ electionId: id }),
  'parties.list': z.strictObject({ electionId: id }),
  'elections.updateProfile': z.strictObject({ id, changes: profileChangesSchema }),
  'parties.update': z.strictObject({ id, depositStatus: z.enum(DEPOSIT_STATUSES) }),
  'parties.create': z.strictObject({
    electionId: id,
    code: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/),
    shortName: text(60).min(1),
    name: localizedSchema,
  }),
  'persons.create': z.strictObject({ person: personSchema }),
  'persons.update': z.strictObject({ id, version: id, person: personSchema }),
  'persons.get': z.strictObject({ id }),
  'persons.search': z.strictObject({ query: text(200), limit: z.number().int().min(1).max(50).default(10) }),
  'persons.list': z.strictObject({ query: text(200).default(''), ...paging }),
  'nominations.create': z.strictObject({
    electionId: id,
    personId: id.optional(),
    person: personSchema.optional(),
    nomination: nominationSchema,
  }),
  'nominations.update': z.strictObject({
    id,
    version: id,
    nomination: nominationSchema,
    person: z.strictObject({ version: id, fields: personSchema }).optional(),
  }),
  'nominations.get': z.strictObject({ id }),
  'nominations.list': z.strictObject({
    electionId: id,
    query: text(200).default(''),
    kind: z.enum(NOMINATION_KINDS).optional(),
    partyId: id.optional(),
    districtId: id.optional(),
    status: z.enum(NOMINATION_STATUSES).optional(),
    /** Only nominations with an error finding, or with a warning (and no error). */
    flag: z.enum(['errors', 'warnings']).optional(),
    sort: z.enum(['name', 'received', 'list-position']).default('name'),
    ...paging,
  }),
  'nominations.decide': z.strictObject({
    id,
    version: id,
    decision: z.enum(DECISIONS),
    resolutionNumber: text(50).min(1),
    resolutionDate: isoDate,
    /** The finding rules the decision rests on, and the commission's own words. */
    grounds: z.strictObject({ rules: z.array(text(60)).max(50).default([]), text: text(2000).default('') }),
  }),
  'nominations.history': z.strictObject({ id }),
  /** Every finding a candidate as typed would have, cross-candidate ones included, without saving anything. */
  'checks.candidate': z.strictObject({
    electionId: id,
    nominationId: id.optional(),
    personId: id.optional(),
    person: personSchema,
    nomination: nominationSchema,
  }),
  /** Every nomination's findings in an election (or all elections): the CLI's `tizim check`. */
  'checks.run': z.strictObject({ electionId: id.optional() }),
  'lists.list': z.strictObject({ electionId: id }),
  'lists.get': z.strictObject({ electionId: id, partyId: id, order: z.enum(['submitted', 'alphabetical']).default('submitted') }),
  /** The standing candidates of the list in their new order: every one of them, each once. */
  'lists.reorder': z.strictObject({ electionId: id, partyId: id, version: id, order: z.array(id).max(1000) }),
  'lists.decide': z.strictObject({
    electionId: id,
    partyId: id,
    version: id,
    decision: z.enum(['registered', 'refused']),
    resolutionNumber: text(50).min(1),
    resolutionDate: isoDate,
    grounds: z.strictObject({ rules: z.array(text(60)).max(50).default([]), text: text(2000).default('') }),
  }),
  'results.get': z.strictObject({ electionId: id }),
  /** The votes of every list and the "against all" votes; the desk computes and stores the seats. */
  'results.enter': z.strictObject({
    electionId: id,
    againstAll: z.number().int().min(0).max(100_000_000),
    votes: z.array(z.strictObject({ partyId: id, votes: z.number().int().min(0).max(100_000_000) })).max(100),
  }),
  /** The party's mandate holders, chosen from its registered list candidates. */
  'mandates.designate': z.strictObject({ electionId: id, partyId: id, nominationIds: z.array(id).max(500) }),
  'reports.preview': z.strictObject({
    electionId: id,
    report: z.enum(REPORTS),
    lang: z.enum(LANGS),
    order: z.enum(['submitted', 'alphabetical']).default('submitted'),
    limit: z.number().int().min(1).max(200).default(20),
  }),
  /** The whole report as .xlsx: streamed by the host (POST /export), written to a file by the CLI and by Electron. */
  'reports.export': z.strictObject({
    electionId: id,
    report: z.enum(REPORTS),
    lang: z.enum(LANGS),
    order: z.enum(['submitted', 'alphabetical']).default('submitted'),
  }),
  /** Electron only: asks where to save the report (a save dialog) and writes it there; null when the clerk cancels. */
  'reports.save': z.strictObject({
    electionId: id,
    report: z.enum(REPORTS),
    lang: z.enum(LANGS),
    order: z.enum(['submitted', 'alphabetical']).default('submitted'),
  }),
  /** Electron only: the printed document on screen saved as a PDF (printToPDF), where the clerk chooses. */
  'print.savePdf': z.strictObject({
    landscape: z.boolean().default(false),
    fileName: z.string().max(120).regex(/^[\p{L}\p{N} ._-]+\.pdf$/u).default('tizim.pdf'),
  }),
  /** A printable document: a party's list, a district's candidates, or quota compliance of every list. */
  'print.document': z.strictObject({
    electionId: id,
    document: z.enum(['party-list', 'district', 'quota']),
    partyId: id.optional(),
    districtId: id.optional(),
    lang: z.enum(LANGS),
    order: z.enum(['submitted', 'alphabetical']).default('submitted'),
  }),
  /** A file the transport has received (upload, open dialog, CLI argument), previewed against the election. */
  'imports.preview': z.strictObject({
    electionId: id,
    fileId: importFileId,
    /** The party every row nominates when the file has no party column (a party's own list). */
    partyId: id.optional(),
    only: z.enum(['all', 'problems']).default('all'),
    ...paging,
  }),
  /** Commits what the preview showed: refused when the file changed (digest) or, unless skipped, for invalid rows. */
  'imports.commit': z.strictObject({
    electionId: id,
    fileId: importFileId,
    partyId: id.optional(),
    digest: z.string().regex(/^[0-9a-f]{64}$/),
    skipInvalid: z.boolean().default(false),
  }),
  /** An empty workbook to fill in: streamed by the host (POST /file/imports.template), written by the CLI. */
  'imports.template': z.strictObject({ template: z.enum(IMPORT_TEMPLATES), lang: z.enum(LANGS) }),
  /** The previewed file's rows with a status and a findings column, as .xlsx (POST /file/imports.errors). */
  'imports.errors': z.strictObject({ electionId: id, fileId: importFileId, partyId: id.optional(), lang: z.enum(LANGS) }),
  /** Electron only: an open dialog; the chosen file is registered for preview. Null when the clerk cancels. */
  'imports.open': z.strictObject({}),
  /** Electron only: the template saved where the clerk chooses. */
  'imports.saveTemplate': z.strictObject({ template: z.enum(IMPORT_TEMPLATES), lang: z.enum(LANGS) }),
  /** Electron only: the error report saved where the clerk chooses. */
  'imports.saveErrors': z.strictObject({ electionId: id, fileId: importFileId, partyId: id.optional(), lang: z.enum(LANGS) }),
  'journal.list': z.strictObject({ entity: text(40).optional(), entityId: id.optional(), ...paging }),
  'journal.verify': z.strictObject({}),
} as const;

export type MethodName = keyof typeof schemas;
export type InputOf<M extends MethodName> = z.input<(typeof schemas)[M]>;
export type ParsedInput<M extends MethodName> = z.output<(typeof schemas)[M]>;
export const languageSchema = z.enum(LANGS);
