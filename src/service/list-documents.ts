import { z } from 'zod';
import { requiredDocuments } from '../domain/rules';
import type { MarkedDocuments } from '../domain/records';
import { DOCUMENTS, type Documents } from '../domain/types';
import { listMembers } from '../ledger/list-members';
import { setNominationDocuments } from '../ledger/nominations';
import { touchPartyList } from '../ledger/party-lists';
import type { Context } from './context';
import { mustGetElectionRules } from './elections';
import { candidateContext, electionFacts } from './findings';
import { isStanding } from './list-summary';
import { listView, mustGetList } from './lists';
import { method } from './method';
import { mustGetNomination } from './nominations';
import { Refusal } from './result';
import { id } from './schemas';

// Documents marked for many candidates of a list at once (issue 11): a list of 23 asked for about 160 selects, one
// document of one candidate at a time. One call marks documents for the chosen candidates, or for the whole list, in
// one transaction; each candidate whose documents change gets its own journal row, saying what changed.

const markInput = z.strictObject({
  electionId: id,
  partyId: id,
  documents: z.array(z.enum(DOCUMENTS)).min(1).max(DOCUMENTS.length),
  /** «not required» is never marked in bulk: it is a judgement about one candidate, where the rules allow it. */
  state: z.enum(['received', 'missing']),
  /** The candidates to mark; absent: every candidate standing on the list. */
  nominationIds: z.array(id).max(1000).optional(),
});

function markDocuments(input: z.output<typeof markInput>, ctx: Context): MarkedDocuments {
  const outcome = ctx.write((who) => {
    mustGetList(ctx, input.electionId, input.partyId);
    const election = mustGetElectionRules(ctx, input.electionId);
    const parties = electionFacts(ctx.db, election.id);
    const standing = listMembers(ctx.db, input.electionId, input.partyId).filter((m) => isStanding(m.status));
    const chosen = input.nominationIds === undefined ? null : new Set(input.nominationIds);
    for (const id of chosen ?? [])
      if (!standing.some((m) => m.nominationId === id))
        throw new Refusal({ code: 'invalid-input', messageKey: 'error.notListMember', params: { nominationId: id }, field: 'nominationIds' });
    let changed = 0;
    let notRequired = 0;
    for (const member of standing) {
      if (chosen && !chosen.has(member.nominationId)) continue;
      const { nomination, person } = mustGetNomination(ctx, member.nominationId);
      const required = requiredDocuments({ person, nomination }, candidateContext(election, parties, nomination, 'nomination'));
      const marked = input.documents.filter((doc) => required.includes(doc));
      if (marked.length === 0) {
        notRequired++;
        continue;
      }
      const after: Documents = { ...nomination.documents };
      for (const doc of marked) after[doc] = input.state;
      if (marked.every((doc) => (nomination.documents[doc] ?? 'missing') === input.state)) continue;
      if (!setNominationDocuments(ctx.db, who, nomination.id, nomination.version, nomination.documents, after))
        throw new Refusal({ code: 'stale', messageKey: 'error.stale' });
      changed++;
    }
    if (changed > 0) touchPartyList(ctx.db, who, input.electionId, input.partyId);
    return { changed, notRequired };
  });
  return { list: listView(ctx, input.electionId, input.partyId), ...outcome };
}

export const listDocumentMethods = {
  /** One document marked received (or missing) for the chosen candidates of a list, or all of them, at once. */
  'lists.markDocuments': method.answer({ permission: 'clerk', input: markInput, handler: markDocuments }),
};
