import type { Page } from '@playwright/test';
import { catalogs } from '../../src/domain/i18n';
import { makeIin } from '../fixtures/iin';
import { fillTemplate, type TemplateRow } from '../fixtures/workbooks';
import { expect, test } from './fixtures';

// Issue 11, item 9, in the import preview, in Russian: a row of a person on file under another IIN (typed without the
// Kazakh letters), and two rows of one person under two IINs, are warned at their rows before anything is recorded.

test.use({ locale: 'ru-RU' });

const ru = catalogs.ru.core;
const NO = ru.declarationAnswer.no;

function row(surname: string, givenName: string, patronymic: string, iin: string, birthIso: string, sex: 'female' | 'male'): TemplateRow {
  const birth = new Date(`${birthIso}T00:00:00Z`);
  return {
    surname, givenName, patronymic, iin, birthDate: birth, sex: ru.sex[sex], citizenship: ru.citizenship.KZ, residentSince: birth,
    disability: NO, residenceRegion: 'город Астана', declIncapacity: NO, declImprisonment: NO, declCriminalRecord: NO, declCorruption: NO,
  };
}

async function pick(page: Page, file: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Выбрать книгу…' }).click()]);
  await chooser.setFiles(file);
}

test('the same person under another IIN is warned at the row of the preview', async ({ page, desk }) => {
  const onFile = makeIin('1970-03-04', 'male', 11);
  desk.must('persons.create', {
    person: { surname: 'Ұзақов', givenName: 'Әлихан', patronymic: 'Серікұлы', iin: onFile, birthDate: '1970-03-04', sex: 'male', citizenship: 'KZ',
      residentSince: '1970-03-04', declarations: { incapacity: 'no', imprisonment: 'no', criminalRecord: 'no', corruption: 'no' } },
  });
  const amanat = desk.must('parties.list', { electionId: 1 }).find((p) => p.code === 'amanat');
  if (!amanat) throw new Error('the Mazhilis preset has AMANAT');
  const uzakov = makeIin('1970-03-04', 'male', 12);
  const bekova = [makeIin('1990-07-07', 'female', 31), makeIin('1990-07-07', 'female', 32)] as const;

  await page.goto(desk.url);
  await page.getByRole('button', { name: /^Открыть:/ }).click();
  await page.getByRole('navigation').getByRole('button', { name: 'Импорт' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Скачать шаблон' }).click()]);
  const file = test.info().outputPath('Список АМАНАТ.xlsx');
  await download.saveAs(file);
  await fillTemplate(file, [
    row('Узаков', 'Алихан', 'Серикулы', uzakov, '1970-03-04', 'male'),
    row('Бекова', 'Сәуле', 'Ерланқызы', bekova[0], '1990-07-07', 'female'),
    row('Бекова', 'Сауле', 'Ерланкызы', bekova[1], '1990-07-07', 'female'),
  ]);
  await page.getByLabel('Партия, чей это список').selectOption({ label: amanat.name.ru });
  await pick(page, file);

  const rows = page.getByRole('table', { name: 'Строки', exact: true });
  const said = (iin: string) => `Есть лицо с такими же фамилией, именем, отчеством и датой рождения, но с другим ИИН (${iin}).`;
  await expect(rows.getByRole('row').filter({ hasText: 'Узаков Алихан' })).toContainText(said(onFile));
  await expect(rows.getByRole('row').filter({ hasText: 'Бекова Сәуле' })).toContainText(said(bekova[1]));
  await expect(rows.getByRole('row').filter({ hasText: 'Бекова Сауле' })).toContainText(said(bekova[0]));
  await rows.screenshot({ path: test.info().outputPath('import-namesake-ru.png') });
  // Nothing is written by a preview.
  expect(desk.must('persons.list', {}).total).toBe(1);
});
