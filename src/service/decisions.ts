import { z } from 'zod';
import { isRealIsoDate } from '../domain/dates';
import type { Finding } from '../domain/finding';
import type { NominationHistory, NominationView, PersonView, ResolutionRef } from '../domain/records';
import { canDecide, decisionFindings } from '../domain/workflow';
import { correctDecision, getDecision, insertDecision, listDecisions, type NewDecision } from '../ledger/decisions';
import { nominationJournal } from '../ledger/journal-read';
import { setNominationStatus } from '../ledger/nominations';
import { touchPartyList } from '../ledger/party-lists';
import { personSubject } from '../ledger/persons';
import type { Actor } from '../ledger/record';
import { DECISIONS } from '../domain/types';
import { ballotRegistrationFindings } from './ballot';
import type { Context } from './context';
import { mustGetElectionRules } from './elections';
import { candidateFindings } from './findings';
import { assertNotVoided, mustGetCandidate, mustGetNomination } from './nominations';
import { requiredReason } from './reason';
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
  if (NEEDS_GROUNDS.has(input.decision) && input.grounds.rules.length === 0 && input.grounds.text.trim() === '')
    findings.push({ rule: 'format.grounds', severity: 'error', field: 'grounds', messageKey: 'finding.groundsRequired' });
  return [...referenceFindings(input, today), ...findings];
}

/** A resolution's number and date: a number, and a real date not in the future. */
function referenceFindings(ref: ResolutionRef, today: string): Finding[] {
  const findings: Finding[] = [];
  if (ref.resolutionNumber.trim() === '')
    findings.push({ rule: 'format.required', severity: 'error', field: 'resolutionNumber', messageKey: 'finding.required' });
  return [...findings, ...dateFindings(ref.resolutionDate, today)];
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
  return [...candidateFindings(ctx.db, election, c, ctx.today(election), 'registration'), ...ballotRegistrationFindings(ctx, election, nomination.id)];
}

function decide(input: z.output<typeof decideInput>, ctx: Context) {
  ctx.write((who) => {
    const { nomination, person } = mustGetNomination(ctx, input.id);
    assertNotVoided(nomination);
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

/**
 * A correction of a decision's resolution number or date, typed wrong when it was recorded. The decision stays as it
 * was (DESIGN §2); the correction is a record of its own, with who made it, when and why. `corrections` is how many
 * corrections the clerk saw, so a correction made meanwhile by someone else is not silently overwritten.
 */
const correctInput = z.strictObject({
  id,
  decisionId: id,
  corrections: z.number().int().min(0),
  resolutionNumber: text(50),
  resolutionDate: isoDate,
  reason: text(1000),
});

/**
 * What a correction of a resolution must hold, whatever decision it corrects: a number, a real date, and a change
 * (the grounds stay the decision's own).
 */
export function correctionFindings(current: ResolutionRef, next: ResolutionRef, today: string): Finding[] {
  const findings = referenceFindings(next, today);
  if (findings.length === 0 && next.resolutionNumber === current.resolutionNumber && next.resolutionDate === current.resolutionDate)
    findings.push({ rule: 'format.unchanged', severity: 'error', field: 'resolutionNumber', messageKey: 'finding.correctionUnchanged' });
  return findings;
}

function correct(input: z.output<typeof correctInput>, ctx: Context): NominationHistory {
  const reason = requiredReason(input.reason);
  ctx.write((who) => {
    const { nomination, person } = mustGetNomination(ctx, input.id);
    const decision = getDecision(ctx.db, input.decisionId);
    if (!decision || decision.nominationId !== nomination.id)
      throw new Refusal({ code: 'not-found', messageKey: 'error.notFound', field: 'decisionId' });
    if (decision.corrections.length !== input.corrections) throw new Refusal({ code: 'stale', messageKey: 'error.stale' });
    const election = mustGetElectionRules(ctx, nomination.electionId);
    const next = { resolutionNumber: input.resolutionNumber.trim(), resolutionDate: input.resolutionDate };
    const findings = [
      ...correctionFindings(decision, next, ctx.today(election)),
      ...decisionFindings(decision.decision, nomination.kind, next.resolutionDate, election.profile, election.electionDay),
    ];
    if (findings.some((f) => f.severity === 'error')) throw new Refusal({ code: 'findings', messageKey: 'error.findings', findings });
    correctDecision(ctx.db, who, decision, { ...next, reason }, personSubject(person));
  });
  return history(ctx, input.id);
}

function history(ctx: Context, nominationId: number): NominationHistory {
  const { nomination } = mustGetNomination(ctx, nominationId);
  return {
    decisions: listDecisions(ctx.db, nomination.id),
    journal: nominationJournal(ctx.db, nomination.id, nomination.personId),
  };
}

export const decisionMethods = {
  'nominations.decide': method.answer({ permission: 'secretary', input: decideInput, handler: decide }),
  /** A mistyped resolution number or date set right by a new record that keeps the original. */
  'nominations.correctDecision': method.answer({ permission: 'secretary', input: correctInput, handler: correct }),
  /** Everything registration would say of the candidate now: its errors are why it cannot be registered. */
  'nominations.registrationCheck': method.answer({
    permission: 'observer',
    input: z.strictObject({ id }),
    handler: (input, ctx): Finding[] => registrationFindings(ctx, mustGetNomination(ctx, input.id)),
  }),
  'nominations.history': method.answer({ permission: 'observer', input: z.strictObject({ id }), handler: (input, ctx) => history(ctx, input.id) }),
};
