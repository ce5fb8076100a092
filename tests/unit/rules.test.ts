import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/domain/finding';
import { checkCandidate, crossFindings, crossFindingsAll, requiredDocuments, type NominationFacts } from '../../src/domain/rules';
import { canDecide, decisionFindings } from '../../src/domain/workflow';
import { candidate, context, MASLIKHAT, MAZHILIS } from './rules-fixtures';

const TODAY = '2023-02-10';
const rules = (findings: Finding[]) => findings.map((f) => `${f.severity}:${f.rule}`);
/** Findings other than the deposit note, which every candidate gets. */
const notable = (findings: Finding[]) => rules(findings).filter((r) => r !== 'info:deposit.amount');

describe('an eligible candidate', () => {
  it('has no findings but the deposit due', () => {
    const findings = checkCandidate(candidate(), context(), TODAY);
    expect(notable(findings)).toEqual([]);
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'deposit.amount', params: expect.objectContaining({ amount: 1_050_000 }) }));
  });
});

describe('citizenship (Const. Art. 51(4))', () => {
  it('bars a foreign citizen and a stateless person', () => {
    for (const citizenship of ['other', 'none'] as const) {
      const [f] = checkCandidate(candidate({ citizenship }), context(), TODAY).filter((x) => x.rule === 'citizenship');
      expect(f).toMatchObject({ severity: 'error', field: 'citizenship', legalRef: 'legal.const51_4' });
    }
  });
});

describe('minimum age on the reference date', () => {
  const age = (birthDate: string, ctx = context()) =>
    checkCandidate(candidate({ birthDate, iin: '' }), ctx, TODAY).filter((f) => f.rule === 'age.minimum');

  it('counts a 25th birthday on election day as reached', () => {
    expect(age('1998-03-19')).toEqual([]);
    expect(age('1998-03-20')).toEqual([
      { rule: 'age.minimum', severity: 'error', field: 'birthDate', messageKey: 'finding.age.tooYoung', params: { minAge: 25, age: 24, on: '2023-03-19' }, legalRef: 'legal.const51_4' },
    ]);
  });

  it('lets a person born on 29 February reach the age on 28 February of a common year', () => {
    // Born 29 February 1996; 2021 is a common year, so the 25th birthday falls on 28 February 2021.
    const on = (date: string) => context({ profile: { ...MAZHILIS.profile, ageReferenceDate: date } });
    expect(age('1996-02-29', on('2021-02-28'))).toEqual([]);
    expect(age('1996-02-29', on('2021-02-27'))[0]?.params).toMatchObject({ age: 24, on: '2021-02-27' });
    // In a leap year the birthday is the 29th itself.
    expect(age('1996-02-29', on('2020-02-28'))[0]?.params).toMatchObject({ age: 23 });
    expect(age('1996-02-29', on('2020-02-29'))[0]?.params).toMatchObject({ age: 24 });
  });

  it('measures on the date the profile names, not always election day', () => {
    const early = context({ profile: { ...MAZHILIS.profile, ageReferenceDate: '2023-02-08' } });
    expect(age('1998-03-01')).toEqual([]);
    expect(age('1998-03-01', early)[0]?.params).toMatchObject({ age: 24, on: '2023-02-08' });
  });

  it('asks 20 years for a maslikhat, citing the law on local government', () => {
    const maslikhat = context({}, MASLIKHAT);
    expect(age('2003-03-19', maslikhat)).toEqual([]);
    expect(age('2003-03-20', maslikhat)[0]).toMatchObject({ params: { minAge: 20, age: 19 }, legalRef: 'legal.localGov5_2' });
  });
});

describe('residence for the last 10 years', () => {
  const residence = (residentSince: string, ctx = context()) =>
    checkCandidate(candidate({ residentSince }), ctx, TODAY).filter((f) => f.rule.startsWith('residence'));

  it('requires residence since ten years before the reference date or earlier', () => {
    expect(residence('2013-03-19')).toEqual([]);
    expect(residence('2013-03-20')).toEqual([
      expect.objectContaining({ rule: 'residence.years', severity: 'error', params: { years: 10, since: '2013-03-19' } }),
    ]);
  });

  it('warns when the date is not recorded', () => {
    expect(rules(residence(''))).toEqual(['warning:residence.unknown']);
  });

  it('asks nothing where the profile asks no residence (maslikhat)', () => {
    expect(residence('2022-01-01', context({}, MASLIKHAT))).toEqual([]);
  });
});

