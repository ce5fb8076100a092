import { z } from 'zod';
import { referenceDate } from '../domain/profile';
import { isYouth } from '../domain/quota';
import type { ListMember, ListSummary, ListView } from '../domain/records';
import { ballotStates } from '../ledger/ballot-verifications';
import { listMembers, quotaRows, setListPosition, type MemberRecord } from '../ledger/list-members';
import { bumpPartyList, ensurePartyList, listCorrections, partyList, partyLists, type PartyListRecord } from '../ledger/party-lists';
import type { Context } from './context';
import { isStanding, mustGetListElection, summarize, type CandidateOfList, type ListElection } from './list-summary';
import { assertElectionOpen, mustGetElectionRules } from './elections';
import { method } from './method';
import { mustGetCandidate } from './nominations';
import { Refusal } from './result';
import { id, listOrder } from './schemas';

// The party lists of an election: every list's quota at once (one query over the party-list candidates, however
// many), one list with its candidates, and the submitted order, which carries no legal ranking (domain §3).

export function mustGetList(ctx: Context, electionId: number, partyId: number): PartyListRecord {
  const list = partyList(ctx.db, electionId, partyId);
  if (!list) throw new Refusal({ code: 'not-found', messageKey: 'error.notFound', field: 'partyId' });
  return list;
}

/** Every list of the election with its length and quota, from one query over its candidates. */
export function allSummaries(ctx: Context, electionId: number): ListSummary[] {
  const e = mustGetListElection(ctx, electionId);
  const byParty = new Map<number, CandidateOfList[]>();
  for (const [partyId, personId, status, mandate, sex, birthDate, disability] of quotaRows(ctx.db, electionId)) {
    let candidates = byParty.get(partyId);
    if (!candidates) byParty.set(partyId, (candidates = []));
    candidates.push({ personId, sex, birthDate, disability: disability === 1, status, mandate: mandate === 1 });
  }
  return partyLists(ctx.db, electionId).map((list) => summarize(e, list, byParty.get(list.partyId) ?? []));
}

const toCandidate = (m: MemberRecord): CandidateOfList => ({
  personId: m.personId,
  sex: m.sex,
  birthDate: m.birthDate,
  disability: m.disability === 1,
  status: m.status,
  mandate: m.mandate === 1,
});

/** One list's summary, without its candidates' own findings. */
export function listSummary(ctx: Context, electionId: number, partyId: number): ListSummary {
  const records = listMembers(ctx.db, electionId, partyId);
  return summarize(mustGetListElection(ctx, electionId), mustGetList(ctx, electionId, partyId), records.map(toCandidate));
}

/** One list with its candidates; each candidate's error and warning counts are theirs now, as the form shows them. */
export function listView(ctx: Context, electionId: number, partyId: number, order: 'submitted' | 'alphabetical' = 'submitted'): ListView {
  const e: ListElection = mustGetListElection(ctx, electionId);
  const list = mustGetList(ctx, electionId, partyId);
  const records = listMembers(ctx.db, electionId, partyId);
  const on = referenceDate(e.profile, e.electionDay);
  const ballot = ballotStates(ctx.db, records.map((m) => m.nominationId));
  const toMember = (m: MemberRecord): ListMember => {
    let errors = 0;
    let warnings = 0;
    for (const f of mustGetCandidate(ctx, m.nominationId).findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
    }
    return {
      nominationId: m.nominationId,
      personId: m.personId,
      version: m.version,
      position: m.position ?? 0,
      surname: m.surname,
      givenName: m.givenName,
      patronymic: m.patronymic,
      iin: m.iin,
      birthDate: m.birthDate,
      sex: m.sex,
      disability: m.disability === 1,
      youth: isYouth(m.birthDate, on, e.profile.youthAgeBelow),
      status: m.status,
      errors,
      warnings,
      mandate: m.mandate === 1,
      ballot: ballot.get(m.nominationId) ?? 'waiting',
    };
  };
  const standing = records.filter((m) => isStanding(m.status));
  if (order === 'alphabetical')
    standing.sort((a, b) => (a.nameSort < b.nameSort ? -1 : a.nameSort > b.nameSort ? 1 : a.nominationId - b.nominationId));
  return {
    ...summarize(e, list, records.map(toCandidate)),
    corrections: list.listId === null ? [] : listCorrections(ctx.db, list.listId),
    members: standing.map(toMember),
    departed: records.filter((m) => !isStanding(m.status)).map(toMember),
  };
}

/** The first id that keeps `order` from being the standing candidates, each once; undefined when it is. */
function orderMismatch(order: readonly number[], standing: ReadonlySet<number>): number | undefined {
  const seen = new Set<number>();
  for (const id of order) {
    if (!standing.has(id) || seen.has(id)) return id;
    seen.add(id);
  }
  for (const id of standing) if (!seen.has(id)) return id;
  return undefined;
}

/** The standing candidates of the list in their new order: every one of them, each once. */
const reorderInput = z.strictObject({ electionId: id, partyId: id, version: id, order: z.array(id).max(1000) });

function reorder(input: z.output<typeof reorderInput>, ctx: Context): ListView {
  ctx.write((who) => {
    assertElectionOpen(mustGetElectionRules(ctx, input.electionId));
    const list = mustGetList(ctx, input.electionId, input.partyId);
    const records = listMembers(ctx.db, input.electionId, input.partyId);
    const bad = orderMismatch(input.order, new Set(records.filter((m) => isStanding(m.status)).map((m) => m.nominationId)));
    if (bad !== undefined)
      throw new Refusal({ code: 'invalid-input', messageKey: 'error.listOrder', params: { nominationId: bad }, field: 'order' });
    if (list.version !== input.version) throw new Refusal({ code: 'stale', messageKey: 'error.stale' });
    const listId = ensurePartyList(ctx.db, who, input.electionId, input.partyId);
    // Those who left the list keep their place after the standing ones, so no two candidates share a position.
    const departed = records.filter((m) => !isStanding(m.status)).map((m) => m.nominationId);
    const moves: { nominationId: number; from: number | null; to: number }[] = [];
    [...input.order, ...departed].forEach((id, i) => {
      const from = setListPosition(ctx.db, who, id, i + 1);
      if (from !== undefined) moves.push({ nominationId: id, from, to: i + 1 });
    });
    if (moves.length === 0) return;
    // One step of the clerk, one journal entry: the list's, with every moved candidate's image and move.
    const related = moves.map((m) => ({ entity: 'nomination' as const, id: m.nominationId }));
    bumpPartyList(ctx.db, who, listId, 'party_list.reorder', { moves }, related);
  });
  return listView(ctx, input.electionId, input.partyId);
}

export const listMethods = {
  'lists.list': method.answer({ permission: 'observer', input: z.strictObject({ electionId: id }), handler: (input, ctx) => allSummaries(ctx, input.electionId) }),
  'lists.get': method.answer({
    permission: 'observer',
    input: z.strictObject({ electionId: id, partyId: id, order: listOrder }),
    handler: (input, ctx) => listView(ctx, input.electionId, input.partyId, input.order),
  }),
  'lists.reorder': method.answer({ permission: 'clerk', input: reorderInput, handler: reorder }),
};
