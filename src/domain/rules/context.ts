import type { Finding } from '../finding';
import type { RuleProfile } from '../profile';
import type { DepositStatus, ElectionKind, NominationInput, PersonInput } from '../types';

/** What the rules need to know besides the candidate: the election, its profile, the nominating party, the day. */
export interface CandidateContext {
  electionKind: ElectionKind;
  electionDay: string;
  profile: RuleProfile;
  /** The nominating party, for party nominations; null otherwise. */
  party: { code: string; depositStatus: DepositStatus } | null;
  /** The codes of the election's regions: a person's region of residence is one of them. */
  regions: readonly string[];
  /**
   * 'nomination' while the candidate is nominated (a missing document is a warning); 'registration' when the
   * commission is about to register (a missing document is an error).
   */
  stage: 'nomination' | 'registration';
}

export interface CandidateFacts {
  person: PersonInput;
  nomination: NominationInput;
}

export type Rule = (c: CandidateFacts, ctx: CandidateContext) => Finding[];
