import type { Finding } from '../finding';
import type { RuleProfile } from '../profile';
import type { ElectionKind, NominationKind, NominationStatus } from '../types';

/** One nomination as the cross-candidate rules see it. */
export interface NominationFacts {
  nominationId: number;
  personId: number;
  electionId: number;
  electionKind: ElectionKind;
  kind: NominationKind;
  partyId: number | null;
  districtId: number | null;
  status: NominationStatus;
}

const ACTIVE: readonly NominationStatus[] = ['nominated', 'registered'];
const isDistrict = (k: NominationKind): boolean => k !== 'party-list';

/**
 * What the person's other nominations say about this one (domain §3): twice on one list or on two parties' lists is
 * an error; a list and a district, or two districts, follow the profile; another maslikhat is a warning (a deputy
 * may sit in one maslikhat only). Only nominations still standing count.
 */
export function crossFindings(target: NominationFacts, samePerson: readonly NominationFacts[], profile: RuleProfile): Finding[] {
  if (!ACTIVE.includes(target.status)) return [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const add = (f: Finding): void => {
    if (seen.has(f.rule)) return;
    seen.add(f.rule);
    findings.push(f);
  };
  for (const other of samePerson) {
    if (other.nominationId === target.nominationId || !ACTIVE.includes(other.status)) continue;
    const params = { nominationId: other.nominationId };
    if (other.electionId !== target.electionId) {
      if (target.electionKind !== 'mazhilis' && other.electionKind !== 'mazhilis')
        add({ rule: 'cross.otherMaslikhat', severity: 'warning', field: 'kind', messageKey: 'finding.cross.otherMaslikhat', params, legalRef: 'legal.localGov5_2' });
      continue;
    }
    if (target.kind === 'party-list' && other.kind === 'party-list') {
      if (other.partyId === target.partyId)
        add({ rule: 'cross.sameList', severity: 'error', field: 'partyId', messageKey: 'finding.cross.sameList', params, legalRef: 'legal.nomination' });
      else add({ rule: 'cross.twoLists', severity: 'error', field: 'partyId', messageKey: 'finding.cross.twoLists', params, legalRef: 'legal.nomination' });
    } else if (isDistrict(target.kind) && isDistrict(other.kind)) {
      add({ rule: 'cross.twoDistricts', severity: profile.twoDistricts, field: 'districtId', messageKey: 'finding.cross.twoDistricts', params, legalRef: 'legal.nomination' });
    } else {
      add({ rule: 'cross.listAndDistrict', severity: profile.listAndDistrict, field: 'kind', messageKey: 'finding.cross.listAndDistrict', params, legalRef: 'legal.nomination' });
    }
  }
  return findings;
}

/** Cross findings for many nominations at once: one pass to group by person, then each against its group. */
export function crossFindingsAll(all: readonly NominationFacts[], profileOf: (electionId: number) => RuleProfile, onlyElection?: number): Map<number, Finding[]> {
  const byPerson = new Map<number, NominationFacts[]>();
  for (const n of all) {
    const group = byPerson.get(n.personId);
    if (group) group.push(n);
    else byPerson.set(n.personId, [n]);
  }
  const out = new Map<number, Finding[]>();
  for (const group of byPerson.values()) {
    if (group.length < 2) continue;
    for (const n of group) {
      if (onlyElection !== undefined && n.electionId !== onlyElection) continue;
      const f = crossFindings(n, group, profileOf(n.electionId));
      if (f.length > 0) out.set(n.nominationId, f);
    }
  }
  return out;
}
