import { z } from 'zod';
import type { Finding } from '../domain/finding';
import type { ListRegistrationCheck, ListView } from '../domain/records';
import { decisionFindings } from '../domain/workflow';
import { listMembers } from '../ledger/list-members';
import { listDecisions } from '../ledger/decisions';
import { correctPartyListDecision, decidePartyList, ensurePartyList, nextRegisteredOrder } from '../ledger/party-lists';
import { ballotRegistrationFindings } from './ballot';
import type { Context } from './context';
import { correctionFindings, recordDecision, resolutionFindings } from './decisions';
import { assertElectionOpen, mustGetElectionRules } from './elections';
import { candidateFindings } from './findings';
import { isStanding } from './list-summary';
import { listSummary, listView, mustGetList } from './lists';
import { method } from './method';
import { mustGetNomination } from './nominations';
import { requiredReason } from './reason';
import { Refusal } from './result';
import { grounds, id, isoDate, text } from './schemas';

const decideInput = z.strictObject({
  electionId: id,
  partyId: id,
  version: id,
  decision: z.enum(['registered', 'refused']),
  resolutionNumber: text(50).min(1),
  resolutionDate: isoDate,
  grounds,
});

// The commission registers or refuses a party list as a whole, by one resolution (domain §4, §5): a list with an
// error of its own (too long, short of the quota) or a candidate with an error cannot be registered. The decision is
// recorded on every candidate still awaiting one, so each candidate's history shows it.

/**
 * A candidate's finding as the list's refusal reports it: the candidate's nomination named in its parameters as
 * `memberNominationId` (a cross finding's own `nominationId` names the other nomination and is kept).
 */
const ofMember = (memberNominationId: number, f: Finding): Finding => ({ ...f, params: { ...f.params, memberNominationId } });

/**
 * The list's own findings and every awaiting candidate's findings as registration would judge them (a missing
 * document is an error there): what the list decision's dialog shows before the clerk submits, and what the decision
 * itself refuses on.
 */
function registrationFindings(ctx: Context, electionId: number, partyId: number) {
  const election = mustGetElectionRules(ctx, electionId);
  const awaiting = listMembers(ctx.db, electionId, partyId)
    .filter((m) => m.status === 'nominated')
    .map((m) => mustGetNomination(ctx, m.nominationId));
  const members = awaiting.map(({ nomination, person }) => {
    const c = { person, nomination, nominationId: nomination.id, personId: person.id, status: nomination.status };
    const findings = [...candidateFindings(ctx.db, election, c, ctx.today(election), 'registration'), ...ballotRegistrationFindings(ctx, election, nomination.id)];
    return { nominationId: nomination.id, findings };
  });
  return { election, awaiting, list: listSummary(ctx, electionId, partyId).findings, members };
}

function registrationCheck(input: { electionId: number; partyId: number }, ctx: Context): ListRegistrationCheck {
  mustGetList(ctx, input.electionId, input.partyId);
  const { list, members } = registrationFindings(ctx, input.electionId, input.partyId);
  const errors = (findings: readonly Finding[]) => findings.filter((f) => f.severity === 'error');
  return {
    list: errors(list),
    members: members.map((m) => ({ nominationId: m.nominationId, findings: errors(m.findings) })).filter((m) => m.findings.length > 0),
  };
}

