import type { Finding } from './finding';
import type { RuleProfile } from './profile';
import { nominationNeeds, type NominationInput, type NominationKind, type PersonInput } from './types';

// Four eyes on what reaches the ballot (issue 13). A candidate's name and birth date go from one clerk's keyboard onto
// the published lists and the ballot; a second user enters them again without seeing the first entry, the desk
// compares the two exactly as they will be printed, and a secretary resolves what differs (the Dutch abacus's double
// entry, applied to nominations). This module is the one place that says which fields those are.

/** The fields published and printed on the ballot: the person's name, birth date and IIN; the nomination's place. */
export const BALLOT_FIELDS = ['surname', 'givenName', 'patronymic', 'birthDate', 'iin', 'districtId', 'partyId', 'listPosition'] as const;
export type BallotField = (typeof BALLOT_FIELDS)[number];

/** The ballot fields that are the person's: shared by every nomination of theirs. */
export const PERSON_BALLOT_FIELDS = ['surname', 'givenName', 'patronymic', 'birthDate', 'iin'] as const satisfies readonly BallotField[];
export type PersonBallotField = (typeof PERSON_BALLOT_FIELDS)[number];
export type NominationBallotField = Exclude<BallotField, PersonBallotField>;

export const isPersonBallotField = (f: BallotField): f is PersonBallotField => (PERSON_BALLOT_FIELDS as readonly string[]).includes(f);

/** A field's value: text (names, the ISO birth date, the IIN), an id or a position, or null where the kind has none. */
export type BallotValue = string | number | null;
export type BallotValues = Record<BallotField, BallotValue>;
/** What a second entry gives: the fields it was asked for. */
export type BallotEntry = Partial<Record<BallotField, BallotValue>>;

/** The fields a nomination of this kind prints: a list candidate has a party and a position, a district one a district. */
export function ballotFieldsOf(kind: NominationKind | ''): BallotField[] {
  if (kind === '') return [...PERSON_BALLOT_FIELDS];
  const needs = nominationNeeds(kind);
  return BALLOT_FIELDS.filter((f) => (f === 'districtId' ? needs.district : f === 'partyId' ? needs.party : f === 'listPosition' ? needs.listPosition : true));
}

type StoredParts = Pick<PersonInput, PersonBallotField> & Pick<NominationInput, 'kind' | NominationBallotField>;

/** A candidate's ballot data as stored: every field, null where the nomination's kind prints none. */
export function ballotValues(c: StoredParts): BallotValues {
  const used = new Set(ballotFieldsOf(c.kind));
  const out = {} as BallotValues;
  for (const f of BALLOT_FIELDS) out[f] = used.has(f) ? (c[f] ?? null) : null;
  return out;
}

/**
 * A value as the ballot will print it: text trimmed and in Unicode's composed form (NFC), so that «Й» typed as one
 * character or as И with a breve is the same letter. Nothing is folded: Ё and Е, Ұ and У are different letters here.
 */
export function printed(value: BallotValue | undefined): BallotValue {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? value.trim().normalize('NFC') : value;
}

export const samePrinted = (a: BallotValue | undefined, b: BallotValue | undefined): boolean => printed(a) === printed(b);

/** What a second entry came to: the fields equal to the first entry as printed, and those that differ. */
export function compareEntries(first: BallotValues, second: BallotEntry, fields: readonly BallotField[]): { equal: BallotField[]; differing: BallotField[] } {
  const equal: BallotField[] = [];
  const differing: BallotField[] = [];
  for (const f of fields) (samePrinted(first[f], second[f]) ? equal : differing).push(f);
  return { equal, differing };
}

/** A difference waiting for the secretary: the first entry's value it was found against, and the second entry's. */
export interface PendingDifference {
  first: BallotValue;
  second: BallotValue;
}

/** What the ledger keeps of a nomination's verification: the values two entries agreed on, and open differences. */
export interface BallotRecord {
  /** Each verified field's value as stored when it was verified: a later change of the field unverifies it. */
  verified: BallotEntry;
  pending: Partial<Record<BallotField, PendingDifference>> | null;
}

/**
 * - `verified`: two entries agreed (or a secretary resolved it) and the stored value is still that one;
 * - `waiting`: not yet entered a second time;
 * - `changed`: verified once, changed since, and waiting for a new second entry;
 * - `differs`: a second entry differed from the first, and the secretary has not yet resolved it.
 */
