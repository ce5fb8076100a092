import type { Finding } from '../finding';
import { depositKzt } from '../profile';
import { carriesParty, type DocumentCode } from '../types';
import type { CandidateContext, CandidateFacts, Rule } from './context';

/** The documents this nomination must hand in: the profile's list for its kind, plus what its facts call for. */
export function requiredDocuments({ person, nomination }: CandidateFacts, ctx: CandidateContext): DocumentCode[] {
  if (nomination.kind === '') return [];
  const required = new Set<DocumentCode>(ctx.profile.documents[nomination.kind]);
  if (person.disability) required.add('disability-certificate');
  // A party exempt from the deposit (5% or more at the previous Mazhilis election) pays nothing for its nominees.
  if (ctx.party?.depositStatus === 'exempt' && nomination.kind !== 'district-self' && nomination.kind !== 'district-association')
    required.delete('deposit');
  return [...required];
}

/** A missing document is a warning while the candidate is nominated and an error when registration is decided. */
export const documents: Rule = (facts, ctx) => {
  const findings: Finding[] = [];
  for (const doc of requiredDocuments(facts, ctx)) {
    const state = facts.nomination.documents[doc] ?? 'missing';
    if (state !== 'missing') continue;
    findings.push({
      rule: 'documents.missing',
      severity: ctx.stage === 'registration' ? 'error' : 'warning',
      field: `documents.${doc}`,
      messageKey: `finding.documentMissing.${doc}`,
      legalRef: doc === 'deposit' ? 'legal.deposit' : 'legal.documents',
    });
  }
  return findings;
};

/** The deposit this candidate owes, as information beside the deposit document. */
export const deposit: Rule = ({ nomination }, ctx) => {
  if (nomination.kind === '') return [];
  const status = carriesParty(nomination.kind) && ctx.party ? ctx.party.depositStatus : 'full';
  return [{
    rule: 'deposit.amount',
    severity: 'info',
    field: 'documents.deposit',
    messageKey: status === 'exempt' ? 'finding.deposit.exempt' : 'finding.deposit.amount',
    params: { amount: depositKzt(ctx.profile, status), wages: ctx.profile.depositMinimumWages, status },
    legalRef: 'legal.deposit',
  }];
};
