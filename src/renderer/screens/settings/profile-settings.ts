import { dateProblem, formatDate, parseDate } from '../../../domain/dates';
import type { Finding } from '../../../domain/finding';
import type { Certainty, ProfileKey, RuleProfile } from '../../../domain/profile';
import { DEPOSIT_STATUSES, DOCUMENTS, NOMINATION_KINDS, type DocumentCode, type NominationKind } from '../../../domain/types';

/** "Format not recognised" or "no such date", as the candidate form says them. */
const dateMessage = (text: string): string => (dateProblem(text) === 'no-such-date' ? 'finding.dateInvalid' : 'finding.dateUnreadable');

// The rule profile as the settings screen shows and edits it: what kind of value each setting is, its value as
// text a clerk can type, and the typed text read back into the changes `elections.updateProfile` takes.

export type SettingKind =
  | { type: 'integer'; min: number; max: number }
  | { type: 'number'; min: number; max: number }
  /** A share (0…1) shown and typed as a percentage. */
  | { type: 'share' }
  | { type: 'date' }
  /** A local date and time, YYYY-MM-DDTHH:mm, typed as dd.mm.yyyy hh:mm. */
  | { type: 'moment' }
  /** 'election-day' or a date. */
  | { type: 'ageDate' }
  | { type: 'choice'; options: readonly string[] }
  | { type: 'documents' }
  /** A set of documents, one checkbox each (those the commission may mark «not required»). */
  | { type: 'documentSet' }
  | { type: 'rates' }
  | { type: 'flag' };

/** Every setting of the profile, in the order of the domain reference (who may stand, documents, calendar, lists). */
export const SETTINGS: Record<ProfileKey, SettingKind> = {
  minAge: { type: 'integer', min: 18, max: 99 },
  ageReferenceDate: { type: 'ageDate' },
  residenceYears: { type: 'integer', min: 0, max: 50 },
  listMemberOfParty: { type: 'choice', options: ['error', 'warning', 'off'] },
  barredProfessions: { type: 'choice', options: ['warning', 'off'] },
  documents: { type: 'documents' },
  waivableDocuments: { type: 'documentSet' },
  depositMinimumWages: { type: 'number', min: 0, max: 1000 },
  minimumWageKzt: { type: 'integer', min: 0, max: 10_000_000 },
  depositRates: { type: 'rates' },
  nominationOpens: { type: 'date' },
  nominationCloses: { type: 'moment' },
  registrationCloses: { type: 'moment' },
  withdrawalDaysBeforePolling: { type: 'integer', min: 0, max: 60 },
  listAndDistrict: { type: 'choice', options: ['error', 'warning'] },
  twoDistricts: { type: 'choice', options: ['error', 'warning'] },
  quotaShare: { type: 'share' },
  youthAgeBelow: { type: 'integer', min: 18, max: 99 },
  listLengthFactor: { type: 'number', min: 1, max: 3 },
  threshold: { type: 'share' },
  unfilledSeats: { type: 'choice', options: ['redistribute', 'vacant'] },
  mandateQuota: { type: 'flag' },
  quotaAfterWithdrawal: { type: 'choice', options: ['error', 'warning'] },
  ballotVerification: { type: 'flag' },
};

export const SETTING_KEYS = Object.keys(SETTINGS) as ProfileKey[];

/** Only what the law leaves open ([L] likely, [U] unresolved) may be changed by the commission. */
export const isEditable = (certainty: Certainty | undefined): boolean => certainty === 'L' || certainty === 'U';

/** The settings form as typed: one text per control (`documents.<kind>` lists codes, `depositRates.<status>`). */
export type SettingsDraft = Record<string, string>;

/** A scalar setting as text; the composite ones (documents, rates) are drafted part by part. */
export const scalarText = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';

const round = (n: number): number => Math.round(n * 1e6) / 1e6;
const percentText = (share: number): string => String(round(share * 100));
export const momentText = (local: string): string => {
  const [date = '', time = ''] = local.split('T');
  return `${formatDate(date)} ${time}`.trim();
};

export function settingsDraft(profile: RuleProfile): SettingsDraft {
  const draft: SettingsDraft = {};
  for (const key of SETTING_KEYS) {
    const kind = SETTINGS[key];
    const value = profile[key];
    if (kind.type === 'documents')
      for (const k of NOMINATION_KINDS) draft[`documents.${k}`] = profile.documents[k].join(',');
    else if (kind.type === 'documentSet') draft[key] = profile.waivableDocuments.join(',');
    else if (kind.type === 'rates')
      for (const s of DEPOSIT_STATUSES) draft[`depositRates.${s}`] = percentText(profile.depositRates[s]);
    else if (kind.type === 'share') draft[key] = percentText(Number(value));
    else if (kind.type === 'date') draft[key] = formatDate(scalarText(value));
    else if (kind.type === 'moment') draft[key] = momentText(scalarText(value));
    else if (kind.type === 'ageDate') draft[key] = value === 'election-day' ? 'election-day' : formatDate(scalarText(value));
    else if (kind.type === 'flag') draft[key] = value === true ? 'yes' : 'no';
    else draft[key] = scalarText(value);
  }
  return draft;
}

/** The documents a kind of nomination must hand in, as the draft lists them, in the order of DOCUMENTS. */
export function draftDocuments(draft: SettingsDraft, kind: NominationKind): DocumentCode[] {
  const listed = new Set((draft[`documents.${kind}`] ?? '').split(','));
  return DOCUMENTS.filter((d) => listed.has(d));
}

