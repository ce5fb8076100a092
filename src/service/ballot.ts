import { z } from 'zod';
import {
  BALLOT_FIELDS,
  ballotFieldsOf,
  ballotFindings,
  ballotStatus,
  compareEntries,
  differingFields,
  entryFindings,
  excludedUsers,
  fieldsToEnter,
  isPersonBallotField,
  printed,
  type BallotEntry,
  type BallotField,
  type BallotRecord,
  type BallotStatus,
  type BallotValue,
  type BallotValues,
  type PendingDifference,
} from '../domain/ballot';
import type { Finding } from '../domain/finding';
import type { NominationKind, NominationStatus } from '../domain/types';
import {
  ballotAuthors,
  getBallotVerification,
  hasFourEyes,
  storedBallotValues,
  waitingNominations,
  writeBallotVerification,
  type BallotVerification,
} from '../ledger/ballot-verifications';
import type { ElectionRules } from '../ledger/elections';
import { updateNomination } from '../ledger/nominations';
import { touchPartyList } from '../ledger/party-lists';
import type { Actor } from '../ledger/record';
import { electionOf } from '../ledger/reference';
import type { Context } from './context';
import { mustGetElectionRules } from './elections';
import { method } from './method';
import { assertNotVoided, checkedNomination, mustGetNomination } from './nominations';
import { updatePersonIn } from './persons';
import { Refusal } from './result';
import { id, isoDateOrEmpty, paging, text } from './schemas';

// Four eyes on ballot data (issue 13): the second entry, made by another user without seeing the first; the
// comparison, exactly as the ballot will print the data; the secretary's resolution of what differs; and what
// registration says of data not verified. Every step is one journal entry naming its users.

/** A nomination's ballot data now, and what the ledger keeps of its verification. */
export interface BallotNow {
  values: BallotValues;
  personId: number;
  kind: NominationKind;
  row: BallotVerification | undefined;
  status: BallotStatus;
}

export function ballotNow(ctx: Context, nominationId: number): BallotNow {
  const stored = storedBallotValues(ctx.db, nominationId);
  if (!stored) throw new Refusal({ code: 'not-found', messageKey: 'error.notFound', field: 'nominationId' });
  const row = getBallotVerification(ctx.db, nominationId);
  return { ...stored, row, status: ballotStatus(stored.values, row?.record ?? null) };
}

/**
 * What registration says of the nomination's ballot data: errors at each field not verified, when the profile asks
 * and the desk has two users who can enter data (a desk of one can never make the second entry).
 */
export function ballotRegistrationFindings(ctx: Context, election: Pick<ElectionRules, 'profile'>, nominationId: number): Finding[] {
  if (!election.profile.ballotVerification || !hasFourEyes(ctx.db)) return [];
  return ballotFindings(ballotNow(ctx, nominationId).status, election.profile);
}

/** The candidates whose data will be printed: a refused, withdrawn or cancelled candidacy needs no second entry. */
const printable = (status: NominationStatus): boolean => status === 'nominated' || status === 'registered';

function needsUser(ctx: Context): { id: number; fullName: string } {
  // Four eyes are two known people: without a signed-in user the desk cannot tell the second from the first.
  if (!ctx.user) throw new Refusal({ code: 'unauthenticated', messageKey: 'error.ballotNeedsUser' });
  return ctx.user;
}

/** What a second entry came to, as its author is told it: which fields agreed and which differ, never a value. */
export interface SecondEntryOutcome {
  nominationId: number;
  state: BallotStatus['state'];
  verified: BallotField[];
  differing: BallotField[];
}

/**
 * Records a second entry against the first (the nomination and its person as stored), inside a write: refused when
 * the user made the first entry or last changed one of the fields, or when the fields asked for are no longer the
 * ones waiting. `source` says where it came from (by hand; a workbook's file and row).
 */
