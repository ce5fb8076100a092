import { afterEach, describe, expect, it } from 'vitest';
import { documentStates, requiredDocuments, waivedWrongly } from '../../src/domain/rules';
import { DOCUMENTS, type Documents } from '../../src/domain/types';
import { candidate, context } from '../unit/rules-fixtures';
import { nomination, openDesk, person, type Desk } from './helpers';

// Issue 11, item 6: «not required» silenced the documents the rules require. It is now offered only for a document
// the rules do not require of the nomination, or one the profile lets the commission waive (the spouse's declaration
// of a candidate who has no spouse); the service refuses it for any other required document.

const SEVEN = ['application', 'biography', 'consent', 'declaration-candidate', 'declaration-spouse', 'deposit', 'minutes-extract'] as const;
const allNotRequired: Documents = Object.fromEntries(SEVEN.map((d) => [d, 'not-applicable']));

describe('the documents rule', () => {
  const listed = candidate({ partyMembership: 'amanat' }, { kind: 'party-list', partyId: 1, districtId: null, documents: allNotRequired });
  const ctx = context({ party: { code: 'amanat', depositStatus: 'full' } });

  it('offers «not required» only for what the rules do not require, or the profile lets be waived', () => {
    const required = requiredDocuments(listed, ctx);
    expect(documentStates('application', required, ctx)).toEqual(['missing', 'received']);
    expect(documentStates('declaration-spouse', required, ctx)).toEqual(['missing', 'received', 'not-applicable']);
    expect(documentStates('disability-certificate', required, ctx)).toEqual(['missing', 'received', 'not-applicable']);
  });

  it('finds every required document marked «not required», an error even while nominated', () => {
    const wrong = waivedWrongly(listed, ctx);
    expect(wrong.map((f) => [f.field, f.severity, f.messageKey, f.params?.document])).toEqual(
      ['application', 'biography', 'consent', 'declaration-candidate', 'deposit', 'minutes-extract'].map((d) => [`documents.${d}`, 'error', 'finding.documentNotWaivable', d]),
    );
    expect(wrong.map((f) => f.legalRef)).toEqual(['legal.documents', 'legal.documents', 'legal.documents', 'legal.documents', 'legal.deposit', 'legal.documents']);
  });

  it('leaves alone a document the rules do not require (a deposit of an exempt party, a certificate without a disability)', () => {
    const exempt = candidate({ partyMembership: 'amanat' }, {
      kind: 'party-list', partyId: 1, districtId: null,
      documents: { ...Object.fromEntries(SEVEN.map((d) => [d, 'received'])), deposit: 'not-applicable', 'disability-certificate': 'not-applicable' },
    });
    expect(waivedWrongly(exempt, context({ party: { code: 'amanat', depositStatus: 'exempt' } }))).toEqual([]);
  });
});

describe('the service', () => {
  let desk: Desk;
  afterEach(() => desk.close());

  function listElection() {
    desk = openDesk();
    const e = desk.must('elections.create', { preset: 'mazhilis-2023' });
    const party = desk.must('parties.list', { electionId: e.id })[0];
    if (!party) throw new Error('the Mazhilis preset has parties');
    return { e, party };
  }

  it('refuses to store a party-list candidate whose required documents are all «not required», naming each, and stores nothing', () => {
    const { e, party } = listElection();
    const result = desk.service.call('nominations.create', {
      electionId: e.id,
      person: person({ partyMembership: party.code }),
      nomination: nomination({ kind: 'party-list', partyId: party.id, documents: allNotRequired }),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('findings');
    expect(result.error.findings?.map((f) => f.field)).toEqual(
      ['documents.application', 'documents.biography', 'documents.consent', 'documents.declaration-candidate', 'documents.deposit', 'documents.minutes-extract'],
    );
    expect(desk.must('nominations.list', { electionId: e.id }).total).toBe(0);
    expect(desk.must('persons.list', {}).total).toBe(0);
  });

  it('stores «not required» for the spouse’s declaration, and refuses it there once the commission no longer allows it', () => {
    const { e, party } = listElection();
    const documents: Documents = { ...Object.fromEntries(SEVEN.map((d) => [d, 'received'])), 'declaration-spouse': 'not-applicable' };
    const saved = desk.must('nominations.create', {
      electionId: e.id,
      person: person({ partyMembership: party.code }),
      nomination: nomination({ kind: 'party-list', partyId: party.id, documents }),
    });
    expect(saved.findings.filter((f) => f.rule.startsWith('documents.'))).toEqual([]);

    desk.must('elections.updateProfile', { id: e.id, changes: { waivableDocuments: [] } });
    // What was stored before the change is not silenced: the candidate now has the error, at its field.
    const now = desk.must('nominations.get', { id: saved.nomination.id });
    expect(now.findings.filter((f) => f.rule === 'documents.notWaivable').map((f) => f.field)).toEqual(['documents.declaration-spouse']);
    const again = desk.service.call('nominations.update', {
      id: saved.nomination.id, version: saved.nomination.version,
      nomination: nomination({ kind: 'party-list', partyId: party.id, documents, listPosition: 1 }),
    });
    expect(again.ok ? [] : again.error.findings?.map((f) => [f.rule, f.field])).toEqual([['documents.notWaivable', 'documents.declaration-spouse']]);
  });

  it('shows the error on a nomination an older desk stored with a required document «not required»', () => {
    const { e, party } = listElection();
    const saved = desk.must('nominations.create', {
      electionId: e.id,
      person: person({ partyMembership: party.code }),
      nomination: nomination({ kind: 'party-list', partyId: party.id }),
    });
    // Written as the previous version's form let a clerk store it.
    const documents = { ...Object.fromEntries(DOCUMENTS.map((d) => [d, 'received'])), deposit: 'not-applicable' };
    desk.ledger.db.prepare('UPDATE nomination SET documents = ? WHERE id = ?').run(JSON.stringify(documents), saved.nomination.id);
    const findings = desk.must('nominations.get', { id: saved.nomination.id }).findings;
    expect(findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.field])).toEqual([['documents.notWaivable', 'documents.deposit']]);
  });
});
