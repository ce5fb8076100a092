import type { CheckRun, CheckedNomination } from '../domain/records';
import { SEVERITIES, type Finding } from '../domain/finding';
import { personIdByIin } from '../ledger/persons';
import { electionRules } from '../ledger/elections';
import type { Context } from './context';
import { electionFindings } from './election-findings';
import { mustGetElectionRules } from './elections';
import { candidateFindings } from './findings';
import { mustGetNomination } from './nominations';
import type { ParsedInput } from './schemas';

/**
 * The findings of a candidate as typed, before anything is saved: the form's live check with what only the ledger
 * knows (the person's other nominations). A new person whose IIN is already on file is that person.
 */
function checkCandidate(input: ParsedInput<'checks.candidate'>, ctx: Context): Finding[] {
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
    ctx.today(),
  );
}

function runChecks(input: ParsedInput<'checks.run'>, ctx: Context): CheckRun {
  const elections = input.electionId === undefined ? [...electionRules(ctx.db).values()] : [mustGetElectionRules(ctx, input.electionId)];
  const nominations: CheckedNomination[] = [];
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as CheckRun['counts'];
  for (const election of elections) {
    for (const n of electionFindings(ctx.db, election, ctx.today()).nominations) {
      nominations.push(n);
      for (const f of n.findings) counts[f.severity]++;
    }
  }
  return { nominations, counts };
}

export const checkHandlers = {
  'checks.candidate': checkCandidate,
  'checks.run': runChecks,
};
