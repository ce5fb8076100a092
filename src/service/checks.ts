import { z } from 'zod';
import type { CheckRun, CheckedNomination } from '../domain/records';
import { SEVERITIES, type Finding } from '../domain/finding';
import { personIdByIin } from '../ledger/persons';
import { electionRules } from '../ledger/elections';
import type { Context } from './context';
import { mustGetElectionRules } from './elections';
import { candidateFindings } from './findings';
import { method } from './method';
import { mustGetNomination } from './nominations';
import { id, nominationSchema, personSchema } from './schemas';

const candidateInput = z.strictObject({
  electionId: id,
  nominationId: id.optional(),
  personId: id.optional(),
  person: personSchema,
  nomination: nominationSchema,
});

/**
 * The findings of a candidate as typed, before anything is saved: the form's live check with what only the ledger
 * knows (the person's other nominations). A new person whose IIN is already on file is that person.
 */
function checkCandidate(input: z.output<typeof candidateInput>, ctx: Context): Finding[] {
  const election = mustGetElectionRules(ctx, input.electionId);
  const stored = input.nominationId === undefined ? null : mustGetNomination(ctx, input.nominationId).nomination;
  const personId = input.personId ?? stored?.personId ?? personIdByIin(ctx.db, input.person.iin) ?? null;
  return candidateFindings(
    ctx.db,
    election,
    {
      person: input.person,
      nomination: input.nomination,
      nominationId: stored?.id ?? 0,
      personId,
      status: stored?.status ?? 'nominated',
    },
    ctx.today(election),
  );
}

function runChecks(input: { electionId?: number | undefined }, ctx: Context): CheckRun {
  // An election created in error has no nominations left to check.
  const elections =
    input.electionId === undefined
      ? [...electionRules(ctx.db).values()].filter((e) => e.voided === null)
      : [mustGetElectionRules(ctx, input.electionId)];
  const nominations: CheckedNomination[] = [];
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as CheckRun['counts'];
  for (const election of elections) {
    for (const n of ctx.findings.upToDate(election, ctx.today(election)).nominations) {
      nominations.push(n);
      for (const f of n.findings) counts[f.severity]++;
    }
  }
  return { nominations, counts };
}

export const checkMethods = {
  /** Every finding a candidate as typed would have, cross-candidate ones included, without saving anything. */
  'checks.candidate': method.answer({ permission: 'observer', input: candidateInput, handler: checkCandidate }),
  /** Every nomination's findings in an election (or all elections): the CLI's `tizim check`. */
  'checks.run': method.answer({ permission: 'observer', job: 'reads', input: z.strictObject({ electionId: id.optional() }), handler: runChecks }),
};
