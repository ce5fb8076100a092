import { describe, expect, it } from 'vitest';
import mazhilis from '../../resources/presets/mazhilis-2023.json';
import type { Finding } from '../../src/domain/finding';
import type { RuleProfile } from '../../src/domain/profile';
import { fieldLabelKey, localizeParams } from '../../src/renderer/i18n/messages';
import { distinct, findingsOfError, formField, groundsOf, onlyFromService } from '../../src/renderer/lib/findings';
import { checkDecision, decisionInput, emptyDecision } from '../../src/renderer/screens/candidate/decision';
import {
  candidateContext,
  emptyDraft,
  factsFindings,
  factsOf,
  formFindings,
  isPersonField,
  nominatingParty,
  readTime,
  type CandidateDraft,
} from '../../src/renderer/screens/candidate/draft';
import { checksText } from '../../src/renderer/screens/candidates/CandidatesGrid';
import { listInput, NO_FILTERS } from '../../src/renderer/screens/candidates/filters';
import { decisionOfChange, journalDetail } from '../../src/renderer/screens/journal/journal-detail';
import type { PartyView } from '../../src/service/views';
import { REFERENCE } from '../../src/domain/reference';

const profile = mazhilis.profile as RuleProfile;
const election = { kind: 'mazhilis' as const, electionDay: '2023-03-19', profile };
const TODAY = '2023-02-01';

const ALL_RECEIVED = {
  application: 'received', biography: 'received', 'declaration-candidate': 'received', 'declaration-spouse': 'received',
  deposit: 'received',
} as const;

/** An under-age self-nominee to a Mazhilis district, otherwise in order. */
function young(): CandidateDraft {
  return {
    ...emptyDraft(TODAY),
    surname: 'Ахметов', givenName: 'Дамир', iin: '000501500016', birthDate: '01.05.2000', sex: 'male',
    citizenship: 'KZ', residentSince: '01.05.2000', kind: 'district-self', districtId: '3',
    declarations: { incapacity: 'no', imprisonment: 'no', criminalRecord: 'no', corruption: 'no' },
    documents: { ...ALL_RECEIVED },
  };
}

const ctx = candidateContext(election, null, REFERENCE.regions);
const rulesOf = (findings: readonly Finding[]) => findings.map((f) => `${f.severity} ${f.field ?? ''} ${f.rule}`);

