import { z } from 'zod';
import type { ListView, ResultsView } from '../domain/records';
import { seatFindings } from '../domain/rules';
import { allocateSeats } from '../domain/seats';
import { storeAgainstAll } from '../ledger/election-results';
import { listMembers, quotaRows, setMandate } from '../ledger/list-members';
import { bumpPartyList, partyLists, storeListResult, type PartyListRecord } from '../ledger/party-lists';
import type { Context } from './context';
import { assertElectionOpen, mustGetElectionRules } from './elections';
import { mustGetListElection, type ListElection } from './list-summary';
import { listView, mustGetList } from './lists';
import { method } from './method';
import { Refusal } from './result';
import { id } from './schemas';

/** The votes of every list and the "against all" votes; the desk computes and stores the seats. */
const enterInput = z.strictObject({
  electionId: id,
  againstAll: z.number().int().min(0).max(100_000_000),
  votes: z.array(z.strictObject({ partyId: id, votes: z.number().int().min(0).max(100_000_000) })).max(100),
});

/** The party's mandate holders, chosen from its registered list candidates. */
const designateInput = z.strictObject({ electionId: id, partyId: id, nominationIds: z.array(id).max(500) });

// The vote and the list seats (domain §6), then each party's mandate holders, chosen by the party from its
// registered list candidates (Art. 97-1(5)); the 30% among them is a finding of the list.

type Registered = PartyListRecord & { listId: number; registeredOrder: number; candidates: number };

/** The lists on the ballot: those the commission registered, in the order it registered them, with their registered candidates. */
function registeredLists(ctx: Context, electionId: number): Registered[] {
  const candidates = new Map<number, number>();
  for (const [partyId, , status] of quotaRows(ctx.db, electionId))
    if (status === 'registered') candidates.set(partyId, (candidates.get(partyId) ?? 0) + 1);
  const lists: Registered[] = [];
  for (const l of partyLists(ctx.db, electionId))
    if (l.status === 'registered' && l.listId !== null && l.registeredOrder !== null)
      lists.push({ ...l, listId: l.listId, registeredOrder: l.registeredOrder, candidates: candidates.get(l.partyId) ?? 0 });
  return lists.sort((a, b) => a.registeredOrder - b.registeredOrder);
}

/** The seats of every list, none taking more than it has registered candidates (the profile says where the rest go). */
function seatsOf(e: ListElection, lists: readonly Registered[], votes: (l: Registered) => number, againstAll: number) {
  const input = lists.map((l) => ({ partyId: l.partyId, votes: votes(l), registeredOrder: l.registeredOrder, candidates: l.candidates }));
  return allocateSeats(input, againstAll, e.listMandates, e.profile.threshold, e.profile.unfilledSeats);
}

function results(ctx: Context, electionId: number): ResultsView {
  const e = mustGetListElection(ctx, electionId);
  const lists = registeredLists(ctx, electionId);
  const computed = seatsOf(e, lists, (l) => l.votes ?? 0, e.againstAll ?? 0);
  const known = lists.some((l) => l.votes !== null);
  const rows = lists.map((l, i) => {
    const won = known ? (computed[i]?.won ?? 0) : 0;
    const seats = l.seats ?? 0;
    return {
      partyId: l.partyId,
      shortName: l.shortName,
      short: l.short,
      votes: l.votes,
      share: computed[i]?.share ?? 0,
      passed: computed[i]?.passed ?? false,
      won,
      candidates: l.candidates,
      seats,
      findings: known ? seatFindings({ won, seats, candidates: l.candidates }, e.profile) : [],
    };
  });
  const taken = rows.reduce((sum, r) => sum + r.seats, 0);
  const anyPassed = rows.some((r) => r.passed);
  return { electionId, mandates: e.listMandates, againstAll: e.againstAll, vacant: known && anyPassed ? Math.max(0, e.listMandates - taken) : 0, lists: rows };
}

function enter(input: z.output<typeof enterInput>, ctx: Context): ResultsView {
  ctx.write((who) => {
    assertElectionOpen(mustGetElectionRules(ctx, input.electionId));
    const e = mustGetListElection(ctx, input.electionId);
    const all = partyLists(ctx.db, input.electionId);
    const votes = new Map<number, number>();
    for (const v of input.votes) {
      const list = all.find((l) => l.partyId === v.partyId);
      if (!list) throw new Refusal({ code: 'invalid-input', messageKey: 'error.notInElection', params: { field: 'partyId' }, field: 'partyId' });
      if (votes.has(v.partyId))
        throw new Refusal({ code: 'invalid-input', messageKey: 'error.votesTwice', params: { party: list.shortName }, field: 'votes' });
      if (list.status !== 'registered')
        throw new Refusal({ code: 'conflict', messageKey: 'error.listNotRegistered', params: { party: list.shortName }, field: 'votes' });
      votes.set(v.partyId, v.votes);
    }
    const lists = registeredLists(ctx, input.electionId);
    const seats = seatsOf(e, lists, (l) => votes.get(l.partyId) ?? 0, input.againstAll);
    storeAgainstAll(ctx.db, who, input.electionId, input.againstAll);
    lists.forEach((l, i) => storeListResult(ctx.db, who, l.listId, votes.get(l.partyId) ?? 0, seats[i]?.seats ?? 0));
  });
  return results(ctx, input.electionId);
}

function designate(input: z.output<typeof designateInput>, ctx: Context): ListView {
  ctx.write((who) => {
    const list = mustGetList(ctx, input.electionId, input.partyId);
    if (list.seats === null || list.listId === null)
      throw new Refusal({ code: 'conflict', messageKey: 'error.noSeats', params: { party: list.shortName }, field: 'nominationIds' });
    const members = listMembers(ctx.db, input.electionId, input.partyId);
    const chosen = new Set(input.nominationIds);
    for (const id of chosen)
      if (!members.some((m) => m.nominationId === id && m.status === 'registered'))
        throw new Refusal({ code: 'invalid-input', messageKey: 'error.notListMember', params: { nominationId: id }, field: 'nominationIds' });
    if (chosen.size > list.seats)
      throw new Refusal({
        code: 'invalid-input',
        messageKey: 'error.tooManyMandates',
        params: { seats: list.seats, designated: chosen.size },
        field: 'nominationIds',
      });
    for (const m of members) setMandate(ctx.db, who, m.nominationId, chosen.has(m.nominationId));
    bumpPartyList(ctx.db, who, list.listId, 'party_list.mandates', { designated: [...chosen] });
  });
  return listView(ctx, input.electionId, input.partyId);
}

export const resultMethods = {
  'results.get': method.answer({ permission: 'observer', input: z.strictObject({ electionId: id }), handler: (input, ctx) => results(ctx, input.electionId) }),
  'results.enter': method.answer({ permission: 'secretary', input: enterInput, handler: enter }),
  'mandates.designate': method.answer({ permission: 'secretary', input: designateInput, handler: designate }),
};
