import type { Finding } from '../finding';
import type { RuleProfile } from '../profile';
import { quotaRequired, type QuotaFigures } from '../quota';

// The rules about a party list as a whole (domain §3, §4): its length and its 30% quota, then the quota among the
// mandates the party receives.

/**
 * A list without candidates, longer than its limit, or short of its quota, cannot be registered (an error). Once registered, a list a
 * withdrawal has put below the quota is judged as the profile says (default: a warning), since the commission
 * cannot refuse a list it has registered.
 */
export function listFindings(
  list: { length: number; maxLength: number; quota: QuotaFigures; registered: boolean },
  profile: Pick<RuleProfile, 'quotaAfterWithdrawal'>,
): Finding[] {
  const findings: Finding[] = [];
  // A list without candidates is no list to register: its quota is not «0 of 0, kept».
  if (list.length === 0) {
    findings.push({ rule: 'list.empty', severity: 'error', field: 'list', messageKey: 'finding.list.empty', legalRef: 'legal.nomination' });
    return findings;
  }
  if (list.length > list.maxLength)
    findings.push({ rule: 'list.length', severity: 'error', field: 'list', messageKey: 'finding.list.tooLong', params: { length: list.length, max: list.maxLength }, legalRef: 'legal.listLength' });
  if (!list.quota.compliant)
    findings.push({
      rule: 'list.quota',
      severity: list.registered ? profile.quotaAfterWithdrawal : 'error',
      field: 'quota',
      messageKey: 'finding.list.quota',
      params: { count: list.quota.count, required: list.quota.required, missing: list.quota.missing, length: list.quota.length },
      legalRef: 'legal.quota',
    });
  return findings;
}

/**
 * A list that wins more seats than it has registered candidates cannot fill them: a warning, saying what the profile
 * does with them; a list that takes seats others could not fill is told so.
 */
export function seatFindings(list: { won: number; seats: number; candidates: number }, profile: Pick<RuleProfile, 'unfilledSeats'>): Finding[] {
  const findings: Finding[] = [];
  if (list.won > list.candidates)
    findings.push({
      rule: 'seats.overCandidates',
      severity: 'warning',
      field: 'seats',
      messageKey: `finding.seats.overCandidates.${profile.unfilledSeats}`,
      params: { won: list.won, candidates: list.candidates, unfilled: list.won - list.candidates },
      legalRef: 'legal.seats',
    });
  if (list.seats > list.won)
    findings.push({ rule: 'seats.received', severity: 'info', field: 'seats', messageKey: 'finding.seats.received', params: { won: list.won, seats: list.seats, more: list.seats - list.won }, legalRef: 'legal.seats' });
  return findings;
}

/**
 * Among the mandates a party receives, the three categories together must also reach the share (Art. 97-1(5), new
 * in 2023), where the profile applies it; and the party must designate exactly as many holders as it has seats.
 */
export function mandateFindings(
  mandates: { seats: number; designated: number; quotaCount: number },
  profile: Pick<RuleProfile, 'mandateQuota' | 'quotaShare'>,
): Finding[] {
  const findings: Finding[] = [];
  if (mandates.designated !== mandates.seats)
    findings.push({ rule: 'mandate.count', severity: 'warning', field: 'mandates', messageKey: 'finding.mandate.count', params: { seats: mandates.seats, designated: mandates.designated }, legalRef: 'legal.mandates' });
  if (profile.mandateQuota && mandates.seats > 0) {
    const required = quotaRequired(mandates.seats, profile.quotaShare);
    if (mandates.quotaCount < required)
      findings.push({ rule: 'mandate.quota', severity: 'error', field: 'mandates', messageKey: 'finding.mandate.quota', params: { count: mandates.quotaCount, required, missing: required - mandates.quotaCount, seats: mandates.seats }, legalRef: 'legal.mandates' });
  }
  return findings;
}
