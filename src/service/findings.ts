import type { Database } from 'better-sqlite3';
import type { Finding } from '../domain/finding';
import { checkCandidate, crossFindings, namesakeFindings, type CandidateContext, type NominationFacts } from '../domain/rules';
import { carriesParty, usedParts, type DepositStatus, type NominationInput, type NominationStatus, type PersonInput } from '../domain/types';
import { personNominations } from '../ledger/candidate-facts';
import type { ElectionRules } from '../ledger/elections';
import { namesakesOf } from '../ledger/namesakes';
import { listParties, listRegions } from '../ledger/reference';

// The findings of one candidate as the service gives them: the domain's rules about the candidate, with the context
// the ledger knows (the election's profile and day, its regions, the nominating party's code and deposit status), the
// persons on file with the same name and birth date under another IIN, and the cross-candidate rules against the
// person's other nominations in every election.

/** What the rules need of the election's records: its parties (code, deposit status) by id, and its regions' codes. */
export interface ElectionFacts {
  parties: ReadonlyMap<number, { code: string; depositStatus: DepositStatus }>;
  regions: readonly string[];
}

export function electionFacts(db: Database, electionId: number): ElectionFacts {
  return {
    parties: new Map(listParties(db, electionId).map((p) => [p.id, { code: p.code, depositStatus: p.depositStatus }])),
    regions: listRegions(db, electionId).map((r) => r.code),
  };
}

/** Missing documents are errors once the commission has decided, as they are when it decides to register. */
export function stageOf(status: NominationStatus): CandidateContext['stage'] {
  return status === 'nominated' ? 'nomination' : 'registration';
}

export function candidateContext(
  election: ElectionRules,
  facts: ElectionFacts,
  nomination: NominationInput,
  stage: CandidateContext['stage'],
): CandidateContext {
  const party = carriesParty(nomination.kind) && nomination.partyId !== null ? facts.parties.get(nomination.partyId) : undefined;
  return { electionKind: election.kind, electionDay: election.electionDay, profile: election.profile, party: party ?? null, regions: facts.regions, stage };
}

/** The nomination as the cross rules see it, with only the parts its kind uses (as the ledger stores it). */
export function nominationFacts(
  nominationId: number,
  personId: number,
  election: ElectionRules,
  nomination: NominationInput,
  status: NominationStatus,
): NominationFacts | null {
  const n = usedParts(nomination);
  if (n.kind === '') return null;
  return { nominationId, personId, electionId: election.id, electionKind: election.kind, kind: n.kind, partyId: n.partyId, districtId: n.districtId, status };
}

export interface CandidateToCheck {
  person: PersonInput;
  nomination: NominationInput;
  /** 0 for a nomination not yet saved. */
  nominationId: number;
  /** The person on file, or null for a new person. */
  personId: number | null;
  status: NominationStatus;
}

/** Everything the rules say about one candidate now, the person's other nominations considered. */
export function candidateFindings(
  db: Database,
  election: ElectionRules,
  c: CandidateToCheck,
  today: string,
  stage: CandidateContext['stage'] = stageOf(c.status),
): Finding[] {
  const ctx = candidateContext(election, electionFacts(db, election.id), c.nomination, stage);
  const own = [...checkCandidate({ person: c.person, nomination: c.nomination }, ctx, today), ...namesakeFindings(namesakesOf(db, c.person, c.personId))];
  if (c.personId === null) return own;
  const target = nominationFacts(c.nominationId, c.personId, election, c.nomination, c.status);
  if (target === null) return own;
  return [...own, ...crossFindings(target, personNominations(db, c.personId), election.profile)];
}
