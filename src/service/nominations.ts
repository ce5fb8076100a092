import { z } from 'zod';
import { hasErrors } from '../domain/finding';
import { checkNominationFormat, checkPersonFormat } from '../domain/format-checks';
import { waivedWrongly } from '../domain/rules';
import type { CandidateView, NominationView, PersonView } from '../domain/records';
import { NOMINATION_KINDS, NOMINATION_STATUSES, type NominationInput, type NominationKind, type PersonInput } from '../domain/types';
import {
  getNomination,
  insertNomination,
  listPositionHolder,
  listCandidates,
  nextListPosition,
  updateNomination,
  voidNomination,
} from '../ledger/nominations';
import { listDecisions } from '../ledger/decisions';
import { listMembers, setListPosition } from '../ledger/list-members';
import { bumpPartyList, ensurePartyList, touchPartyList } from '../ledger/party-lists';
import type { Actor } from '../ledger/record';
import type { ElectionRules } from '../ledger/elections';
import { electionOf } from '../ledger/reference';
import type { Context, Zone } from './context';
import { assertElectionOpen, mustGetElectionRules } from './elections';
import { candidateContext, candidateFindings, electionFacts } from './findings';
import { method } from './method';
import { createPersonIn, mustGetPerson, updatePersonIn } from './persons';
import { requiredReason } from './reason';
import { Refusal } from './result';
import { id, nominationSchema, paging, personSchema, text } from './schemas';

export function mustGetNomination(ctx: Context, nominationId: number): { nomination: NominationView; person: PersonView } {
  const nomination = getNomination(ctx.db, nominationId);
  if (!nomination) throw new Refusal({ code: 'not-found', messageKey: 'error.notFound', field: 'id' });
  return { nomination, person: mustGetPerson(ctx, nomination.personId) };
}

/** An entry made in error is kept as it was: nothing more is changed or decided on it. */
export function assertNotVoided(nomination: NominationView): void {
  if (nomination.voided) throw new Refusal({ code: 'conflict', messageKey: 'error.voided' });
}

/**
 * Voids a nomination entered in error (a mistyped one, one entered twice): allowed only while the commission has
 * decided nothing on it, since a decision is a legal act that only another decision can answer. Its list moves on.
 */
const voidInput = z.strictObject({ id, version: id, reason: text(1000) });

function voidEntry(input: z.output<typeof voidInput>, ctx: Context): CandidateView {
  const reason = requiredReason(input.reason);
  ctx.write((who) => {
    const { nomination } = mustGetNomination(ctx, input.id);
    assertNotVoided(nomination);
    const decided = listDecisions(ctx.db, nomination.id);
    if (nomination.status !== 'nominated' || decided.length > 0)
      throw new Refusal({ code: 'conflict', messageKey: 'error.voidAfterDecision', params: { status: nomination.status } });
    if (!voidNomination(ctx.db, who, nomination.id, input.version, reason)) throw new Refusal({ code: 'stale', messageKey: 'error.stale' });
    if (nomination.kind === 'party-list' && nomination.partyId !== null) closeUpList(ctx, who, nomination.electionId, nomination.partyId, nomination.id);
  });
  return mustGetCandidate(ctx, input.id);
}

/** A candidate as the form shows it: person, nomination and everything the rules say about them now. */
export function mustGetCandidate(ctx: Context, nominationId: number): CandidateView {
  const { nomination, person } = mustGetNomination(ctx, nominationId);
  // An entry made in error is nobody's nomination: the rules say nothing about it.
  if (nomination.voided) return { nomination, person, findings: [] };
  const election = mustGetElectionRules(ctx, nomination.electionId);
  const findings = candidateFindings(
    ctx.db,
    election,
    { person, nomination, nominationId, personId: person.id, status: nomination.status },
    ctx.today(election),
  );
  return { nomination, person, findings };
}

/**
 * Refuses with every format error of the nomination and of the person it brings, so the form can mark them all.
 * Eligibility errors do not stop a write: the clerk must be able to record an ineligible nomination to refuse it.
 */
