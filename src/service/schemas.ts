import { z } from 'zod';
import {
  CITIZENSHIPS,
  EDUCATION_LEVELS,
  LANGS,
  NOMINATION_KINDS,
  NOMINATION_STATUSES,
  SEXES,
} from '../domain/types';

// The shape of every API input. Shapes only: whether a value is right (a real date, a valid IIN) is a finding of the
// domain's checks, so that the form, the import and the API say it in the same words.

const id = z.number().int().positive();
const text = (max: number) => z.string().max(max);
const isoDateOrEmpty = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]);
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
});

export const nominationSchema = z.strictObject({
  kind: z.enum([...NOMINATION_KINDS, '']),
  partyId: id.nullable().default(null),
  associationName: text(300).default(''),
  districtId: id.nullable().default(null),
  listPosition: z.number().int().nullable().default(null),
  receivedOn: isoDateOrEmpty,
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
    sort: z.enum(['name', 'received', 'list-position']).default('name'),
    ...paging,
  }),
  'journal.list': z.strictObject({ entity: text(40).optional(), entityId: id.optional(), ...paging }),
  'journal.verify': z.strictObject({}),
} as const;

export type MethodName = keyof typeof schemas;
export type InputOf<M extends MethodName> = z.input<(typeof schemas)[M]>;
export type ParsedInput<M extends MethodName> = z.output<(typeof schemas)[M]>;
export const languageSchema = z.enum(LANGS);
