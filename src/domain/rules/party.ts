import type { Finding } from '../finding';
import type { Rule } from './context';

/** A party-list candidate must belong to the nominating party (CEC 2023; for maslikhats a profile setting). */
export const listMembership: Rule = ({ person, nomination }, ctx) => {
  const severity = ctx.profile.listMemberOfParty;
  if (severity === 'off' || nomination.kind !== 'party-list' || ctx.party === null) return [];
  if (person.partyMembership === ctx.party.code) return [];
  return [{
    rule: 'party.membership',
    severity,
    field: 'partyMembership',
    messageKey: 'finding.party.notMember',
    legalRef: 'legal.partyListMembers',
  }];
};

/** Servicemen, security and law-enforcement staff and judges may not be party members (Const. Art. 23(2)). */
export const barredProfession: Rule = ({ person, nomination }, ctx) => {
  if (ctx.profile.barredProfessions === 'off' || person.serviceRestriction === '') return [];
  const partyBound = nomination.kind === 'party-list' || person.partyMembership !== '';
  if (!partyBound) return [];
  const finding: Finding = {
    rule: 'party.barredProfession',
    severity: 'warning',
    field: 'serviceRestriction',
    messageKey: 'finding.party.barredProfession',
    params: { service: person.serviceRestriction },
    legalRef: 'legal.const23_2',
  };
  return [finding];
};
