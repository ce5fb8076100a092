import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/domain/finding';
import { ballotFindings } from '../../src/domain/ballot';
import { createI18n } from '../../src/domain/i18n';
import { IMPORT_CELL_KEYS, IMPORT_CELL_RULE } from '../../src/domain/import-row';
import { IMPORT_FAILURE_KEYS } from '../../src/imports/read-workbook';
import { ENTITIES, JOURNAL_ACTIONS } from '../../src/ledger/journal-actions';
import { checkCandidate, crossFindings, listFindings, mandateFindings, namesakeFindings, seatFindings, type NominationFacts } from '../../src/domain/rules';
import { DECISIONS, DOCUMENTS, LANGS, NOMINATION_STATUSES } from '../../src/domain/types';
import { decisionFindings } from '../../src/domain/workflow';
import { candidate, context, MAZHILIS } from './rules-fixtures';

// What the domain and the service say must read in all three languages: every message key and legal reference a
// finding can carry, every error key the service and the ledger name, and the nested names inside them.

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Findings of every rule, from candidates built to break each one. */
function everyFinding(): Finding[] {
  const all = [
    candidate({ citizenship: 'none', birthDate: '2010-01-01', residentSince: '', iin: '871008301421', surname: '', residenceRegion: 'Марс' }, { receivedOn: '2023-01-01', documents: {} }),
    candidate({ declarations: { incapacity: 'yes', imprisonment: 'yes', criminalRecord: 'yes', corruption: 'yes' }, disability: true, sex: 'female', birthDate: '1987-10-09', serviceRestriction: 'judge', partyMembership: 'auyl', residentSince: '' }, { receivedOn: '2023-02-08', receivedTime: '', documents: {} }),
    candidate({ declarations: { incapacity: 'unknown', imprisonment: 'unknown', criminalRecord: 'unknown', corruption: 'unknown' }, residentSince: '2020-01-01' }, { receivedOn: '2023-03-01', receivedTime: '99' }),
    candidate({}, { kind: 'party-list', partyId: 1, districtId: null, listPosition: 0, documents: {} }),
    candidate({}, { kind: 'district-association', associationName: '', districtId: null, receivedOn: '' }),
    candidate({}, { documents: { application: 'not-applicable', deposit: 'not-applicable' } }),
  ].flatMap((facts, i) =>
    checkCandidate(facts, context({ stage: i % 2 === 0 ? 'registration' : 'nomination', party: i === 3 ? { code: 'amanat', depositStatus: 'exempt' } : null }), '2023-03-01'),
  );
  const f = (n: Partial<NominationFacts>): NominationFacts => ({ nominationId: 1, personId: 1, electionId: 1, electionKind: 'maslikhat-district', kind: 'party-list', partyId: 1, districtId: null, status: 'nominated', ...n });
  const d = f({ nominationId: 5, kind: 'district-self', partyId: null, districtId: 2 });
  all.push(...crossFindings(f({}), [f({}), f({ nominationId: 2 }), f({ nominationId: 3, partyId: 2 }), d, f({ nominationId: 6, electionId: 2 })], MAZHILIS.profile));
  all.push(...crossFindings(d, [d, f({ nominationId: 7, kind: 'district-self', partyId: null, districtId: 3 })], MAZHILIS.profile));
  all.push(...decisionFindings('registered', 'district-self', '2023-03-18', MAZHILIS.profile, '2023-03-19'));
  all.push(...decisionFindings('withdrawn', 'district-self', '2023-03-18', MAZHILIS.profile, '2023-03-19'));
  const quota = { length: 91, count: 1, required: 28, share: 1 / 91, compliant: false, missing: 27, women: 1, youth: 0, disabled: 0 };
  all.push(...listFindings({ length: 91, maxLength: 90, quota, registered: false }, MAZHILIS.profile));
  all.push(...listFindings({ length: 0, maxLength: 90, quota: { ...quota, length: 0, count: 0, required: 0, missing: 0 }, registered: false }, MAZHILIS.profile));
  all.push(...mandateFindings({ seats: 10, designated: 9, quotaCount: 0 }, MAZHILIS.profile));
  for (const unfilledSeats of ['redistribute', 'vacant'] as const) all.push(...seatFindings({ won: 6, seats: 3, candidates: 3 }, { unfilledSeats }));
  all.push(...seatFindings({ won: 4, seats: 7, candidates: 10 }, MAZHILIS.profile));
  all.push(...namesakeFindings([{ personId: 2, iin: '871008301420' }]));
  all.push(...ballotFindings({ state: 'differs', fields: { surname: 'differs', givenName: 'waiting', districtId: 'changed', iin: 'verified' } }, { ballotVerification: true }));
  return all;
}