export function recordSecondEntry(
  ctx: Context,
  who: Actor,
  nominationId: number,
  fields: readonly BallotField[],
  entry: BallotEntry,
  source: Record<string, unknown>,
): SecondEntryOutcome {
  const user = needsUser(ctx);
  const { nomination } = mustGetNomination(ctx, nominationId);
  assertNotVoided(nomination);
  if (!printable(nomination.status))
    throw new Refusal({ code: 'conflict', messageKey: 'error.ballotNotStanding', params: { status: nomination.status } });
  const now = ballotNow(ctx, nominationId);
  const wanted = fieldsToEnter(now.status);
  if (wanted.length === 0)
    throw new Refusal({
      code: 'conflict',
      messageKey: now.status.state === 'differs' ? 'error.ballotAwaitsSecretary' : 'error.ballotNothingToEnter',
    });
  if (wanted.length !== fields.length || wanted.some((f) => !fields.includes(f))) throw new Refusal({ code: 'stale', messageKey: 'error.ballotStale' });
  const authors = ballotAuthors(ctx.db, nominationId);
  if (excludedUsers(authors, wanted).has(user.id)) throw new Refusal({ code: 'forbidden', messageKey: 'error.ballotSameUser' });

  // A field the kind does not print (a party the candidate no longer has) is entered as nothing.
  const printedFields = new Set(ballotFieldsOf(now.kind));
  const asEntered: BallotEntry = {};
  for (const f of wanted) asEntered[f] = printedFields.has(f) ? printed(entry[f]) : null;
  const problems = entryFindings(asEntered, wanted.filter((f) => printedFields.has(f)));
  for (const [field, table] of [['districtId', 'district'], ['partyId', 'party']] as const) {
    const value = asEntered[field];
    if (typeof value === 'number' && electionOf(ctx.db, table, value) !== nomination.electionId)
      problems.push({ rule: 'format.notInElection', severity: 'error', field, messageKey: 'error.notInElection', params: { field } });
  }
  if (problems.length > 0) throw new Refusal({ code: 'findings', messageKey: 'error.findings', findings: problems });

  const { equal, differing } = compareEntries(now.values, asEntered, wanted);
  const verified: BallotEntry = { ...keptVerified(now) };
  for (const f of equal) verified[f] = now.values[f];
  const pending: Partial<Record<BallotField, PendingDifference>> = {};
  for (const f of differing) pending[f] = { first: now.values[f], second: asEntered[f] ?? null };
  const record: BallotRecord = { verified, pending: differing.length > 0 ? pending : null };
  const written = writeBallotVerification(ctx.db, who, nominationId, now.row?.version ?? 0, record, 'ballot.secondEntry', {
    ballot: {
      step: 'secondEntry',
      fields: wanted.join(','),
      verified: equal.join(','),
      differing: differing.join(','),
      firstEntry: firstEntryNames(authors, wanted),
      secondEntry: user.fullName,
    },
    ...source,
  });
  if (!written) throw new Refusal({ code: 'stale', messageKey: 'error.ballotStale' });
  const after = ballotStatus(now.values, record);
  return { nominationId, state: after.state, verified: equal, differing };
}

/** The verified fields whose values still stand: a field changed since is verified again only by a new entry. */
function keptVerified(now: BallotNow): BallotEntry {
  const out: BallotEntry = {};
  for (const f of BALLOT_FIELDS) if (now.status.fields[f] === 'verified' && now.row && Object.hasOwn(now.row.record.verified, f)) out[f] = now.values[f];
  return out;
}

/** Who made the first entry of these fields, as the journal names them: its author, and whoever changed them since. */
function firstEntryNames(authors: ReturnType<typeof ballotAuthors>, fields: readonly BallotField[]): string {
  const names = new Set<string>();
  if (authors.first) names.add(authors.first.actor);
  for (const f of fields) {
    const a = authors.lastChange[f];
    if (a) names.add(a.actor);
  }
  return [...names].filter((n) => n !== '').join(', ');
}

