import { hasErrors } from '../domain/finding';
import { checkNominationFormat, checkPersonFormat } from '../domain/format-checks';
import type { CandidateView, NominationView, PersonView } from '../domain/records';
import type { NominationInput, NominationKind, PersonInput } from '../domain/types';
import {
  getNomination,
  insertNomination,
  listPositionHolder,
  listCandidates,
  nextListPosition,
  updateNomination,
} from '../ledger/nominations';
import { touchPartyList } from '../ledger/party-lists';
import type { Actor } from '../ledger/record';
import { electionOf } from '../ledger/reference';
import type { Context } from './context';
import { electionFindings } from './election-findings';
import { mustGetElectionRules } from './elections';
import { candidateFindings } from './findings';
import { createPersonIn, mustGetPerson, updatePersonIn } from './persons';
import { Refusal } from './result';
import type { ParsedInput } from './schemas';

export function mustGetNomination(ctx: Context, nominationId: number): { nomination: NominationView; person: PersonView } {
  const nomination = getNomination(ctx.db, nominationId);
  if (!nomination) throw new Refusal({ code: 'not-found', messageKey: 'error.notFound', field: 'id' });
  return { nomination, person: mustGetPerson(ctx, nomination.personId) };
}

/** A candidate as the form shows it: person, nomination and everything the rules say about them now. */
export function mustGetCandidate(ctx: Context, nominationId: number): CandidateView {
  const { nomination, person } = mustGetNomination(ctx, nominationId);
  const election = mustGetElectionRules(ctx, nomination.electionId);
  const findings = candidateFindings(
    ctx.db,
    election,
    { person, nomination, nominationId, personId: person.id, status: nomination.status },
    ctx.today(),
  );
  return { nomination, person, findings };
}

/**
 * Refuses with every format error of the nomination and of the person it brings, so the form can mark them all.
 * Eligibility errors do not stop a write: the clerk must be able to record an ineligible nomination to refuse it.
 */
function assertFormat(ctx: Context, n: NominationInput, person: PersonInput | null): void {
  const findings = [...(person ? checkPersonFormat(person, ctx.today()) : []), ...checkNominationFormat(n, ctx.today())];
  if (hasErrors(findings)) throw new Refusal({ code: 'findings', messageKey: 'error.findings', findings });
}

/**
 * The nomination's own checks: its format, that its party and district belong to its election, and that its list
 * position is free. Returns it with a position at the end of the list when the clerk gave none.
 */
function checkedNomination(
  ctx: Context,
  electionId: number,
  n: NominationInput,
  selfId?: number,
): NominationInput & { kind: NominationKind } {
  assertFormat(ctx, n, null);
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

/** A party-list candidate added, changed or moved away: the list's row is made, or its version moves on. */
function touchList(ctx: Context, who: Actor, electionId: number, n: Pick<NominationInput, 'kind' | 'partyId'>): void {
  if (n.kind === 'party-list' && n.partyId !== null) touchPartyList(ctx.db, who, electionId, n.partyId);
}

export const nominationHandlers = {
  'nominations.create': (input: ParsedInput<'nominations.create'>, ctx: Context) => {
    const election = mustGetElectionRules(ctx, input.electionId);
    if ((input.personId === undefined) === (input.person === undefined))
      throw new Refusal({ code: 'invalid-input', messageKey: 'error.personRequired', field: 'personId' });
    assertFormat(ctx, input.nomination, input.person ?? null);
    const id = ctx.write((who) => {
      const nomination = checkedNomination(ctx, election.id, input.nomination);
      const personId = input.person ? createPersonIn(ctx, who, input.person) : mustGetPerson(ctx, input.personId ?? 0).id;
      const id = insertNomination(ctx.db, who, election.id, personId, nomination);
      touchList(ctx, who, election.id, nomination);
      return id;
    });
    return mustGetCandidate(ctx, id);
  },
  'nominations.update': (input: ParsedInput<'nominations.update'>, ctx: Context) => {
    const current = mustGetNomination(ctx, input.id);
    assertFormat(ctx, input.nomination, input.person?.fields ?? null);
    ctx.write((who) => {
      if (input.person) updatePersonIn(ctx, who, current.person.id, input.person.version, input.person.fields);
      const nomination = checkedNomination(ctx, current.nomination.electionId, input.nomination, input.id);
      if (!updateNomination(ctx.db, who, input.id, input.version, nomination))
        throw new Refusal({ code: 'stale', messageKey: 'error.stale' });
      touchList(ctx, who, current.nomination.electionId, nomination);
      const moved = current.nomination.kind !== nomination.kind || current.nomination.partyId !== nomination.partyId;
      if (moved) touchList(ctx, who, current.nomination.electionId, current.nomination);
    });
    return mustGetCandidate(ctx, input.id);
  },
  'nominations.get': (input: ParsedInput<'nominations.get'>, ctx: Context) => mustGetCandidate(ctx, input.id),
  'nominations.list': (input: ParsedInput<'nominations.list'>, ctx: Context) => {
    const election = mustGetElectionRules(ctx, input.electionId);
    // The table's error and warning counts come from the election's findings, rebuilt only after a change.
    electionFindings(ctx.db, election, ctx.today());
    const { offset, limit, ...filter } = input;
    return listCandidates(ctx.db, { ...filter, electionId: election.id }, offset, limit);
  },
};
