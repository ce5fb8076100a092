import type { Download, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { DOCUMENTS, type Documents, type PersonInput, type Sex } from '../../src/domain/types';
import { makeIin } from '../fixtures/iin';
import { expect, test, type Desk } from './fixtures';

// Issue 5's "Must show", end to end in the browser mode: a clerk opens Reports in the Russian UI, previews the
// registered candidates by party list and the quota compliance, exports each to Excel (POST /file/reports.export, a download),
// and the downloaded workbook, read back with exceljs, holds the Cyrillic names and the quota share.

test.use({ locale: 'ru-RU' });

const ALL_DOCUMENTS: Documents = Object.fromEntries(DOCUMENTS.map((d) => [d, 'received']));
let serial = 0;

function seed(desk: Desk, partyId: number, partyCode: string, surname: string, givenName: string, sex: Sex, birthDate: string): void {
  serial++;
  const person: PersonInput = {
    surname, givenName, patronymic: '', iin: makeIin(birthDate, sex, 500 + serial * 13),
    birthDate, sex, citizenship: 'KZ', residentSince: birthDate, disability: false, residenceRegion: 'astana',
    residenceSettlement: 'Астана', education: 'higher', occupation: 'учитель', workplace: 'школа № 5', partyMembership: partyCode,
    nationality: '', declarations: { incapacity: 'no', imprisonment: 'no', criminalRecord: 'no', corruption: 'no' },
    serviceRestriction: '',
  };
  desk.must('nominations.create', {
    electionId: 1,
    person,
    nomination: { kind: 'party-list', partyId, receivedOn: '2023-02-01', receivedTime: '10:00', documents: ALL_DOCUMENTS },
  });
}

function register(desk: Desk, partyId: number): void {
  const list = desk.must('lists.get', { electionId: 1, partyId, order: 'submitted' });
  desk.must('lists.decide', { electionId: 1, partyId, version: list.version, decision: 'registered', resolutionNumber: '7/12',
    resolutionDate: '2023-02-16', grounds: { rules: [], text: '' } });
}

/** Every cell value of the workbook, by sheet. */
async function cells(path: string): Promise<Map<string, ExcelJS.CellValue[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const out = new Map<string, ExcelJS.CellValue[][]>();
  workbook.eachSheet((sheet) => {
    const rows: ExcelJS.CellValue[][] = [];
    sheet.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
    out.set(sheet.name, rows);
  });
  return out;
}

async function exportNow(page: Page): Promise<{ download: Download; path: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Экспорт в Excel' }).click()]);
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  return { download, path };
}

test('a report is previewed, exported from the UI and the downloaded workbook holds its values', async ({ page, desk }) => {
  const [first, second] = desk.must('parties.list', { electionId: 1 });
  if (!first || !second) throw new Error('the Mazhilis preset has parties');
  seed(desk, first.id, first.code, 'Әлиева', 'Гүлнар', 'female', '1981-05-05');
  seed(desk, first.id, first.code, 'Бекетов', 'Ерлан', 'male', '1975-04-04');
  seed(desk, first.id, first.code, 'Қасымова', 'Айгүл', 'female', '1968-02-02');
  seed(desk, first.id, first.code, 'Жұмабаев', 'Нұрлан', 'male', '1990-09-09');
  seed(desk, second.id, second.code, 'Өтепова', 'Сәуле', 'female', '1985-03-03');
  register(desk, first.id);
  register(desk, second.id);

  await page.goto(desk.url);
  await page.getByRole('button', { name: /^Открыть:/ }).click();
  await page.getByRole('button', { name: 'Отчёты' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Отчёты' })).toBeVisible();
  await expect(page.getByLabel('Отчёт', { exact: true })).toHaveValue('party-lists');
  await expect(page.getByLabel('Язык отчёта')).toHaveValue('ru');

  // The preview: the title block and the first rows of the first list's sheet.
  const preview = page.getByRole('region', { name: 'Предварительный просмотр' });
  await expect(preview).toContainText('Центральная избирательная комиссия Республики Казахстан');
  await expect(preview.getByRole('table')).toContainText('Әлиева');
  await expect(preview.getByRole('table')).toContainText('Гүлнар');
  await page.screenshot({ path: test.info().outputPath('reports.png') });

  const lists = await exportNow(page);
  // <report>-<election>-<today>.xlsx
  expect(lists.download.suggestedFilename()).toMatch(/^party-lists-1-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await expect(page.getByRole('status').filter({ hasText: 'скачан' })).toHaveText(`Файл «${lists.download.suggestedFilename()}» скачан.`);
  const listSheets = await cells(lists.path);
  const listValues = [...listSheets.values()].flat(2).map(String);
  for (const name of ['Әлиева', 'Бекетов', 'Қасымова', 'Жұмабаев', 'Өтепова']) expect(listValues).toContain(name);
  expect(listValues).toContain('Центральная избирательная комиссия Республики Казахстан');

  // Quota compliance: 2 of 4 in the first list, a share of one half, stored as a number.
  await page.getByLabel('Отчёт', { exact: true }).selectOption('quota');
  await expect(preview.getByRole('table')).toContainText(first.shortName);
  const quota = await exportNow(page);
  const quotaRows = [...(await cells(quota.path)).values()].flat();
  const ours = quotaRows.find((row) => row[0] === first.shortName);
  // List, status, length, limit, women, under 29, with disability, quota persons, required, share, compliant.
  expect(ours).toEqual([first.shortName, 'Зарегистрирован', 4, 90, 2, 0, 0, 2, 2, 0.5, 'да']);
});
