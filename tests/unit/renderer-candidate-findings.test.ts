import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/domain/finding';
import type { CandidateFacts } from '../../src/domain/rules';
import { findingsOfError } from '../../src/renderer/lib/findings';
import type { CheckAnswer } from '../../src/renderer/queries/candidates';
import { afterEdit, mergeFindings, serviceFindings, type OwnFindings } from '../../src/renderer/screens/candidate/candidate-findings';
import { candidateContext, factsFindings } from '../../src/renderer/screens/candidate/draft';
import type { CandidateView } from '../../src/service/views';
import { candidate, MAZHILIS } from './rules-fixtures';
import { REFERENCE } from '../../src/domain/reference';

// The candidate form's findings: its own rules as the clerk types, what only the service knows (the person's other
// nominations), and what a refused save said, put together once each and where the clerk looks for them.

const TODAY = '2023-02-01';
const own: OwnFindings = (facts) => factsFindings(facts, candidateContext(MAZHILIS, null, REFERENCE.regions), TODAY, false);

/** 22 years old on election day: the form's own rules say so at the birth date. */
const young: CandidateFacts = candidate({ iin: '000501500016', birthDate: '2000-05-01', residentSince: '2000-05-01' });
const ageOf = (facts: CandidateFacts): Finding => {
  const age = own(facts).find((f) => f.rule === 'age.minimum');
  if (!age) throw new Error('the fixture is meant to be under age');
  return age;
};
/** What only the service can say: the person also stands in another district. */
const cross: Finding = { rule: 'cross.twoDistricts', severity: 'warning', field: 'nomination.districtId', messageKey: 'finding.cross.twoDistricts' };

const asked = (facts: CandidateFacts) => ({ electionId: 1, nominationId: 5, personId: 9, ...facts });

function storedView(facts: CandidateFacts, findings: Finding[]): CandidateView {
  const stamp = { createdAt: '2023-02-01T10:00:00Z', updatedAt: '2023-02-01T10:00:00Z' };
  return {
    person: { ...facts.person, id: 9, version: 1, ...stamp },
    nomination: {
      ...facts.nomination,
      kind: 'district-self', id: 5, version: 1, electionId: 1, personId: 9, status: 'nominated', voided: null, ...stamp,
    },
    findings,
  };
}

describe('what the service adds to the candidate form', () => {
  it('keeps only what the form cannot say itself, at the form field it concerns', () => {
    const answer: CheckAnswer = { asked: asked(young), findings: [{ ...ageOf(young), field: 'person.birthDate' }, cross] };
    expect(serviceFindings(answer, null, own)).toEqual([{ ...cross, field: 'districtId' }]);
  });

  it("weighs an answer against the input it answered, so an error the clerk has since corrected does not come back from it", () => {
    // The service was asked about the under-age candidate; its answer is the last one while the clerk types a new
    // birth date. The form says the age itself (for the draft as it is now), so the answer's age error is not kept.
    const answer: CheckAnswer = { asked: asked(young), findings: [ageOf(young)] };
    expect(serviceFindings(answer, null, own)).toEqual([]);
  });

  it('starts from the stored record: its findings less those the form gives for the record as stored', () => {
    const stored = storedView(young, [{ ...ageOf(young), field: 'person.birthDate' }, cross]);
    expect(serviceFindings(undefined, stored, own)).toEqual([{ ...cross, field: 'districtId' }]);
  });

  it("lets the service's answer replace what the stored record said", () => {
    const stored = storedView(young, [cross]);
    // The other nomination was withdrawn meanwhile: the service no longer says it.
    expect(serviceFindings({ asked: asked(young), findings: [] }, stored, own)).toEqual([]);
  });

  it('says nothing for a new candidate before the service has answered', () => {
    expect(serviceFindings(undefined, null, own)).toEqual([]);
  });
});

describe('the findings the candidate form shows', () => {
  const age = ageOf(young);
  const service = [{ ...cross, field: 'districtId' }];

  it('counts every finding in the summary, but shows the form\'s own at a field only once the clerk reached it', () => {
    const fresh = mergeFindings({ local: [age], service, refusal: [], tried: false, touched: new Set() });
    expect(fresh.all.map((f) => f.rule)).toEqual(['age.minimum', 'cross.twoDistricts']);
    expect(fresh.byField.get('birthDate')).toBeUndefined();
    expect(fresh.byField.get('districtId')).toEqual(service);

    const reached = mergeFindings({ local: [age], service, refusal: [], tried: false, touched: new Set(['birthDate']) });
    expect(reached.byField.get('birthDate')).toEqual([age]);
    const tried = mergeFindings({ local: [age], service, refusal: [], tried: true, touched: new Set() });
    expect(tried.byField.get('birthDate')).toEqual([age]);
  });

  it('says a finding the form and the service both give once', () => {
    const both = mergeFindings({ local: [age], service: [{ ...age }], refusal: [], tried: true, touched: new Set() });
    expect(both.all).toEqual([age]);
    expect(both.byField.get('birthDate')).toEqual([age]);
  });

  it("puts a refused save's findings at the fields they name at once, and drops them as the clerk edits that field", () => {
    const refusal = findingsOfError({ code: 'conflict', messageKey: 'error.iinTaken', params: { iin: '000501500016' }, field: 'person.iin' });
    const refused = mergeFindings({ local: [age], service, refusal, tried: false, touched: new Set() });
    expect(refused.byField.get('iin')).toEqual([expect.objectContaining({ rule: 'service.conflict', severity: 'error', messageKey: 'error.iinTaken' })]);
    expect(refused.all).toHaveLength(3);

    expect(afterEdit(refusal, 'surname')).toEqual(refusal);
    const edited = mergeFindings({ local: [age], service, refusal: afterEdit(refusal, 'iin'), tried: false, touched: new Set(['iin']) });
    expect(edited.byField.get('iin')).toBeUndefined();
    expect(edited.all).toHaveLength(2);
  });
});
