import { describe, expect, it } from 'vitest';
import { isResult } from '../../src/renderer/api/client';
import { tokenFromHash } from '../../src/renderer/api/token';
import { chooseLanguage } from '../../src/renderer/i18n/language';
import { localizeParams } from '../../src/renderer/i18n/messages';
import { localAt, todayAt, utcOffsetLabel } from '../../src/domain/dates';
import { formatNumber } from '../../src/domain/numbers';
import { dateParts, formatMoment } from '../../src/renderer/lib/dates';
import { byField, countBySeverity, findingsOfError, formField } from '../../src/renderer/lib/findings';
import { NO_FILTERS, listInput } from '../../src/renderer/screens/candidates/filters';
import { pagesOf } from '../../src/renderer/queries/pages';
import { checkNewElection, electionInput } from '../../src/renderer/screens/elections/new-election';
import type { PresetView } from '../../src/service/views';

describe('token from the address', () => {
  it('reads #token=… and nothing else', () => {
    expect(tokenFromHash('#token=abc_DEF-1')).toBe('abc_DEF-1');
    expect(tokenFromHash('#x=1&token=t2')).toBe('t2');
    expect(tokenFromHash('')).toBeNull();
    expect(tokenFromHash('#token=')).toBeNull();
    expect(tokenFromHash('#main')).toBeNull();
  });
});

describe('result envelope', () => {
  it('accepts the two shapes of a Result and nothing else', () => {
    expect(isResult({ ok: true, value: [] })).toBe(true);
    expect(isResult({ ok: false, error: { code: 'stale', messageKey: 'error.stale' } })).toBe(true);
    expect(isResult({ ok: false, error: 'nope' })).toBe(false);
    expect(isResult({ ok: true })).toBe(false);
    expect(isResult('<html>')).toBe(false);
    expect(isResult(null)).toBe(false);
  });
});

describe('language choice', () => {
  it('prefers the remembered language, then the browser, then English', () => {
    expect(chooseLanguage('ru', ['kk-KZ'])).toBe('ru');
    expect(chooseLanguage(null, ['kk-KZ', 'ru'])).toBe('kk');
    expect(chooseLanguage('de', ['ru-RU'])).toBe('ru');
    expect(chooseLanguage(null, ['de-DE', 'en-US'])).toBe('en');
    expect(chooseLanguage(null, ['fr'])).toBe('en');
  });
});

describe('dates and numbers', () => {
  it("takes today at the commission's offset from UTC, whatever the machine's zone", () => {
    // 19:30 UTC on 18 March is already 01:30 on polling day in Astana (UTC+6), and still the 18th in Aktau (UTC+5).
    const moment = new Date('2023-03-18T19:30:00Z');
    expect(todayAt(moment, 6)).toBe('2023-03-19');
    expect(todayAt(moment, 5)).toBe('2023-03-19');
    expect(todayAt(new Date('2023-03-18T18:59:00Z'), 5)).toBe('2023-03-18');
    expect(localAt(moment, 6)).toEqual({ date: '2023-03-19', time: '01:30' });
    expect(localAt(new Date('2024-02-29T23:00:00Z'), 5)).toEqual({ date: '2024-03-01', time: '04:00' });
    expect([utcOffsetLabel(6), utcOffsetLabel(0), utcOffsetLabel(-9)]).toEqual(['UTC+6', 'UTC', 'UTC−9']);
  });
  it('formats a journal moment as dd.mm.yyyy hh:mm:ss', () => {
    expect(formatMoment(new Date(2023, 1, 8, 18, 0, 5).toISOString())).toBe('08.02.2023 18:00:05');
    expect(formatMoment('not a time')).toBe('not a time');
    // A worded stamp is not an instant: Date would read 01.12.2026 as 12 January.
    expect(formatMoment('01.12.2026 14:05 (UTC+6)')).toBe('01.12.2026 14:05 (UTC+6)');
  });
  it('splits an ISO date', () => {
    expect(dateParts('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(dateParts('29.02.2024')).toBeNull();
  });
  it('groups thousands', () => {
    expect(formatNumber(100000, 'ru')).toBe('100\u00a0000');
    expect(formatNumber(200059, 'en')).toBe('200,059');
    expect(formatNumber(999, 'en')).toBe('999');
  });
  it('shows ISO parameters as dd.mm.yyyy and field names as labels', () => {
    const label = (f: string) => `<${f}>`;
    expect(localizeParams({ iinDate: '1987-10-08', field: 'regionCode', max: 5 }, label)).toEqual({
      iinDate: '08.10.1987',
      field: '<regionCode>',
      max: 5,
    });
  });
});

describe('service errors as findings', () => {
  it('names the form field whatever the path', () => {
    expect(formField('person.iin')).toBe('iin');
    expect(formField('nomination/districtId')).toBe('districtId');
    expect(formField('iin')).toBe('iin');
    expect(formField(undefined)).toBeUndefined();
  });
  it('puts a conflict beside its field and keeps a general error general', () => {
    const conflict = findingsOfError({ code: 'conflict', messageKey: 'error.iinTaken', params: { iin: '1' }, field: 'person.iin' });
    expect(conflict).toMatchObject([{ field: 'iin', severity: 'error', messageKey: 'error.iinTaken' }]);
    expect(findingsOfError({ code: 'stale', messageKey: 'error.stale' })).toEqual([]);
    const listed = findingsOfError({
      code: 'findings',
      messageKey: 'error.findings',
      findings: [{ rule: 'r', severity: 'error', field: 'person.surname', messageKey: 'finding.required' }],
    });
    expect(byField(listed).get('surname')).toHaveLength(1);
    expect(countBySeverity(listed)).toEqual({ error: 1, warning: 0, info: 0 });
  });
});

describe('pages of the candidates table', () => {
  it('finds the pages that hold the rows in view', () => {
    expect(pagesOf([0, 1, 99, 100, 250], 100)).toEqual([0, 1, 2]);
    expect(pagesOf([], 100)).toEqual([]);
  });
  it('asks only for the filters that are set', () => {
    expect(listInput(3, { ...NO_FILTERS, search: ' ұзақ ', partyId: '7' }, 200, 100)).toEqual({
      electionId: 3,
      query: 'ұзақ',
      partyId: 7,
      sort: 'name',
      offset: 200,
      limit: 100,
    });
  });
});

describe('new election', () => {
  const regional: PresetView = {
    id: 'maslikhat-regional-2023',
    kind: 'maslikhat-regional',
    name: { kk: 'k', ru: 'r', en: 'e' },
    electionDay: '2023-03-19',
    listMandates: 0,
    needs: { region: true, councilName: false, listMandates: true, districtCount: true },
  };
  const draft = { preset: regional.id, regionCode: '', councilName: '', listMandates: '', districtCount: '0' };
  it('asks for what the preset needs', () => {
    expect(checkNewElection(draft, regional).map((f) => [f.field, f.messageKey])).toEqual([
      ['regionCode', 'finding.required'],
      ['listMandates', 'finding.required'],
      ['districtCount', 'create.countRange'],
    ]);
    expect(checkNewElection(draft, undefined).map((f) => f.field)).toEqual(['preset']);
  });
  it('sends only the fields the preset needs', () => {
    const ready = { ...draft, regionCode: 'abai', listMandates: '15', districtCount: '15', councilName: 'x' };
    expect(checkNewElection(ready, regional)).toEqual([]);
    expect(electionInput(ready, regional)).toEqual({
      preset: 'maslikhat-regional-2023',
      regionCode: 'abai',
      listMandates: 15,
      districtCount: 15,
    });
  });
});
