import { z } from 'zod';
import { UNFILLED_SEATS } from '../domain/seats';
import {
  CITIZENSHIPS,
  DECLARATION_ANSWERS,
  DOCUMENT_STATES,
  DOCUMENTS,
  EDUCATION_LEVELS,
  LANGS,
  NOMINATION_KINDS,
  SERVICE_RESTRICTIONS,
  SEXES,
} from '../domain/types';

// The pieces the methods' input schemas are built from; each method's own schema stands beside its handler. Shapes
// only: whether a value is right (a real date, a valid IIN) is a finding of the domain's checks, so that the form,
// the import and the API say it in the same words.

export const id = z.number().int().positive();
export const text = (max: number) => z.string().max(max);
export const isoDateOrEmpty = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]);
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** What a transport hands back for a file it has received: never a path, so the page cannot name one. */
export const importFileId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
export const paging = { offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) };
export const none = z.strictObject({});
export const lang = z.enum(LANGS);
export const listOrder = z.enum(['submitted', 'alphabetical']).default('submitted');
/** The finding rules a decision rests on, and the commission's own words. */
export const grounds = z.strictObject({ rules: z.array(text(60)).max(50).default([]), text: text(2000).default('') });

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
  waivableDocuments: z.array(z.enum(DOCUMENTS)).max(DOCUMENTS.length).optional(),
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
  unfilledSeats: z.enum(UNFILLED_SEATS).optional(),
  mandateQuota: z.boolean().optional(),
  quotaAfterWithdrawal: severity2.optional(),
  ballotVerification: z.boolean().optional(),
});