describe('the region of residence', () => {
  const region = (residenceRegion: string, ctx = context()) =>
    checkCandidate(candidate({ residenceRegion }), ctx, TODAY).filter((f) => f.field === 'residenceRegion');

  it('is one of the election’s regions, by code, or not stated', () => {
    expect(region('astana')).toEqual([]);
    expect(region('east-kazakhstan')).toEqual([]);
    expect(region('')).toEqual([]);
  });

  it('warns, naming the stored text, when the text names none of them, and changes nothing', () => {
    const facts = candidate({ residenceRegion: 'Павлодарская обл., г. Экибастуз' });
    expect(checkCandidate(facts, context(), TODAY).filter((f) => f.field === 'residenceRegion')).toEqual([
      { rule: 'residence.region', severity: 'warning', field: 'residenceRegion', messageKey: 'finding.residence.region', params: { text: 'Павлодарская обл., г. Экибастуз' } },
    ]);
    expect(facts.person.residenceRegion).toBe('Павлодарская обл., г. Экибастуз');
    // A code of a region the election does not have is not one of its regions either.
    expect(rules(region('astana', context({ regions: ['pavlodar'] })))).toEqual(['warning:residence.region']);
  });
});

describe('declarations', () => {
  it('bars on "yes", warns on "unknown", citing the Constitution or the Election Law', () => {
    const findings = checkCandidate(
      candidate({ declarations: { incapacity: 'yes', imprisonment: 'unknown', criminalRecord: 'no', corruption: 'yes' } }),
      context(),
      TODAY,
    ).filter((f) => f.rule.startsWith('declaration'));
    expect(findings.map((f) => [f.rule, f.severity, f.field, f.legalRef])).toEqual([
      ['declaration.incapacity', 'error', 'declarations.incapacity', 'legal.const33_3'],
      ['declaration.imprisonment', 'warning', 'declarations.imprisonment', 'legal.const33_3'],
      ['declaration.corruption', 'error', 'declarations.corruption', 'legal.electionLaw4_4'],
    ]);
    expect(findings[1]?.messageKey).toBe('finding.declarationUnknown.imprisonment');
  });
});

describe('party membership', () => {
  const amanat = { code: 'amanat', depositStatus: 'full' as const };
  const list = { kind: 'party-list' as const, partyId: 1, districtId: null, documents: { application: 'received', biography: 'received', consent: 'received', 'declaration-candidate': 'received', 'declaration-spouse': 'received', deposit: 'received', 'minutes-extract': 'received' } as const };

  it('requires a list candidate to belong to the nominating party', () => {
    const ctx = context({ party: amanat });
    expect(notable(checkCandidate(candidate({ partyMembership: 'amanat' }, list), ctx, TODAY))).toEqual([]);
    expect(notable(checkCandidate(candidate({ partyMembership: '' }, list), ctx, TODAY))).toEqual(['error:party.membership']);
    expect(notable(checkCandidate(candidate({ partyMembership: 'auyl' }, list), ctx, TODAY))).toEqual(['error:party.membership']);
  });

  it('follows the profile when it makes membership a warning or turns it off', () => {
    const warn = context({ party: amanat, profile: { ...MAZHILIS.profile, listMemberOfParty: 'warning' } });
    const off = context({ party: amanat, profile: { ...MAZHILIS.profile, listMemberOfParty: 'off' } });
    expect(notable(checkCandidate(candidate({}, list), warn, TODAY))).toEqual(['warning:party.membership']);
    expect(notable(checkCandidate(candidate({}, list), off, TODAY))).toEqual([]);
  });

  it('warns about a judge or serviceman on a list or in a party, not a self-nominated one', () => {
    const ctx = context({ party: amanat });
    expect(notable(checkCandidate(candidate({ partyMembership: 'amanat', serviceRestriction: 'judge' }, list), ctx, TODAY))).toEqual(['warning:party.barredProfession']);
    expect(notable(checkCandidate(candidate({ serviceRestriction: 'military' }), context(), TODAY))).toEqual([]);
    expect(notable(checkCandidate(candidate({ serviceRestriction: 'military', partyMembership: 'auyl' }), context(), TODAY))).toEqual(['warning:party.barredProfession']);
  });
});