function assertFormat(ctx: Context, zone: Zone, n: NominationInput, person: PersonInput | null): void {
  const today = ctx.today(zone);
  const findings = [...(person ? checkPersonFormat(person, today) : []), ...checkNominationFormat(n, today)];
  if (hasErrors(findings)) throw new Refusal({ code: 'findings', messageKey: 'error.findings', findings });
}

/**
 * Refuses a document the rules require of the nomination marked «not required» (the same rule the form runs), so that
 * no choice in a select silences the finding that the document is missing.
 */
export function assertDocumentStates(ctx: Context, election: ElectionRules, person: PersonInput, n: NominationInput): void {
  const wrong = waivedWrongly({ person, nomination: n }, candidateContext(election, electionFacts(ctx.db, election.id), n, 'nomination'));
  if (wrong.length > 0) throw new Refusal({ code: 'findings', messageKey: 'error.findings', findings: wrong });
}

/**
 * The nomination's own checks: its format, that its party and district belong to its election, and that its list
 * position is free. Returns it with a position at the end of the list when the clerk gave none.
 */
function checkedNomination(
  ctx: Context,
  election: { id: number } & Zone,
  n: NominationInput,
  selfId?: number,
): NominationInput & { kind: NominationKind } {
  const electionId = election.id;
  assertFormat(ctx, election, n, null);
  if (n.kind === '') throw new Error('unreachable: a nomination without a kind has a format error');
  for (const [field, table, id] of [['partyId', 'party', n.partyId], ['districtId', 'district', n.districtId]] as const) {
    if (id !== null && electionOf(ctx.db, table, id) !== electionId)
      throw new Refusal({ code: 'invalid-input', messageKey: 'error.notInElection', params: { field }, field });
  }
  if (n.kind !== 'party-list' || n.partyId === null) return { ...n, kind: n.kind };
  if (n.listPosition === null) return { ...n, kind: n.kind, listPosition: nextListPosition(ctx.db, electionId, n.partyId) };
  const holder = listPositionHolder(ctx.db, electionId, n.partyId, n.listPosition);
  if (holder !== undefined && holder !== selfId)
    throw new Refusal({ code: 'conflict', messageKey: 'error.listPositionTaken', params: { position: n.listPosition }, field: 'listPosition' });
  return { ...n, kind: n.kind };
}

/**
 * The list after an entry made in error has left it: those behind it move up a place, so the list has no gap where
 * a candidate who was never on it stood. One journal entry for the list, with every moved candidate.
 */
function closeUpList(ctx: Context, who: Actor, electionId: number, partyId: number, voidedId: number): void {
  const listId = ensurePartyList(ctx.db, who, electionId, partyId);
  const moves: { nominationId: number; from: number | null; to: number }[] = [];
  listMembers(ctx.db, electionId, partyId).forEach((m, i) => {
    const from = setListPosition(ctx.db, who, m.nominationId, i + 1);
    if (from !== undefined) moves.push({ nominationId: m.nominationId, from, to: i + 1 });
  });
  const related = moves.map((m) => ({ entity: 'nomination' as const, id: m.nominationId }));
  bumpPartyList(ctx.db, who, listId, moves.length > 0 ? 'party_list.reorder' : 'party_list.update', { voided: voidedId, moves }, related);
}

/** A party-list candidate added, changed or moved away: the list's row is made, or its version moves on. */
function touchList(ctx: Context, who: Actor, electionId: number, n: Pick<NominationInput, 'kind' | 'partyId'>): void {
  if (n.kind === 'party-list' && n.partyId !== null) touchPartyList(ctx.db, who, electionId, n.partyId);
}

