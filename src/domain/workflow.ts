import type { Finding } from './finding';
import type { RuleProfile } from './profile';
import type { Decision, NominationKind, NominationStatus } from './types';

// The registration workflow (domain §5): nominated → registered or refused; registered → withdrawn or cancelled.

export const TRANSITIONS: Record<NominationStatus, readonly Decision[]> = {
  nominated: ['registered', 'refused'],
  registered: ['withdrawn', 'cancelled'],
  refused: [],
  withdrawn: [],
  cancelled: [],
};

export function canDecide(status: NominationStatus, decision: Decision): boolean {
  return TRANSITIONS[status].includes(decision);
}

function minusDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/**
 * What the law says about a decision itself: a registration decided after registration closed is a warning; a
 * district candidate's withdrawal later than the profile's days before polling day is an error, and refused.
 */
export function decisionFindings(
  decision: Decision,
  kind: NominationKind,
  resolutionDate: string,
  profile: RuleProfile,
  electionDay: string,
): Finding[] {
  const findings: Finding[] = [];
  const [closes = '', closesAt = ''] = profile.registrationCloses.split('T');
  if ((decision === 'registered' || decision === 'refused') && resolutionDate > closes)
    findings.push({ rule: 'deadline.decisionLate', severity: 'warning', field: 'resolutionDate', messageKey: 'finding.deadline.decisionLate', params: { closesOn: closes, closesAt }, legalRef: 'legal.calendar' });
  const lastDay = minusDays(electionDay, profile.withdrawalDaysBeforePolling);
  if (decision === 'withdrawn' && kind !== 'party-list' && resolutionDate > lastDay)
    findings.push({ rule: 'withdrawal.tooLate', severity: 'error', field: 'resolutionDate', messageKey: 'finding.withdrawal.tooLate', params: { lastDay, days: profile.withdrawalDaysBeforePolling }, legalRef: 'legal.withdrawal' });
  return findings;
}
