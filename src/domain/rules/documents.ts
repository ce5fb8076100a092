import type { Finding } from '../finding';
import { depositKzt } from '../profile';
import { carriesParty, DOCUMENT_STATES, type DocumentCode, type DocumentState } from '../types';
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

const RECEIVED_OR_MISSING: readonly DocumentState[] = ['missing', 'received'];

/**
 * What the clerk may record for a document of this nomination: «not required» only for a document the rules do not
 * require of it, or one the profile lets the commission waive (a spouse's declaration where there is no spouse).
 * Marking a required document «not required» would silence the finding that it is missing.
 */
export function documentStates(doc: DocumentCode, required: readonly DocumentCode[], ctx: Pick<CandidateContext, 'profile'>): readonly DocumentState[] {
  return required.includes(doc) && !ctx.profile.waivableDocuments.includes(doc) ? RECEIVED_OR_MISSING : DOCUMENT_STATES;
}

/**
 * A required document marked «not required» where the rules do not allow it: an error at any stage, which the service
 * refuses to store and the form will not save, so that a document is never dropped from the checklist by a choice.
 */
export function waivedWrongly(facts: CandidateFacts, ctx: CandidateContext): Finding[] {
  const required = requiredDocuments(facts, ctx);
  return required
    .filter((doc) => facts.nomination.documents[doc] === 'not-applicable' && !documentStates(doc, required, ctx).includes('not-applicable'))
    .map((doc) => ({
      rule: 'documents.notWaivable',
      severity: 'error',
      field: `documents.${doc}`,
      messageKey: 'finding.documentNotWaivable',
      params: { document: doc },
      legalRef: doc === 'deposit' ? 'legal.deposit' : 'legal.documents',
    }));
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
  return [...findings, ...waivedWrongly(facts, ctx)];
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