export const nominationMethods = {
  'nominations.create': method.answer({
    permission: 'clerk',
    input: z.strictObject({ electionId: id, personId: id.optional(), person: personSchema.optional(), nomination: nominationSchema }),
    handler: (input, ctx) => {
      const election = mustGetElectionRules(ctx, input.electionId);
      assertElectionOpen(election);
      if ((input.personId === undefined) === (input.person === undefined))
        throw new Refusal({ code: 'invalid-input', messageKey: 'error.personRequired', field: 'personId' });
      assertFormat(ctx, election, input.nomination, input.person ?? null);
      const id = ctx.write((who) => {
        const nomination = checkedNomination(ctx, election, input.nomination);
        assertDocumentStates(ctx, election, input.person ?? mustGetPerson(ctx, input.personId ?? 0), nomination);
        const personId = input.person ? createPersonIn(ctx, who, input.person) : mustGetPerson(ctx, input.personId ?? 0).id;
        const id = insertNomination(ctx.db, who, election.id, personId, nomination);
        touchList(ctx, who, election.id, nomination);
        return id;
      });
      return mustGetCandidate(ctx, id);
    },
  }),
  'nominations.update': method.answer({
    permission: 'clerk',
    input: z.strictObject({
      id,
      version: id,
      nomination: nominationSchema,
      person: z.strictObject({ version: id, fields: personSchema }).optional(),
    }),
    handler: (input, ctx) => {
      const current = mustGetNomination(ctx, input.id);
      assertNotVoided(current.nomination);
      const election = mustGetElectionRules(ctx, current.nomination.electionId);
      assertFormat(ctx, election, input.nomination, input.person?.fields ?? null);
      ctx.write((who) => {
        if (input.person) updatePersonIn(ctx, who, current.person.id, input.person.version, input.person.fields);
        const nomination = checkedNomination(ctx, election, input.nomination, input.id);
        assertDocumentStates(ctx, election, input.person?.fields ?? current.person, nomination);
        const outcome = updateNomination(ctx.db, who, input.id, input.version, nomination);
        if (outcome === 'stale') throw new Refusal({ code: 'stale', messageKey: 'error.stale' });
        // A save that changes nothing writes nothing: no journal entry, and the list stays at its version.
        if (outcome === 'unchanged') return;
        touchList(ctx, who, election.id, nomination);
        const moved = current.nomination.kind !== nomination.kind || current.nomination.partyId !== nomination.partyId;
        if (moved) touchList(ctx, who, election.id, current.nomination);
      });
      return mustGetCandidate(ctx, input.id);
    },
  }),
  'nominations.get': method.answer({ permission: 'observer', input: z.strictObject({ id }), handler: (input, ctx) => mustGetCandidate(ctx, input.id) }),
  /** A nomination entered in error: voided, with why, while the commission has decided nothing on it. */
  'nominations.void': method.answer({ permission: 'clerk', input: voidInput, handler: voidEntry }),
  'nominations.list': method.answer({
    permission: 'observer',
    input: z.strictObject({
      electionId: id,
      query: text(200).default(''),
      kind: z.enum(NOMINATION_KINDS).optional(),
      partyId: id.optional(),
      districtId: id.optional(),
      status: z.enum(NOMINATION_STATUSES).optional(),
      /** Only nominations with an error finding, or with a warning (and no error). */
      flag: z.enum(['errors', 'warnings']).optional(),
      /** Only the entries made in error, which the table otherwise leaves out. */
      voided: z.boolean().default(false),
      sort: z.enum(['name', 'received', 'list-position']).default('name'),
      ...paging,
    }),
    handler: (input, ctx) => {
      const election = mustGetElectionRules(ctx, input.electionId);
      const today = ctx.today(election);
      const { offset, limit, ...filter } = input;
      // The rows' error and warning counts, and the errors/warnings filter, read the findings index's table. The
      // filter needs every nomination checked; a page needs only its own. When the index is a full check away
      // (just opened, or after a 100,000-row import: 3.9 s on the thread that answers every workstation), the page
      // checks its 50 rows instead, in a few milliseconds, and the index is left for whoever needs all of them.
      if (filter.flag || ctx.findings.ifCheap(election, today)) {
        if (filter.flag) ctx.findings.upToDate(election, today);
        return listCandidates(ctx.db, { ...filter, electionId: election.id }, offset, limit);
      }
      const page = listCandidates(ctx.db, { ...filter, electionId: election.id }, offset, limit);
      const counts = ctx.findings.countsOfPersons(election, today, [...new Set(page.rows.map((r) => r.personId))]);
      return {
        ...page,
        rows: page.rows.map((r) => ({ ...r, errors: counts.get(r.nominationId)?.errors ?? 0, warnings: counts.get(r.nominationId)?.warnings ?? 0 })),
      };
    },
  }),
};