export type BallotFieldState = 'verified' | 'waiting' | 'changed' | 'differs';
export const BALLOT_STATES = ['verified', 'waiting', 'differs'] as const;
/** A nomination's: `differs` while any field differs, `verified` when every field is, `waiting` otherwise. */
export type BallotState = (typeof BALLOT_STATES)[number];

/** How many of an election's standing nominations of one kind, list (party) and district are in a state. */
export interface BallotTallyRow {
  kind: NominationKind;
  partyId: number | null;
  districtId: number | null;
  state: BallotState;
  count: number;
}

export interface BallotStatus {
  state: BallotState;
  /** The state of each field the ballot prints, or that was verified with a value the nomination no longer has. */
  fields: Partial<Record<BallotField, BallotFieldState>>;
}

/**
 * The state of a nomination's ballot data, derived from what is stored now and the verification record: nothing marks
 * a field unverified when it changes, so no way of changing it (the form, a list's reorder, a resolution) can forget
 * to. A field with nothing to print and nothing verified is not listed. ledger/ballot-verifications.ts says the same
 * in SQL for the candidates table's filter: the two must agree.
 */
export function ballotStatus(current: BallotValues, record: BallotRecord | null): BallotStatus {
  const fields: BallotStatus['fields'] = {};
  for (const f of BALLOT_FIELDS) {
    const value = current[f];
    const open = record?.pending?.[f];
    if (open && open.first === value) fields[f] = 'differs';
    else if (record && Object.hasOwn(record.verified, f)) fields[f] = record.verified[f] === value ? 'verified' : 'changed';
    else if (value !== null) fields[f] = 'waiting';
  }
  const states = Object.values(fields);
  const state: BallotState = states.includes('differs') ? 'differs' : states.every((s) => s === 'verified') ? 'verified' : 'waiting';
  return { state, fields };
}

/** The fields a second entry is asked for now: every field not verified and not waiting for the secretary. */
export function fieldsToEnter(status: BallotStatus): BallotField[] {
  return BALLOT_FIELDS.filter((f) => status.fields[f] === 'waiting' || status.fields[f] === 'changed');
}

/** The fields whose second entry differed and await the secretary's resolution. */
export const differingFields = (status: BallotStatus): BallotField[] => BALLOT_FIELDS.filter((f) => status.fields[f] === 'differs');

/** A second entry must give each field it is asked for; only the patronymic may be empty (not everyone has one). */
export function entryFindings(entry: BallotEntry, fields: readonly BallotField[]): Finding[] {
  const findings: Finding[] = [];
  for (const f of fields) {
    const value = printed(entry[f]);
    if (f === 'patronymic') continue;
    if (value === null || value === '')
      findings.push({ rule: 'format.required', severity: 'error', field: f, messageKey: 'finding.required' });
    else if (f === 'listPosition' && (typeof value !== 'number' || !Number.isInteger(value) || value < 1))
      findings.push({ rule: 'format.listPosition', severity: 'error', field: f, messageKey: 'finding.listPosition' });
  }
  return findings;
}

/**
 * What registration says of ballot data not verified, when the election's profile asks for four eyes: an error at
 * each field that is not, with its reason (never entered a second time, changed since, or differing).
 */
export function ballotFindings(status: BallotStatus, profile: Pick<RuleProfile, 'ballotVerification'>): Finding[] {
  if (!profile.ballotVerification) return [];
  const findings: Finding[] = [];
  for (const f of BALLOT_FIELDS) {
    const s = status.fields[f];
    if (s === undefined || s === 'verified') continue;
    findings.push({ rule: `ballot.${s}`, severity: 'error', field: f, messageKey: `finding.ballot.${s}`, legalRef: 'legal.ballotVerification' });
  }
  return findings;
}

/** Who made an entry, as the journal names them: a user on file, or nobody known (a ledger without users). */
export interface EntryAuthor {
  userId: number | null;
  actor: string;
}

/** Who entered a nomination's ballot data: its first entry, and the last change of each field since. */
export interface BallotAuthors {
  first: EntryAuthor | null;
  lastChange: Partial<Record<BallotField, EntryAuthor>>;
}

/**
 * The users who may not make the second entry of these fields: whoever made the first entry, and whoever last
 * changed one of them. Four eyes means two people, each typing from the paper.
 */
export function excludedUsers(authors: BallotAuthors, fields: readonly BallotField[]): Set<number> {
  const out = new Set<number>();
  if (authors.first?.userId != null) out.add(authors.first.userId);
  for (const f of fields) {
    const id = authors.lastChange[f]?.userId;
    if (id != null) out.add(id);
  }
  return out;
}