describe('documents', () => {
  it('asks each kind for its documents, and a disability certificate where disability is claimed', () => {
    const self = candidate();
    expect(requiredDocuments(self, context()).sort()).toEqual(['application', 'biography', 'declaration-candidate', 'declaration-spouse', 'deposit']);
    const disabled = candidate({ disability: true });
    expect(requiredDocuments(disabled, context())).toContain('disability-certificate');
    const listed = candidate({}, { kind: 'party-list', partyId: 1, districtId: null });
    expect(requiredDocuments(listed, context({ party: { code: 'amanat', depositStatus: 'full' } }))).toEqual(
      expect.arrayContaining(['consent', 'minutes-extract', 'deposit']),
    );
  });

  it('asks no deposit of an exempt party’s nominees', () => {
    const listed = candidate({}, { kind: 'party-list', partyId: 1, districtId: null });
    expect(requiredDocuments(listed, context({ party: { code: 'amanat', depositStatus: 'exempt' } }))).not.toContain('deposit');
  });

  it('calls a missing document a warning while nominated and an error at registration', () => {
    const facts = candidate({}, { documents: { application: 'received', biography: 'received', 'declaration-candidate': 'received', 'declaration-spouse': 'not-applicable' } });
    expect(notable(checkCandidate(facts, context(), TODAY))).toEqual(['warning:documents.missing']);
    const atRegistration = checkCandidate(facts, context({ stage: 'registration' }), TODAY).filter((f) => f.rule === 'documents.missing');
    expect(atRegistration).toEqual([
      { rule: 'documents.missing', severity: 'error', field: 'documents.deposit', messageKey: 'finding.documentMissing.deposit', legalRef: 'legal.deposit' },
    ]);
  });

  it('computes the deposit from the minimum wage and the party’s rate', () => {
    const deposit = (status: 'full' | 'seventy' | 'half' | 'exempt') =>
      checkCandidate(candidate({}, { kind: 'district-party', partyId: 1 }), context({ party: { code: 'x', depositStatus: status } }), TODAY).find((f) => f.rule === 'deposit.amount')?.params?.amount;
    expect([deposit('full'), deposit('seventy'), deposit('half'), deposit('exempt')]).toEqual([1_050_000, 735_000, 525_000, 0]);
    const maslikhat = checkCandidate(candidate(), context({}, MASLIKHAT), TODAY).find((f) => f.rule === 'deposit.amount');
    expect(maslikhat?.params?.amount).toBe(350_000);
  });
});

describe('nomination deadline (18:00 local time of the closing day)', () => {
  const deadline = (receivedOn: string, receivedTime = '') =>
    rules(checkCandidate(candidate({}, { receivedOn, receivedTime }), context(), '2023-03-01').filter((f) => f.rule.startsWith('deadline')));

  it('accepts the nomination period and refuses before and after it', () => {
    expect(deadline('2023-01-20')).toEqual([]);
    expect(deadline('2023-02-07')).toEqual([]);
    expect(deadline('2023-01-19')).toEqual(['error:deadline.nominationEarly']);
    expect(deadline('2023-02-09')).toEqual(['error:deadline.nominationLate']);
  });

  it('on the last day, compares the time of receipt with 18:00', () => {
    expect(deadline('2023-02-08', '17:59')).toEqual([]);
    expect(deadline('2023-02-08', '18:00')).toEqual([]);
    expect(deadline('2023-02-08', '18:01')).toEqual(['error:deadline.nominationLate']);
    expect(deadline('2023-02-08', '')).toEqual(['warning:deadline.nominationTime']);
  });

  it('refuses a time that is not HH:MM', () => {
    expect(rules(checkCandidate(candidate({}, { receivedTime: '25:00' }), context(), TODAY))).toContain('error:format.time');
  });
});

describe('the IIN (§7)', () => {
  it('calls a wrong check digit an error and a date or sex differing from the entered one a warning only', () => {
    expect(notable(checkCandidate(candidate({ iin: '871008301421' }), context(), TODAY))).toEqual(['error:iin.format']);
    expect(notable(checkCandidate(candidate({ birthDate: '1987-10-09', residentSince: '1987-10-09' }), context(), TODAY))).toEqual(['warning:iin.birthDate']);
    expect(notable(checkCandidate(candidate({ sex: 'female' }), context(), TODAY))).toEqual(['warning:iin.sex']);
  });
});

