import type { Finding } from '../domain/finding';
import { maxListLength, type RuleProfile } from '../domain/profile';
import { quotaFigures, type QuotaPerson } from '../domain/quota';
import type { ListSummary } from '../domain/records';
import { listFindings, mandateFindings } from '../domain/rules/list';
import type { NominationStatus } from '../domain/types';
import { electionTally } from '../ledger/election-results';
import type { PartyListRecord } from '../ledger/party-lists';
import type { Context } from './context';
import { mustGetElectionRules } from './elections';
import { Refusal } from './result';

// A list's summary from its row and its candidates: the quota over the candidates still standing, the list's own
// findings and, once its seats are stored, the findings about its mandate holders.

export interface ListElection {
  id: number;
  electionDay: string;
  profile: RuleProfile;
  listMandates: number;
  againstAll: number | null;
  maxLength: number;
}

export function mustGetListElection(ctx: Context, electionId: number): ListElection {
  const rules = mustGetElectionRules(ctx, electionId);
  const tally = electionTally(ctx.db, electionId);
  if (!tally) throw new Refusal({ code: 'not-found', messageKey: 'error.notFound', field: 'electionId' });
  return { ...rules, ...tally, maxLength: maxListLength(tally.listMandates, rules.profile) };
}

/** Nominated and registered candidates stand; withdrawn, refused and cancelled ones have left the list. */
export const isStanding = (status: NominationStatus): boolean => status === 'nominated' || status === 'registered';

export interface CandidateOfList extends QuotaPerson {
  status: NominationStatus;
  mandate: boolean;
}

export function summarize(e: ListElection, list: PartyListRecord, candidates: readonly CandidateOfList[]): ListSummary {
  const standing = candidates.filter((c) => isStanding(c.status));
  const quota = quotaFigures(standing, e.profile, e.electionDay);
  const findings: Finding[] = listFindings(
    { length: standing.length, maxLength: e.maxLength, quota, registered: list.status === 'registered' },
    e.profile,
  );
  let mandates: ListSummary['mandates'] = null;
  if (list.seats !== null) {
    const holders = standing.filter((c) => c.mandate);
    mandates = { designated: holders.length, quotaCount: quotaFigures(holders, e.profile, e.electionDay).count };
    findings.push(...mandateFindings({ seats: list.seats, ...mandates }, e.profile));
  }
  return {
    electionId: e.id,
    partyId: list.partyId,
    partyCode: list.partyCode,
    shortName: list.shortName,
    name: list.name,
    short: list.short,
    status: list.status === 'submitted' && standing.length === 0 ? 'empty' : list.status,
    resolutionNumber: list.resolutionNumber,
    resolutionDate: list.resolutionDate,
    registeredOrder: list.registeredOrder,
    version: list.version,
    maxLength: e.maxLength,
    quota,
    findings,
    votes: list.votes,
    seats: list.seats,
    mandates,
  };
}