function decideList(input: z.output<typeof decideInput>, ctx: Context): ListView {
  ctx.write((who) => {
    const list = mustGetList(ctx, input.electionId, input.partyId);
    if (list.version !== input.version) throw new Refusal({ code: 'stale', messageKey: 'error.stale' });
    if (list.status !== 'submitted')
      throw new Refusal({
        code: 'conflict',
        messageKey: 'error.illegalTransition',
        params: { from: list.status, decision: input.decision },
        field: 'decision',
      });
    const standing = listMembers(ctx.db, input.electionId, input.partyId).filter((m) => isStanding(m.status));
    // A list nobody stands on was never submitted: there is nothing to register or refuse.
    if (standing.length === 0)
      throw new Refusal({ code: 'conflict', messageKey: 'error.listEmpty', params: { party: list.shortName }, field: 'decision' });
    const checked = registrationFindings(ctx, input.electionId, input.partyId);
    const { election, awaiting } = checked;
    assertElectionOpen(election);
    const registering = input.decision === 'registered';
    const findings = [
      ...resolutionFindings(input, ctx.today(election)),
      ...(registering ? checked.list : []),
      ...(registering ? checked.members.flatMap((m) => m.findings.map((f) => ofMember(m.nominationId, f))) : []),
      ...decisionFindings(input.decision, 'party-list', input.resolutionDate, election.profile, election.electionDay),
    ];
    if (findings.some((f) => f.severity === 'error')) throw new Refusal({ code: 'findings', messageKey: 'error.findings', findings });

    const resolution = { resolutionNumber: input.resolutionNumber.trim(), resolutionDate: input.resolutionDate };
    const grounds = { rules: input.grounds.rules, text: input.grounds.text.trim() };
    const listId = ensurePartyList(ctx.db, who, input.electionId, input.partyId);
    const registeredOrder = registering ? nextRegisteredOrder(ctx.db, input.electionId) : null;
    if (!decidePartyList(ctx.db, who, listId, input.version, { status: input.decision, ...resolution, registeredOrder }, { grounds }))
      throw new Refusal({ code: 'stale', messageKey: 'error.stale' });
    const warnings = findings.filter((f) => f.severity === 'warning');
    for (const candidate of awaiting) {
      const own = warnings.filter((f) => {
        const member = f.params?.memberNominationId;
        return member === undefined || member === candidate.nomination.id;
      });
      recordDecision(ctx, who, candidate, { decision: input.decision, ...resolution, grounds, findings: own }, false);
    }
  });
  return listView(ctx, input.electionId, input.partyId);
}

/**
 * A correction of the resolution number or date of a list's decision. The list's row takes the corrected values, which
 * prints and reports read; a correction record keeps the values it replaced, and each candidate's decision taken by
 * that resolution is corrected with it, so every candidate's history shows both.
 */
const correctInput = z.strictObject({
  electionId: id,
  partyId: id,
  version: id,
  resolutionNumber: text(50),
  resolutionDate: isoDate,
  reason: text(1000),
});

function correctList(input: z.output<typeof correctInput>, ctx: Context): ListView {
  const reason = requiredReason(input.reason);
  ctx.write((who) => {
    const list = mustGetList(ctx, input.electionId, input.partyId);
    if (list.version !== input.version) throw new Refusal({ code: 'stale', messageKey: 'error.stale' });
    if (list.status === 'submitted' || list.listId === null || list.resolutionNumber === null || list.resolutionDate === null)
      throw new Refusal({ code: 'conflict', messageKey: 'error.nothingDecided', field: 'resolutionNumber' });
    const election = mustGetElectionRules(ctx, input.electionId);
    const current = { resolutionNumber: list.resolutionNumber, resolutionDate: list.resolutionDate };
    const next = { resolutionNumber: input.resolutionNumber.trim(), resolutionDate: input.resolutionDate };
    const findings = [
      ...correctionFindings(current, next, ctx.today(election)),
      ...decisionFindings(list.status, 'party-list', next.resolutionDate, election.profile, election.electionDay),
    ];
    if (findings.some((f) => f.severity === 'error')) throw new Refusal({ code: 'findings', messageKey: 'error.findings', findings });
    // The candidates' decisions that the list's resolution took: its outcome, by its number and date as they stand.
    const taken = listMembers(ctx.db, input.electionId, input.partyId).flatMap((m) =>
      listDecisions(ctx.db, m.nominationId)
        .filter((d) => d.decision === list.status && d.resolutionNumber === current.resolutionNumber && d.resolutionDate === current.resolutionDate)
        .map((d) => d.id),
    );
    if (!correctPartyListDecision(ctx.db, who, list.listId, input.version, { ...next, reason }, taken))
      throw new Refusal({ code: 'stale', messageKey: 'error.stale' });
  });
  return listView(ctx, input.electionId, input.partyId);
}

export const listDecisionMethods = {
  'lists.decide': method.answer({ permission: 'secretary', input: decideInput, handler: decideList }),
  'lists.correctDecision': method.answer({ permission: 'secretary', input: correctInput, handler: correctList }),
  /** What blocks registering the list now, per candidate: the dialog shows it before the clerk submits. */
  'lists.registrationCheck': method.answer({ permission: 'observer', input: z.strictObject({ electionId: id, partyId: id }), handler: registrationCheck }),
};
