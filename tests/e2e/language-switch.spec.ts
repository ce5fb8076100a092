import { makeIin } from '../fixtures/iin';
import { expect, test, type Desk } from './fixtures';

// Issue 11, item 13: a notice given before a switch of language stayed in the old one («Сохранено: …» in the Kazakh
// UI). What the desk said is kept as a catalog key and its parameters and worded when shown, so the switch rewords it.

test.use({ locale: 'ru-RU' });

function seedOne(desk: Desk): void {
  const districtId = desk.must('districts.list', { electionId: 1 })[0]?.id ?? 1;
  desk.must('nominations.create', {
    electionId: 1,
    person: {
      surname: 'Ұзақов', givenName: 'Ерлан', patronymic: 'Серікұлы', iin: makeIin('1987-10-08', 'male', 42), birthDate: '1987-10-08', sex: 'male',
      citizenship: 'KZ', residentSince: '1987-10-08',
      declarations: { incapacity: 'no', imprisonment: 'no', criminalRecord: 'no', corruption: 'no' },
    },
    nomination: { kind: 'district-self', districtId, receivedOn: '2023-02-01' },
  });
}

test('the notice of a save and the status of an export are reworded when the clerk switches to Kazakh', async ({ page, desk }) => {
  seedOne(desk);
  await page.goto(desk.url);
  await page.getByRole('button', { name: /^Открыть:/ }).click();
  await page.getByRole('row', { name: /Ұзақов Ерлан/ }).dblclick();
  await page.getByLabel('Место работы').fill('аким аула');
  await page.keyboard.press('Control+s');
  const notice = page.locator('main > .notice-ok');
  await expect(notice).toHaveText('Сохранено: Ұзақов Ерлан Серікұлы.');

  await page.getByRole('button', { name: 'Қазақша' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Кандидаттар' })).toBeVisible();
  await expect(notice).toHaveText('Сақталды: Ұзақов Ерлан Серікұлы.');

  // Back in Russian, the export's status line, then Kazakh again.
  await page.getByRole('button', { name: 'Русский' }).click();
  await page.getByRole('button', { name: 'Отчёты' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Экспорт в Excel' }).click()]);
  const file = download.suggestedFilename();
  const status = page.locator('.report-status');
  await expect(status).toHaveText(`Файл «${file}» скачан.`);
  await page.getByRole('button', { name: 'Қазақша' }).click();
  await expect(status).toHaveText(`«${file}» файлы жүктеп алынды.`);
});