/** A set of documents as the draft lists them (`waivableDocuments`), in the order of DOCUMENTS. */
export function draftDocumentSet(draft: SettingsDraft, key: ProfileKey): DocumentCode[] {
  const listed = new Set((draft[key] ?? '').split(','));
  return DOCUMENTS.filter((d) => listed.has(d));
}

export function toggleInSet(draft: SettingsDraft, key: ProfileKey, doc: DocumentCode, on: boolean): SettingsDraft {
  const now = new Set(draftDocumentSet(draft, key));
  if (on) now.add(doc);
  else now.delete(doc);
  return { ...draft, [key]: DOCUMENTS.filter((d) => now.has(d)).join(',') };
}

export function toggleDocument(draft: SettingsDraft, kind: NominationKind, doc: DocumentCode, on: boolean): SettingsDraft {
  const now = new Set(draftDocuments(draft, kind));
  if (on) now.add(doc);
  else now.delete(doc);
  return { ...draft, [`documents.${kind}`]: DOCUMENTS.filter((d) => now.has(d)).join(',') };
}

type Read = { ok: true; value: RuleProfile[ProfileKey] } | { ok: false; field: string; messageKey: string; params?: Record<string, number> };

function readNumber(text: string): number | null {
  const t = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

function readPercent(field: string, text: string): Read {
  const n = readNumber(text);
  if (n === null || n < 0 || n > 100) return { ok: false, field, messageKey: 'settings.problem.percent' };
  return { ok: true, value: round(n / 100) };
}

const MOMENT = /^(\S+)\s+(\d{1,2})[:.](\d{2})$/;

/** One setting read back from the draft, or what is wrong with it (said beside the field that holds it). */
export function readSetting(key: ProfileKey, draft: SettingsDraft): Read {
  const kind = SETTINGS[key];
  const text = (draft[key] ?? '').trim();
  switch (kind.type) {
    case 'integer':
    case 'number': {
      const n = readNumber(text);
      if (n === null || n < kind.min || n > kind.max || (kind.type === 'integer' && !Number.isInteger(n)))
        return { ok: false, field: key, messageKey: `settings.problem.${kind.type}`, params: { min: kind.min, max: kind.max } };
      return { ok: true, value: n };
    }
    case 'share':
      return readPercent(key, text);
    case 'date': {
      const iso = parseDate(text);
      return iso ? { ok: true, value: iso } : { ok: false, field: key, messageKey: dateMessage(text) };
    }
    case 'ageDate': {
      if (text === 'election-day') return { ok: true, value: 'election-day' };
      const iso = parseDate(text);
      return iso ? { ok: true, value: iso } : { ok: false, field: key, messageKey: dateMessage(text) };
    }
    case 'moment': {
      const m = MOMENT.exec(text);
      const iso = m ? parseDate(m[1] ?? '') : null;
      const [h, min] = [Number(m?.[2]), Number(m?.[3])];
      if (!m || !iso || h > 23 || min > 59) return { ok: false, field: key, messageKey: 'settings.problem.moment' };
      return { ok: true, value: `${iso}T${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}` };
    }
    case 'choice':
      return kind.options.includes(text)
        ? { ok: true, value: text as RuleProfile[ProfileKey] }
        : { ok: false, field: key, messageKey: 'finding.required' };
    case 'flag':
      return { ok: true, value: text === 'yes' };
    case 'documents': {
      const value = {} as Record<NominationKind, DocumentCode[]>;
      for (const k of NOMINATION_KINDS) value[k] = draftDocuments(draft, k);
      return { ok: true, value };
    }
    case 'documentSet':
      return { ok: true, value: draftDocumentSet(draft, key) };
    case 'rates': {
      const value = {} as RuleProfile['depositRates'];
      for (const s of DEPOSIT_STATUSES) {
        const field = `depositRates.${s}`;
        const read = readPercent(field, draft[field] ?? '');
        if (!read.ok) return read;
        value[s] = Number(read.value);
      }
      return { ok: true, value };
    }
  }
}

/**
 * The changes the clerk made to the settings the commission may change, read back; the others are not sent. A
 * setting that does not read is a finding at its field, and nothing is sent while one stands.
 */
export function profileChanges(
  profile: RuleProfile,
  certainty: Partial<Record<ProfileKey, Certainty>>,
  draft: SettingsDraft,
): { changes: Partial<RuleProfile>; problems: Finding[] } {
  const changes: Record<string, unknown> = {};
  const problems: Finding[] = [];
  for (const key of SETTING_KEYS) {
    if (!isEditable(certainty[key])) continue;
    const read = readSetting(key, draft);
    if (!read.ok) {
      problems.push({ rule: 'settings.value', severity: 'error', field: read.field, messageKey: read.messageKey, ...(read.params ? { params: read.params } : {}) });
      continue;
    }
    if (JSON.stringify(read.value) !== JSON.stringify(profile[key])) changes[key] = read.value;
  }
  return { changes, problems };
}

/** The setting a service error names (`changes.documents.party-list.0` is the documents setting). */
export function settingOfField(field: string | undefined): ProfileKey | undefined {
  if (!field) return undefined;
  const parts = field.replace(/\//g, '.').split('.');
  return SETTING_KEYS.find((k) => parts.includes(k));
}
