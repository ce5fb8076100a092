import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { quotaFigures } from '../../src/domain/quota';
import { openDesk, type Desk } from './helpers';
import { addMembers, WOMAN } from './list-helpers';

// Issue 11, item 7: a party with no candidates showed «Выдвинут» and «0 из 0 — Квота соблюдена», and the quota report
// said «соблюдена: да». A list without candidates is not submitted and keeps no quota: in its status, its quota, the
// quota report, and the commission's decision on it.

let desk: Desk;
beforeEach(() => {
  desk = openDesk('clerk.test', () => new Date('2023-03-01T03:30:00Z'));
});
afterEach(() => desk.close());

function election() {
  const e = desk.must('elections.create', { preset: 'mazhilis-2023' });
  const [withList, empty] = desk.must('parties.list', { electionId: e.id });
  if (!withList || !empty) throw new Error('the Mazhilis preset has parties');
  addMembers(desk, e.id, withList.id, withList.code, [WOMAN]);
  return { e, withList, empty };
}

describe('a list without candidates', () => {
  it('keeps no quota: an empty list is not compliant', () => {
    const none = quotaFigures([], { quotaShare: 0.3, youthAgeBelow: 29, ageReferenceDate: 'election-day' }, '2023-03-19');
    expect(none).toMatchObject({ length: 0, count: 0, required: 0, compliant: false, missing: 0 });
  });

  it('is shown as not submitted, not compliant, with the finding that it has no candidates', () => {
    const { e, withList, empty } = election();
    const lists = desk.must('lists.list', { electionId: e.id });
    const summary = lists.find((l) => l.partyId === empty.id);
    expect(summary?.status).toBe('empty');
    expect(summary?.quota.compliant).toBe(false);
    expect(summary?.findings).toEqual([{ rule: 'list.empty', severity: 'error', field: 'list', messageKey: 'finding.list.empty', legalRef: 'legal.nomination' }]);
    const standing = lists.find((l) => l.partyId === withList.id);
    expect([standing?.status, standing?.quota.compliant]).toEqual(['submitted', true]);
    // Every party of the preset but the one with a candidate.
    expect(lists.filter((l) => l.status === 'empty')).toHaveLength(lists.length - 1);
  });

  it('says «not submitted» and «no» in the quota report', async () => {
    const { e, withList, empty } = election();
    const file = join(desk.dir, 'quota.xlsx');
    const result = await desk.service.streamFile('reports.export', { electionId: e.id, report: 'quota', lang: 'ru' }, createWriteStream(file));
    expect(result.ok).toBe(true);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const ws = book.worksheets[0] as ExcelJS.Worksheet;
    const rows = new Map<unknown, unknown[]>();
    ws.eachRow((row, n) => {
      if (n > 7) rows.set(row.getCell(1).value, (row.values as unknown[]).slice(1, 12));
    });
    expect(rows.get(empty.short.ru)).toEqual([empty.short.ru, 'Не представлен', 0, 90, 0, 0, 0, 0, 0, 0, 'нет']);
    expect(rows.get(withList.short.ru)).toEqual([withList.short.ru, 'Представлен', 1, 90, 1, 0, 0, 1, 1, 1, 'да']);
  });

  it('takes no decision: neither registered nor refused, and nothing is written', () => {
    const { e, empty } = election();
    const before = desk.must('journal.verify', {}).entries;
    for (const decision of ['registered', 'refused'] as const) {
      const result = desk.service.call('lists.decide', {
        electionId: e.id, partyId: empty.id, version: 1, decision, resolutionNumber: '1/1', resolutionDate: '2023-02-20',
        grounds: { rules: decision === 'refused' ? ['list.empty'] : [], text: '' },
      });
      expect(result).toEqual({ ok: false, error: { code: 'conflict', messageKey: 'error.listEmpty', params: { party: empty.shortName }, field: 'decision' } });
    }
    expect(desk.must('journal.verify', {}).entries).toBe(before);
  });

  it('is empty again once its only candidate is refused, and says so', () => {
    const { e, withList } = election();
    const [member] = desk.must('lists.get', { electionId: e.id, partyId: withList.id }).members;
    if (!member) throw new Error('the list has its candidate');
    desk.must('nominations.decide', {
      id: member.nominationId, version: member.version, decision: 'refused', resolutionNumber: '2/1', resolutionDate: '2023-02-20',
      grounds: { rules: [], text: 'заявление отозвано' },
    });
    const summary = desk.must('lists.list', { electionId: e.id }).find((l) => l.partyId === withList.id);
    expect([summary?.status, summary?.quota.compliant, summary?.findings.map((f) => f.rule)]).toEqual(['empty', false, ['list.empty']]);
  });
});