const entrySchema = z.strictObject({
  surname: text(200).optional(),
  givenName: text(200).optional(),
  patronymic: text(200).optional(),
  birthDate: isoDateOrEmpty.optional(),
  iin: text(40).optional(),
  districtId: id.nullable().optional(),
  partyId: id.nullable().optional(),
  listPosition: z.number().int().nullable().optional(),
});
const fieldsSchema = z.array(z.enum(BALLOT_FIELDS)).min(1).max(BALLOT_FIELDS.length);

const enterInput = z.strictObject({ nominationId: id, fields: fieldsSchema, entry: entrySchema });

function enter(input: z.output<typeof enterInput>, ctx: Context): SecondEntryOutcome {
  return ctx.write((who) => recordSecondEntry(ctx, who, input.nominationId, input.fields, input.entry, {}));
}

/** One nomination of the queue: its number, kind and receipt, and the fields to type; nothing of the first entry. */
export interface QueuedNomination {
  nominationId: number;
  kind: NominationKind;
  status: NominationStatus;
  receivedOn: string;
  receivedTime: string;
  fields: BallotField[];
  /** The fields the nomination's kind prints: the others are entered as nothing. */
  printed: BallotField[];
}

const queueInput = z.strictObject({ electionId: id, ...paging });

/**
 * The nominations waiting for this user's second entry: not those the user entered or last changed. A nomination is
 * shown by its number, kind and receipt, so that the clerk finds its papers and types from them.
 */
function queue(input: z.output<typeof queueInput>, ctx: Context): { rows: QueuedNomination[]; total: number; offset: number; yours: number } {
  const user = needsUser(ctx);
  mustGetElectionRules(ctx, input.electionId);
  const rows: QueuedNomination[] = [];
  let total = 0;
  let yours = 0;
  for (const w of waitingNominations(ctx.db, input.electionId)) {
    const now = ballotNow(ctx, w.nominationId);
    const fields = fieldsToEnter(now.status);
    if (excludedUsers(ballotAuthors(ctx.db, w.nominationId), fields).has(user.id)) {
      yours++;
      continue;
    }
    if (total >= input.offset && rows.length < input.limit)
      rows.push({ ...w, fields, printed: ballotFieldsOf(w.kind).filter((f) => fields.includes(f)) });
    total++;
  }
  return { rows, total, offset: input.offset, yours };
}

/** A field of the two entries side by side, as the secretary resolves them. */
export interface EntryPair {
  field: BallotField;
  state: NonNullable<BallotStatus['fields'][BallotField]>;
  first: BallotValue;
  /** The second entry's value, where it differs and the difference is open. */
  second: BallotValue | null;
}

export interface BallotEntries {
  nominationId: number;
  version: number;
  status: BallotStatus;
  fields: EntryPair[];
  firstEntry: string;
  secondEntry: { actor: string; at: string } | null;
}

function entries(nominationId: number, ctx: Context): BallotEntries {
  mustGetNomination(ctx, nominationId);
  const now = ballotNow(ctx, nominationId);
  const open = new Set(differingFields(now.status));
  const fields: EntryPair[] = [];
  for (const f of BALLOT_FIELDS) {
    const state = now.status.fields[f];
    if (state === undefined) continue;
    fields.push({ field: f, state, first: now.values[f], second: open.has(f) ? (now.row?.record.pending?.[f]?.second ?? null) : null });
  }
  const authors = ballotAuthors(ctx.db, nominationId);
  return {
    nominationId,
    version: now.row?.version ?? 0,
    status: now.status,
    fields,
    firstEntry: firstEntryNames(authors, [...open]),
    secondEntry: now.row?.second ? { actor: now.row.second.actor, at: now.row.second.at } : null,
  };
}

const resolveInput = z.strictObject({ nominationId: id, version: z.number().int().min(0), accept: z.enum(['first', 'second', 'return']) });

/**
 * The secretary's resolution of a second entry that differed: the first entry stands, or the second replaces it
 * (the candidate's record changes to it, journaled as the change it is), or neither, and the nomination goes back for
 * a new second entry. Either entry accepted makes the differing fields verified.
 */