describe('what the domain says', () => {
  const findings = everyFinding();

  it('covers every kind of rule', () => {
    const rules = new Set(findings.map((x) => x.rule));
    for (const rule of ['citizenship', 'age.minimum', 'residence.years', 'residence.unknown', 'residence.region', 'declaration.corruption', 'party.membership',
      'party.barredProfession', 'documents.missing', 'documents.notWaivable', 'deposit.amount', 'deadline.nominationEarly', 'deadline.nominationLate',
      'deadline.nominationTime', 'deadline.decisionLate', 'withdrawal.tooLate', 'cross.sameList', 'cross.twoLists', 'cross.listAndDistrict',
      'cross.twoDistricts', 'cross.otherMaslikhat', 'list.length', 'list.quota', 'list.empty', 'mandate.count', 'mandate.quota', 'seats.overCandidates', 'seats.received', 'person.namesake', 'iin.format', 'iin.birthDate', 'iin.sex', 'format.required', 'format.time', 'format.listPosition', 'ballot.waiting', 'ballot.changed', 'ballot.differs'])
      expect(rules.has(rule), rule).toBe(true);
  });

  for (const lang of LANGS) {
    it(`reads in ${lang}: every message, legal reference and rule name exists`, () => {
      const i18n = createI18n(lang, 'core');
      for (const f of findings) {
        expect(i18n.exists(f.messageKey), f.messageKey).toBe(true);
        expect(i18n.exists(`rule.${f.rule}`), `rule.${f.rule}`).toBe(true);
        if (f.legalRef) expect(i18n.exists(f.legalRef), f.legalRef).toBe(true);
        expect(i18n.t(f.messageKey, f.params ?? {})).not.toMatch(/\{\{|\$t\(/);
      }
    });
  }
});

describe('the journal', () => {
  it('lists each action once, about an entity the journal records', () => {
    const actions = JOURNAL_ACTIONS.map((a) => a.action);
    expect(new Set(actions).size).toBe(actions.length);
    for (const { action, entity } of JOURNAL_ACTIONS) expect(ENTITIES, action).toContain(entity);
  });

  for (const lang of LANGS) {
    it(`names every action and entity in ${lang}, and no action the ledger cannot record`, () => {
      const i18n = createI18n(lang, 'core');
      for (const { action } of JOURNAL_ACTIONS) expect(i18n.exists(`action.${action}`), `action.${action}`).toBe(true);
      for (const entity of ENTITIES) expect(i18n.exists(`entity.${entity}`), `entity.${entity}`).toBe(true);
      const catalog = JSON.parse(readFileSync(join(__dirname, `../../resources/locales/${lang}/core.json`), 'utf8')) as {
        action: Record<string, Record<string, string>>;
      };
      const named = Object.entries(catalog.action).flatMap(([entity, verbs]) => Object.keys(verbs).map((verb) => `${entity}.${verb}`));
      expect(named.sort()).toEqual(JOURNAL_ACTIONS.map((a) => a.action).sort());
    });
  }
});

describe('what the service, the ledger and the host say', () => {
  const literal = /messageKey:\s*['"]([\w.-]+)['"]|LedgerError\(\s*['"]([\w.-]+)['"]|['"](host\.[\w-]+)['"]/g;
  const used = new Set<string>();
  for (const dir of ['service', 'ledger', 'host', 'domain'])
    for (const file of sourceFiles(join(__dirname, '../../src', dir)))
      for (const m of readFileSync(file, 'utf8').matchAll(literal)) used.add(m[1] ?? m[2] ?? m[3] ?? '');

  for (const lang of LANGS) {
    it(`reads in ${lang}, nested names included`, () => {
      const i18n = createI18n(lang, 'core');
      expect(used.size).toBeGreaterThan(20);
      for (const key of used) expect(i18n.exists(key), key).toBe(true);
      for (const from of NOMINATION_STATUSES)
        for (const decision of DECISIONS)
          expect(i18n.t('error.illegalTransition', { from, decision })).not.toMatch(/\$t\(|decision\.|status\./);
      for (const doc of DOCUMENTS) expect(i18n.exists(`document.${doc}`), doc).toBe(true);
      expect(i18n.t('error.profileSettingFixed', { setting: 'minAge' })).not.toMatch(/\$t\(|setting\./);
      for (const key of [...Object.values(IMPORT_CELL_KEYS), ...Object.values(IMPORT_FAILURE_KEYS)]) expect(i18n.exists(key), key).toBe(true);
      expect(i18n.exists(`rule.${IMPORT_CELL_RULE}`)).toBe(true);
    });
  }
});
