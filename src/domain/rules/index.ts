import type { Finding } from '../finding';
import { checkNominationFormat, checkPersonFormat } from '../format-checks';
import type { CandidateContext, CandidateFacts, Rule } from './context';
import { nominationDeadline } from './deadlines';
import { declarations } from './declarations';
import { deposit, documents } from './documents';
import { citizenship, minimumAge, residence } from './eligibility';
import { barredProfession, listMembership } from './party';
import { residenceRegion } from './region';

export type { CandidateContext, CandidateFacts } from './context';
export { crossFindings, crossFindingsAll, type NominationFacts } from './cross';
export { documentStates, requiredDocuments, waivedWrongly } from './documents';
export { listFindings, mandateFindings, seatFindings } from './list';
export { namesakeFindings, type Namesake, type NamesakeRow } from './namesakes';

/** The rules about one candidate, in the order a clerk reads the form. */
export const CANDIDATE_RULES: readonly Rule[] = [
  citizenship,
  minimumAge,
  residence,
  residenceRegion,
  declarations,
  listMembership,
  barredProfession,
  documents,
  deposit,
  nominationDeadline,
];

/**
 * Everything the desk can say about one candidate without looking at others: the format checks, then eligibility.
 * The form runs this as the clerk types; the service runs it again before it writes or registers.
 */
export function checkCandidate(facts: CandidateFacts, ctx: CandidateContext, today: string): Finding[] {
  const format = [...checkPersonFormat(facts.person, today), ...checkNominationFormat(facts.nomination, today)];
  return [...format, ...checkEligibility(facts, ctx)];
}

/** `checkCandidate` without the format checks, for a caller that has run those on this same candidate already. */
export function checkEligibility(facts: CandidateFacts, ctx: CandidateContext): Finding[] {
  return CANDIDATE_RULES.flatMap((rule) => rule(facts, ctx));
}
