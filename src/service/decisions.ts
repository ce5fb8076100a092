import { z } from 'zod';
import { isRealIsoDate } from '../domain/dates';
import type { Finding } from '../domain/finding';
import type { NominationHistory, NominationView, PersonView } from '../domain/records';
import { canDecide, decisionFindings } from '../domain/workflow';
import { insertDecision, listDecisions, type NewDecision } from '../ledger/decisions';
import { nominationJournal } from '../ledger/journal-read';
import { setNominationStatus } from '../ledger/nominations';
import { touchPartyList } from '../ledger/party-lists';
import { personSubject } from '../ledger/persons';
import type { Actor } from '../ledger/record';
import { DECISIONS } from '../domain/types';
import type { Context } from './context';
import { mustGetElectionRules } from './elections';
import { candidateFindings } from './findings';
import { mustGetCandidate, mustGetNomination } from './nominations';
import { method } from './method';
import { Refusal } from './result';
import { grounds, id, isoDate, text } from './schemas';

/** A decision on a nomination: the commission's resolution, its date and its grounds. */
const decideInput = z.strictObject({
  id,
  version: id,
  decision: z.enum(DECISIONS),
  resolutionNumber: text(50).min(1),
  resolutionDate: isoDate,
  grounds,
});

// The registration workflow (domain §5): each decision is a commission resolution, recorded with its grounds and
// the warnings the commission saw, and the nomination moves to the decision's status in the same transaction.

/** A refusal or a cancellation takes away a candidacy: the resolution must say why. */
const NEEDS_GROUNDS = new Set(['refused', 'cancelled']);

/** The resolution's own format: a number, a real date not in the future, and grounds where the decision needs them. */
export function resolutionFindings(
  input: Pick<z.output<typeof decideInput>, 'decision' | 'resolutionNumber' | 'resolutionDate' | 'grounds'>,
  today: string,
): Finding[] {
  const findings: Finding[] = [];
  if (input.resolutionNumber.trim() === '')
    findings.push({ rule: 'format.required', severity: 'error', field: 'resolutionNumber', messageKey: 'finding.required' });
  if (NEEDS_GROUNDS.has(input.decision) && input.grounds.rules.length === 0 && input.grounds.text.trim() === '')
    findings.push({ rule: 'format.grounds', severity: 'error', field: 'grounds', messageKey: 'finding.groundsRequired' });
  return [...findings, ...dateFindings(input.resolutionDate, today)];
}

function dateFindings(date: string, today: string): Finding[] {
  if (!isRealIsoDate(date))
    return [{ rule: 'format.date', severity: 'error', field: 'resolutionDate', messageKey: 'finding.dateInvalid' }];
  if (date > today) return [{ rule: 'format.date', severity: 'error', field: 'resolutionDate', messageKey: 'finding.dateInFuture' }];
  return [];
}

export type Resolution = Omit<NewDecision, 'nominationId' | 'from'>;

/**
 * Records a decision on a nomination and moves it to the decision's status, as of the version read; a list
 * candidate's list moves on with it (unless the decision is the list's own). Call inside ctx.write, after the checks.
 */
export function recordDecision(
  ctx: Context,
  who: Actor,
  { nomination, person }: { nomination: NominationView; person: PersonView },
  resolution: Resolution,
  touchList = true,
): void {
  const decision = insertDecision(ctx.db, who, { ...resolution, nominationId: nomination.id, from: nomination.status }, personSubject(person));
  const { id, decision: outcome, from, resolutionNumber, resolutionDate } = decision;
  const change = { decision: { id, decision: outcome, from, resolutionNumber, resolutionDate, grounds: resolution.grounds } };
  if (!setNominationStatus(ctx.db, who, nomination.id, nomination.version, resolution.decision, change))
    throw new Refusal({ code: 'stale', messageKey: 'error.stale' });
  if (touchList && nomination.kind === 'party-list' && nomination.partyId !== null)
    touchPartyList(ctx.db, who, nomination.electionId, nomination.partyId);
}

/** The candidate's findings as registration judges them (a missing document is an error): what blocks registering. */
function registrationFindings(ctx: Context, { nomination, person }: { nomination: NominationView; person: PersonView }): Finding[] {
  const election = mustGetElectionRules(ctx, nomination.electionId);
  const c = { person, nomination, nominationId: nomination.id, personId: person.id, status: nomination.status };
  return candidateFindings(ctx.db, election, c, ctx.today(election), 'registration');
}

function decide(input: z.output<typeof decideInput>, ctx: Context) {
  ctx.write((who) => {
    const { nomination, person } = mustGetNomination(ctx, input.id);
    if (nomination.version !== input.version) throw new Refusal({ code: 'stale', messageKey: 'error.stale' });
    if (!canDecide(nomination.status, input.decision))
      throw new Refusal({
        code: 'conflict',
        messageKey: 'error.illegalTransition',
        params: { from: nomination.status, decision: input.decision },
        field: 'decision',
      });
    const grounds = { rules: input.grounds.rules, text: input.grounds.text.trim() };

    const election = mustGetElectionRules(ctx, nomination.electionId);
    // Registration is where every error must be gone, missing documents included (stage 'registration').
    const candidate = input.decision === 'registered' ? registrationFindings(ctx, { nomination, person }) : [];
    const findings = [
      ...resolutionFindings(input, ctx.today(election)),
      ...candidate,
      ...decisionFindings(input.decision, nomination.kind, input.resolutionDate, election.profile, election.electionDay),
    ];
    if (findings.some((f) => f.severity === 'error'))
      throw new Refusal({ code: 'findings', messageKey: 'error.findings', findings });

    recordDecision(ctx, who, { nomination, person }, {
      decision: input.decision,
      resolutionNumber: input.resolutionNumber.trim(),
      resolutionDate: input.resolutionDate,
      grounds,
      findings: findings.filter((f) => f.severity === 'warning'),
    });
  });
  return mustGetCandidate(ctx, input.id);
}

export const decisionMethods = {
  'nominations.decide': method.answer({ input: decideInput, handler: decide }),
  /** Everything registration would say of the candidate now: its errors are why it cannot be registered. */
  'nominations.registrationCheck': method.answer({
    input: z.strictObject({ id }),
    handler: (input, ctx): Finding[] => registrationFindings(ctx, mustGetNomination(ctx, input.id)),
  }),
  'nominations.history': method.answer({
    input: z.strictObject({ id }),
    handler: (input, ctx): NominationHistory => {
      const { nomination } = mustGetNomination(ctx, input.id);
      return {
        decisions: listDecisions(ctx.db, nomination.id),
        journal: nominationJournal(ctx.db, nomination.id, nomination.personId),
      };
    },
  }),
};
