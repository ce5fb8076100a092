import { makeIin } from '../fixtures/iin';
import { writeLargeDistrictFile } from '../fixtures/large-workbook';
import { expect, test } from './fixtures';

// Issue 12, "working at the same time": a large import is written in one transaction, and every save made meanwhile
// waits for it (and is then made, never lost). A clerk whose save waits is told what it waits for, who started it
// and how far it is, and that nothing needs repeating; the save then lands by itself.

test.use({ server: true, ignoreHTTPSErrors: true, jobs: true, locale: 'ru-RU' });

const ROWS = 30_000;
const PASSWORD = 'пароль сотрудника комиссии';

test('a clerk saving while another commits a large import is told the save waits for it, and the save lands', async ({ page, browser, desk }) => {
  test.setTimeout(180_000);
  await desk.mustAsync('users.create', { login: 'sarsenova', fullName: 'Сарсенова Асель', role: 'clerk', password: PASSWORD });
  const districtId = desk.must('districts.list', { electionId: 1 })[0]?.id ?? 1;
  desk.must('nominations.create', {
    electionId: 1,
    person: { surname: 'Ұзақов', givenName: 'Ерлан', patronymic: 'Серікұлы', iin: makeIin('1987-10-08', 'male', 123), birthDate: '1987-10-08', sex: 'male', citizenship: 'KZ', residentSince: '1987-10-08' },
    nomination: { kind: 'district-self', districtId, receivedOn: '2023-02-01' },
  });
  const file = test.info().outputPath('Кандидаты по округам.xlsx');
  await writeLargeDistrictFile(file, ROWS, 29, 1000);

  // The clerk's workstation: signed in, the candidate open in the form.
  const context = await browser.newContext({ ignoreHTTPSErrors: true, locale: 'ru-RU' });
  const clerk = await context.newPage();
  await clerk.goto(desk.url);
  await clerk.getByLabel('Имя для входа').fill('sarsenova');
  await clerk.getByLabel('Пароль', { exact: true }).fill(PASSWORD);
  await clerk.getByLabel('Пароль', { exact: true }).press('Enter');
  await clerk.getByRole('button', { name: /^Открыть:/ }).click();
  await clerk.getByRole('row', { name: /Ұзақов Ерлан/ }).dblclick();
  await expect(clerk.getByRole('heading', { level: 1, name: 'Кандидат: Ұзақов Ерлан Серікұлы' })).toBeVisible();
  await clerk.getByLabel('Место работы').fill('аким аула');

  // The administrator commits the workbook on the server.
  await page.goto(desk.url);
  await page.getByRole('button', { name: /^Открыть:/ }).click();
  await page.getByRole('navigation').getByRole('button', { name: 'Импорт' }).click();
  await page.getByLabel('Книга для импорта (.xlsx)').setInputFiles(file);
  await expect(page.getByRole('heading', { level: 2, name: 'Что содержит файл' })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Внести импорт' }).click();
  await page.getByRole('dialog', { name: 'Внести импорт?' }).getByRole('button', { name: 'Внести', exact: true }).click();
  await expect(page.getByRole('group', { name: 'Запись в реестр' })).toBeVisible();

  // Meanwhile the clerk saves: the page says what the save waits for, and who is writing.
  await clerk.keyboard.press('Control+s');
  const waiting = clerk.getByRole('status').filter({ hasText: 'Ваши изменения ожидают записи' });
  await expect(waiting).toContainText('Аманова Сәуле вносит импорт в реестр');
  await expect(waiting).toContainText(/\(\d[\d\s\u00a0\u202f]* из 60[\s\u00a0\u202f]000\)/);
  await expect(waiting).toContainText('повторять действие не нужно');
  await clerk.screenshot({ path: test.info().outputPath('save-waits-for-import.png') });
  // In Kazakh, as soon as the clerk switches.
  await clerk.getByRole('button', { name: 'Қазақша' }).click();
  const kutude = clerk.getByRole('status').filter({ hasText: 'Өзгерістеріңіз жазылуды күтуде' });
  await expect(kutude).toContainText('Аманова Сәуле тізілімге импорт енгізуде');
  await expect(kutude).toContainText('әрекетті қайталаудың қажеті жоқ');
  await clerk.screenshot({ path: test.info().outputPath('save-waits-for-import-kk.png') });

  // The import ends; the save is made by itself, and the notice goes.
  await expect(clerk.getByRole('status').filter({ hasText: 'Сақталды' })).toBeVisible({ timeout: 120_000 });
  await expect(kutude).toBeHidden();
  await expect(page.getByText(/внесено выдвижений: 30[\s\u00a0\u202f]000/)).toBeVisible({ timeout: 60_000 });
  const saved = desk.must('nominations.list', { electionId: 1, query: 'Ұзақов Ерлан', limit: 1 }).rows[0];
  expect(saved).toBeDefined();
  const history = desk.must('journal.list', { entity: 'person', action: 'person.update', limit: 5 }).rows;
  expect(history.some((e) => e.actor === 'Сарсенова Асель')).toBe(true);
  await context.close();
});