function resolve(input: z.output<typeof resolveInput>, ctx: Context): BallotEntries {
  const user = needsUser(ctx);
  ctx.write((who) => {
    const { nomination, person } = mustGetNomination(ctx, input.nominationId);
    assertNotVoided(nomination);
    const now = ballotNow(ctx, input.nominationId);
    if (!now.row || now.row.version !== input.version) throw new Refusal({ code: 'stale', messageKey: 'error.ballotStale' });
    const open = differingFields(now.status);
    if (open.length === 0) throw new Refusal({ code: 'conflict', messageKey: 'error.ballotNothingToResolve' });
    const pending = now.row.record.pending ?? {};
    const secondBy = now.row.second?.actor ?? '';
    const details = { fields: open.join(','), firstEntry: firstEntryNames(ballotAuthors(ctx.db, input.nominationId), open), secondEntry: secondBy, secretary: user.fullName };
    const verified: BallotEntry = { ...keptVerified(now) };
    if (input.accept === 'return') {
      if (!writeBallotVerification(ctx.db, who, input.nominationId, now.row.version, { verified, pending: null }, 'ballot.return', { ballot: { step: 'return', ...details } }))
        throw new Refusal({ code: 'stale', messageKey: 'error.ballotStale' });
      return;
    }
    if (input.accept === 'second') {
      const personFields = open.filter(isPersonBallotField);
      if (personFields.length > 0) {
        const next = { ...person };
        for (const f of personFields) next[f] = String(pending[f]?.second ?? '');
        const { id: _id, version, createdAt: _c, updatedAt: _u, ...fields } = next;
        updatePersonIn(ctx, who, person.id, version, fields);
      }
      const nominationFields = open.filter((f) => !isPersonBallotField(f));
      if (nominationFields.length > 0) {
        const election = mustGetElectionRules(ctx, nomination.electionId);
        const next = { ...nomination };
        for (const f of nominationFields) {
          const value = pending[f]?.second ?? null;
          next[f] = typeof value === 'number' ? value : null;
        }
        const checked = checkedNomination(ctx, election, next, nomination.id);
        if (updateNomination(ctx.db, who, nomination.id, nomination.version, checked) === 'stale') throw new Refusal({ code: 'stale', messageKey: 'error.stale' });
        if (checked.kind === 'party-list' && checked.partyId !== null) touchPartyList(ctx.db, who, nomination.electionId, checked.partyId);
      }
    }
    const after = storedBallotValues(ctx.db, input.nominationId);
    if (!after) throw new Refusal({ code: 'not-found', messageKey: 'error.notFound', field: 'nominationId' });
    for (const f of open) verified[f] = after.values[f];
    const record: BallotRecord = { verified, pending: null };
    if (!writeBallotVerification(ctx.db, who, input.nominationId, now.row.version, record, 'ballot.resolve', { ballot: { step: 'resolve', accepted: input.accept, ...details } }))
      throw new Refusal({ code: 'stale', messageKey: 'error.ballotStale' });
  });
  return entries(input.nominationId, ctx);
}

export const ballotMethods = {
  /** The state of each ballot field of a nomination: what the form and the candidates table say of it. */
  'ballot.status': method.answer({
    permission: 'observer',
    input: z.strictObject({ nominationId: id }),
    handler: (input, ctx): BallotStatus => {
      mustGetNomination(ctx, input.nominationId);
      return ballotNow(ctx, input.nominationId).status;
    },
  }),
  /** The nominations waiting for the caller's second entry. */
  'ballot.queue': method.answer({ permission: 'clerk', input: queueInput, handler: queue }),
  /** A second entry, made by hand: its author learns which fields agreed and which differ, never the first entry. */
  'ballot.enter': method.answer({ permission: 'clerk', input: enterInput, handler: enter }),
  /** Both entries side by side, field by field: the secretary's, to resolve what differs. */
  'ballot.entries': method.answer({
    permission: 'secretary',
    input: z.strictObject({ nominationId: id }),
    handler: (input, ctx) => entries(input.nominationId, ctx),
  }),
  'ballot.resolve': method.answer({ permission: 'secretary', input: resolveInput, handler: resolve }),
};