describe('the form runs the eligibility rules as the clerk types', () => {
  it('says the age error beside the birth date, citing the Constitution, and does not block the save for it', () => {
    const findings = factsFindings(factsOf(young()), ctx, TODAY, false);
    const age = findings.find((f) => f.rule === 'age.minimum');
    expect(age).toMatchObject({ severity: 'error', field: 'birthDate', legalRef: 'legal.const51_4', params: { minAge: 25, age: 22 } });
    expect(formFindings(young(), TODAY, false).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('is clean for an eligible candidate who handed everything in, but for the deposit note', () => {
    const ok = { ...young(), birthDate: '01.05.1990', iin: '900501300011', residentSince: '01.05.1990' };
    const findings = factsFindings(factsOf(ok), ctx, TODAY, false);
    expect(rulesOf(findings.filter((f) => f.severity !== 'info'))).toEqual([]);
    expect(findings.find((f) => f.rule === 'deposit.amount')).toMatchObject({ field: 'documents.deposit', params: { amount: 1_050_000 } });
  });

  it('warns of unknown declarations and missing documents while nominated', () => {
    const d = { ...young(), declarations: { ...young().declarations, corruption: 'unknown' as const }, documents: {} };
    const findings = factsFindings(factsOf(d), ctx, TODAY, false);
    expect(rulesOf(findings)).toEqual(
      expect.arrayContaining(['warning declarations.corruption declaration.corruption', 'warning documents.deposit documents.missing']),
    );
  });

  it('reads the time of receipt and refuses one that is not a time of day', () => {
    expect(readTime(' 9:05 ')).toBe('09:05');
    expect(readTime('1800')).toBe('18:00');
    expect(readTime('18.00')).toBe('18:00');
    expect(readTime('25:00')).toBe('25:00');
    expect(readTime('')).toBe('');
    expect(formFindings({ ...young(), receivedTime: '25:00' }, TODAY, false)).toMatchObject([
      { field: 'receivedTime', severity: 'error', messageKey: 'finding.timeInvalid' },
    ]);
  });

  it('a late nomination on the closing day is an error once the time is known', () => {
    const late = { ...young(), receivedOn: '08.02.2023', receivedTime: '18:01' };
    expect(rulesOf(factsFindings(factsOf(late), ctx, '2023-02-09', false))).toContain('error receivedOn deadline.nominationLate');
  });

  it('does not re-check the format of a person chosen from the ledger, but still says whether they may stand', () => {
    const d = { ...young(), iin: '000501500017' };
    const rules = factsFindings(factsOf(d), ctx, TODAY, true).map((f) => f.rule);
    expect(rules).toContain('age.minimum');
    expect(rules).not.toContain('iin.format');
    expect(isPersonField('declarations.corruption')).toBe(true);
    expect(isPersonField('documents.deposit')).toBe(false);
  });

  it('knows the nominating party for party nominations only', () => {
    const parties = [{ id: 4, code: 'amanat', depositStatus: 'exempt' }] as PartyView[];
    expect(nominatingParty({ kind: 'district-party', partyId: 4 }, parties)).toEqual({ code: 'amanat', depositStatus: 'exempt' });
    expect(nominatingParty({ kind: 'district-self', partyId: 4 }, parties)).toBeNull();
    expect(nominatingParty({ kind: 'party-list', partyId: 9 }, parties)).toBeNull();
  });
});

describe('findings from the service', () => {
  const age: Finding = { rule: 'age.minimum', severity: 'error', field: 'birthDate', messageKey: 'finding.age.tooYoung', params: { age: 22 } };
  const cross: Finding = { rule: 'cross.twoDistricts', severity: 'warning', field: 'districtId', messageKey: 'finding.cross.twoDistricts' };

  it('keeps only what the form cannot say itself', () => {
    expect(onlyFromService([age, cross], [age])).toEqual([cross]);
    expect(onlyFromService([{ ...age, field: 'person.birthDate' }], [age])).toEqual([]);
    expect(distinct([age, cross, { ...age }])).toEqual([age, cross]);
  });

  it('names nested form fields', () => {
    expect(formField('person.declarations.incapacity')).toBe('declarations.incapacity');
    expect(formField('nomination.documents.deposit')).toBe('documents.deposit');
    expect(formField('changes/minAge')).toBe('minAge');
    const refused = findingsOfError({ code: 'findings', messageKey: 'error.findings', findings: [{ ...age, field: 'person.birthDate' }] });
    expect(refused[0]?.field).toBe('birthDate');
  });

  it('offers each rule once as a ground, never a note', () => {
    const doc = (d: string): Finding => ({ rule: 'documents.missing', severity: 'warning', field: `documents.${d}`, messageKey: 'm' });
    const info: Finding = { rule: 'deposit.amount', severity: 'info', messageKey: 'm' };
    expect(groundsOf([age, doc('deposit'), doc('biography'), info]).map((g) => [g.rule, g.findings.length])).toEqual([
      ['age.minimum', 1],
      ['documents.missing', 2],
    ]);
  });
});

describe('catalog words for findings', () => {
  it('labels the parts of declarations and documents by their own catalog groups', () => {
    expect(fieldLabelKey('declarations.criminalRecord')).toBe('declaration.criminalRecord');
    expect(fieldLabelKey('documents.deposit')).toBe('document.deposit');
    expect(fieldLabelKey('birthDate')).toBe('field.birthDate');
  });

  it('says codes by name, deadlines as dd.mm.yyyy hh:mm and amounts grouped', () => {
    const words = { fieldLabel: (f: string) => `<${f}>`, word: (g: string, c: string) => `${g}:${c}`, number: (n: number) => `#${n}` };
    expect(
      localizeParams({ document: 'deposit', declaration: 'corruption', service: 'judge', closes: '2023-02-08T18:00', amount: 1050000, on: '2023-03-19' }, words),
    ).toEqual({
      document: 'document:deposit',
      declaration: 'declaration:corruption',
      service: 'serviceRestriction:judge',
      closes: '08.02.2023 18:00',
      amount: '#1050000',
      on: '19.03.2023',
    });
  });
});

describe('the decision dialog', () => {
  const error: Finding = { rule: 'age.minimum', severity: 'error', field: 'birthDate', messageKey: 'm' };
  const warning: Finding = { rule: 'residence.unknown', severity: 'warning', field: 'residentSince', messageKey: 'm' };

  it('a refusal starts on the errors that stand; other decisions on nothing', () => {
    expect(emptyDecision('refused', [error, warning, error]).rules).toEqual(['age.minimum']);
    expect(emptyDecision('registered', [error]).rules).toEqual([]);
  });

  it('wants a resolution number and a real date', () => {
    const d = emptyDecision('registered', []);
    expect(checkDecision(d, 'registered', 'district-self', profile, '2023-03-19').map((f) => [f.field, f.messageKey])).toEqual([
      ['resolutionNumber', 'finding.required'],
      ['resolutionDate', 'finding.required'],
    ]);
    const bad = { ...d, resolutionNumber: '12/345', resolutionDate: '31.02.2023' };
    expect(checkDecision(bad, 'registered', 'district-self', profile, '2023-03-19').map((f) => f.messageKey)).toEqual(['finding.dateInvalid']);
  });

  it('says at once that a district withdrawal is too near polling day, and a list one is not', () => {
    const d = { ...emptyDecision('withdrawn', []), resolutionNumber: '1', resolutionDate: '18.03.2023' };
    expect(checkDecision(d, 'withdrawn', 'district-self', profile, '2023-03-19')).toMatchObject([
      { rule: 'withdrawal.tooLate', severity: 'error', field: 'resolutionDate' },
    ]);
    expect(checkDecision(d, 'withdrawn', 'party-list', profile, '2023-03-19')).toEqual([]);
    expect(checkDecision({ ...d, resolutionDate: '10.03.2023' }, 'withdrawn', 'district-self', profile, '2023-03-19')).toEqual([]);
  });

  it('sends the decision as the service takes it', () => {
    const d = { resolutionNumber: ' 12/345 ', resolutionDate: '15.02.2023', rules: ['age.minimum'], text: ' ст. 51 ' };
    expect(decisionInput(d, { id: 7, version: 3 }, 'refused')).toEqual({
      id: 7,
      version: 3,
      decision: 'refused',
      resolutionNumber: '12/345',
      resolutionDate: '2023-02-15',
      grounds: { rules: ['age.minimum'], text: 'ст. 51' },
    });
  });
});

describe('decisions in the journal and the table', () => {
  it('finds the decision a journal row records', () => {
    expect(decisionOfChange({ decision: 'registered', resolutionNumber: '12/345', resolutionDate: '2023-02-15' })).toEqual({
      decision: 'registered',
      resolutionNumber: '12/345',
      resolutionDate: '2023-02-15',
    });
    expect(decisionOfChange({ decision: { decision: 'withdrawn', resolutionNumber: '12/400', resolutionDate: '2023-03-10' } })?.decision).toBe('withdrawn');
    expect(decisionOfChange({ surname: 'x' })).toBeNull();
    expect(decisionOfChange(null)).toBeNull();
  });

  it('says the subject and the decision of a row', () => {
    const message = (key: string, params?: Record<string, string | number>) => `${key}${JSON.stringify(params ?? {})}`;
    expect(journalDetail({ subject: 'Ахметов', action: 'nomination.decide', change: { decision: 'registered', resolutionNumber: '1', resolutionDate: '2023-02-15' } }, { message }, 'ru')).toBe(
      'Ахметов — journal.decided{"decision":"registered","number":"1","date":"2023-02-15"}',
    );
    expect(journalDetail({ subject: { kk: 'к', ru: 'р', en: 'e' }, action: 'party.create', change: {} }, { message }, 'ru')).toBe('р');
    expect(journalDetail({ subject: null, action: 'party.create', change: {} }, { message }, 'ru')).toBe('—');
  });

  it('says why an entry was voided or a mark taken back, what a correction corrected, and how many a list step moved', () => {
    const message = (key: string, params?: Record<string, string | number>) => `${key}${JSON.stringify(params ?? {})}`;
    expect(journalDetail({ subject: 'Ахметов', action: 'nomination.void', change: { reason: 'Дубль' } }, { message }, 'ru')).toBe(
      'Ахметов — journal.voided{"reason":"Дубль"}',
    );
    const correction = {
      correction: {
        decision: 'refused',
        before: { resolutionNumber: '1', resolutionDate: '2023-02-15' },
        after: { resolutionNumber: '2', resolutionDate: '2023-02-16' },
        reason: 'Опечатка',
      },
    };
    expect(journalDetail({ subject: 'Ахметов', action: 'decision.correct', change: correction }, { message }, 'ru')).toBe(
      'Ахметов — journal.corrected{"decision":"refused","beforeNumber":"1","beforeDate":"2023-02-15","afterNumber":"2","afterDate":"2023-02-16","reason":"Опечатка"}',
    );
    expect(journalDetail({ subject: 'А ≠ Б', action: 'person_distinction.withdraw', change: { after: { stands: 0, reason: 'Одно лицо' } } }, { message }, 'ru')).toBe(
      'А ≠ Б — journal.takenBack{"reason":"Одно лицо"}',
    );
    expect(journalDetail({ subject: 'Amanat', action: 'party_list.reorder', change: { moves: [{}, {}] } }, { message }, 'ru')).toBe(
      'Amanat — journal.moved{"count":2}',
    );
  });

  it('counts findings in words in the table', () => {
    const t = (key: string, p: Record<string, number>) => `${key}=${p.n ?? ''}`;
    expect(checksText({ errors: 1, warnings: 2 }, t)).toBe('table.checksErrors=1 · table.checksWarnings=2');
    expect(checksText({ errors: 0, warnings: 3 }, t)).toBe('table.checksWarnings=3');
    expect(checksText({ errors: 0, warnings: 0 }, t)).toBe('—');
  });

  it('asks for flagged nominations only when the filter is set', () => {
    expect(listInput(1, { ...NO_FILTERS, flag: 'errors' }, 0, 100)).toMatchObject({ flag: 'errors' });
    expect(listInput(1, NO_FILTERS, 0, 100)).not.toHaveProperty('flag');
  });
});

