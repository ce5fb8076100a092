import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPORTS } from '../../src/domain/records';
import { openDesk, person, type Desk } from './helpers';

// Issue 14, item 2: every report and every printed document gives the journal's position with its head hash, so a
// paper can be held against the ledger (and a seal or a backup) it came from. One check per report kind and per
// printed document, each against the journal as it stands.

let desk: Desk;
let head: { seq: number; hash: string };
let partyId: number;
let districtId: number;

beforeEach(() => {
  desk = openDesk('clerk.reports', () => new Date('2023-03-01T03:30:00Z'));
  desk.must('elections.create', { preset: 'mazhilis-2023' });
  partyId = desk.must('parties.list', { electionId: 1 }).find((p) => p.code === 'amanat')?.id ?? 0;
  districtId = desk.must('districts.list', { electionId: 1 })[0]?.id ?? 0;
  desk.must('nominations.create', {
    electionId: 1,
    person: person(),
    nomination: { kind: 'party-list', partyId, associationName: '', districtId: null, listPosition: null, receivedOn: '2023-02-01' },
  });
  const verified = desk.must('journal.verify', {});
  head = { seq: desk.must('journal.list', { limit: 1 }).rows[0]?.seq ?? 0, hash: verified.headHash };
  expect(head.seq).toBeGreaterThan(10);
});
afterEach(() => desk.close());

describe('the journal position and head hash', () => {
  for (const report of REPORTS) {
    it(`are in the title block of the ${report} report, in each language`, async () => {
      for (const [lang, line] of [
        ['en', `Journal: entry ${head.seq}, hash of the last entry ${head.hash}`],
        ['ru', `Журнал: запись № ${head.seq}, хеш последней записи ${head.hash}`],
        ['kk', `Журнал: № ${head.seq} жазба, соңғы жазбаның хеші ${head.hash}`],
      ] as const) {
        const file = join(desk.dir, `${report}-${lang}.xlsx`);
        const written = await desk.service.streamFile('reports.export', { electionId: 1, report, lang }, createWriteStream(file));
        expect(written.ok).toBe(true);
        const book = new ExcelJS.Workbook();
        await book.xlsx.readFile(file);
        for (const sheet of book.worksheets) expect(sheet.getCell('A5').text, `${report} ${lang} ${sheet.name}`).toBe(line);
      }
      const preview = desk.must('reports.preview', { electionId: 1, report, lang: 'en' });
      expect(preview.title).toMatchObject({ journalSeq: head.seq, journalHead: head.hash });
    });
  }

  for (const request of [
    { document: 'party-list' as const, partyId, order: 'submitted' as const },
    { document: 'district' as const, districtId },
    { document: 'quota' as const },
  ]) {
    it(`are on the printed ${request.document} document`, () => {
      const input = { electionId: 1, lang: 'ru' as const, ...request, ...(request.document === 'party-list' ? { partyId } : {}), ...(request.document === 'district' ? { districtId } : {}) };
      expect(desk.must('print.document', input)).toMatchObject({ journalSeq: head.seq, journalHead: head.hash });
    });
  }
});
