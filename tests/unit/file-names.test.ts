import { expect, it } from 'vitest';
import { errorReportFileName, fileStem, reportFileName, templateFileName } from '../../src/domain/file-names';
import { previewInput } from '../../src/renderer/queries/imports';

it('names the files the desk writes the same way in both transports', () => {
  expect(reportFileName('quota', 3, '2023-02-05')).toBe('quota-3-2023-02-05.xlsx');
  expect(templateFileName('party-list', 'kk')).toBe('template-party-list-kk.xlsx');
  expect(errorReportFileName('Тізім «Аманат».xlsx')).toBe('Тізім «Аманат»-errors.xlsx');
  expect(errorReportFileName('list.XLSX')).toBe('list-errors.xlsx');
});

it('keeps nothing of a clerk’s file name that could name a folder or upset Windows', () => {
  expect(fileStem('C:\\Users\\clerk\\list.xlsx')).toBe('list');
  expect(fileStem('../../etc/passwd')).toBe('passwd');
  expect(fileStem('a:b*c?"d"<e>|f\u0007.xlsx')).toBe('a_b_c__d__e__f_');
  expect(fileStem('...hidden.xlsx')).toBe('hidden');
  expect(fileStem('x'.repeat(300)).length).toBe(100);
  expect(errorReportFileName('')).toBe('import-errors.xlsx');
  expect(errorReportFileName('.xlsx')).toBe('import-errors.xlsx');
});

it('asks for a page of the preview with the party and the sheet only when one is chosen', () => {
  const query = { electionId: 1, fileId: 'abcdefgh', partyId: null, sheet: null, only: 'problems' as const };
  expect(previewInput(query, 500, 500)).toEqual({ electionId: 1, fileId: 'abcdefgh', only: 'problems', offset: 500, limit: 500 });
  expect(previewInput({ ...query, partyId: 4 }, 0, 500)).toMatchObject({ partyId: 4, offset: 0 });
  expect(previewInput({ ...query, sheet: 'Тізім 2' }, 0, 500)).toEqual({ electionId: 1, fileId: 'abcdefgh', sheet: 'Тізім 2', only: 'problems', offset: 0, limit: 500 });
});