describe('across candidates', () => {
  const facts = (n: Partial<NominationFacts>): NominationFacts => ({
    nominationId: 1, personId: 7, electionId: 1, electionKind: 'mazhilis', kind: 'party-list', partyId: 1, districtId: null, status: 'nominated', ...n,
  });
  const profile = MAZHILIS.profile;

  it('refuses the same person twice on one list, or on two parties’ lists', () => {
    const a = facts({ nominationId: 1 });
    expect(rules(crossFindings(a, [a, facts({ nominationId: 2 })], profile))).toEqual(['error:cross.sameList']);
    expect(rules(crossFindings(a, [a, facts({ nominationId: 2, partyId: 2 })], profile))).toEqual(['error:cross.twoLists']);
  });

  it('follows the profile for a list and a district, and for two districts', () => {
    const list = facts({ nominationId: 1 });
    const d1 = facts({ nominationId: 2, kind: 'district-self', partyId: null, districtId: 3 });
    const d2 = facts({ nominationId: 3, kind: 'district-party', partyId: 1, districtId: 4 });
    expect(rules(crossFindings(list, [list, d1], profile))).toEqual(['warning:cross.listAndDistrict']);
    expect(rules(crossFindings(d1, [d1, d2], profile))).toEqual(['warning:cross.twoDistricts']);
    const strict = { ...profile, listAndDistrict: 'error' as const, twoDistricts: 'error' as const };
    expect(rules(crossFindings(list, [list, d1], strict))).toEqual(['error:cross.listAndDistrict']);
    expect(rules(crossFindings(d1, [d1, d2], strict))).toEqual(['error:cross.twoDistricts']);
  });

  it('warns about a person nominated to another maslikhat, and ignores ended nominations', () => {
    const here = facts({ electionKind: 'maslikhat-district', kind: 'district-self', partyId: null, districtId: 1 });
    const there = facts({ nominationId: 2, electionId: 2, electionKind: 'maslikhat-regional', kind: 'district-self', partyId: null, districtId: 9 });
    expect(rules(crossFindings(here, [here, there], profile))).toEqual(['warning:cross.otherMaslikhat']);
    expect(crossFindings(here, [here, { ...there, status: 'withdrawn' }], profile)).toEqual([]);
    expect(crossFindings({ ...here, status: 'refused' }, [here, there], profile)).toEqual([]);
    // The Mazhilis and a maslikhat are different bodies: no warning.
    expect(crossFindings(facts({}), [facts({}), there], profile)).toEqual([]);
  });

  it('checks many nominations in one pass', () => {
    const all = [facts({ nominationId: 1 }), facts({ nominationId: 2 }), facts({ nominationId: 3, personId: 8 })];
    const result = crossFindingsAll(all, () => profile);
    expect([...result.keys()].sort()).toEqual([1, 2]);
    expect(result.has(3)).toBe(false);
  });
});

describe('the workflow', () => {
  it('allows nominated → registered or refused, registered → withdrawn or cancelled, and nothing else', () => {
    expect(canDecide('nominated', 'registered')).toBe(true);
    expect(canDecide('nominated', 'refused')).toBe(true);
    expect(canDecide('nominated', 'withdrawn')).toBe(false);
    expect(canDecide('registered', 'withdrawn')).toBe(true);
    expect(canDecide('registered', 'cancelled')).toBe(true);
    expect(canDecide('registered', 'refused')).toBe(false);
    for (const ended of ['refused', 'withdrawn', 'cancelled'] as const) expect(canDecide(ended, 'registered')).toBe(false);
  });

  it('warns about a registration decided after registration closed', () => {
    expect(decisionFindings('registered', 'district-self', '2023-02-18', MAZHILIS.profile, '2023-03-19')).toEqual([]);
    expect(rules(decisionFindings('registered', 'district-self', '2023-02-19', MAZHILIS.profile, '2023-03-19'))).toEqual(['warning:deadline.decisionLate']);
  });

  it('refuses a district candidate’s withdrawal within 2 days of polling day, not a list candidate’s', () => {
    expect(decisionFindings('withdrawn', 'district-self', '2023-03-17', MAZHILIS.profile, '2023-03-19')).toEqual([]);
    expect(decisionFindings('withdrawn', 'district-self', '2023-03-18', MAZHILIS.profile, '2023-03-19')).toEqual([
      expect.objectContaining({ rule: 'withdrawal.tooLate', severity: 'error', params: { lastDay: '2023-03-17', days: 2 } }),
    ]);
    expect(decisionFindings('withdrawn', 'party-list', '2023-03-18', MAZHILIS.profile, '2023-03-19')).toEqual([]);
  });
});
