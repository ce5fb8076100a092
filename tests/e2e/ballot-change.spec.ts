import { makeIin } from '../fixtures/iin';
import { expect, test } from './fixtures';

// Issue 13, item 4: ballot data verified by a second entry, then changed in the form, is not verified any more for
// that field, and the form and the candidates table say so, in Russian and in Kazakh.

test.use({ server: true, ignoreHTTPSErrors: true, locale: 'ru-RU' });

const PASSWORD = 'пароль сотрудника комиссии';
const IIN = makeIin('1987-10-08', 'male', 41);

test('a verified patronymic changed in the form is not verified any more, and the form and the table say so', async ({ page, browser, desk }) => {
  test.setTimeout(120_000);
  await desk.mustAsync('users.create', { login: 'bekov', fullName: 'Беков Нурлан', role: 'clerk', password: PASSWORD });
  const districtId = desk.must('districts.list', { electionId: 1 })[2]?.id ?? 1;
  // The first entry, by the administrator.
  const created = desk.must('nominations.create', {
    electionId: 1,
    person: { surname: 'Ұзақов', givenName: 'Ерлан', patronymic: 'Серікұлы', iin: IIN, birthDate: '1987-10-08', sex: 'male', citizenship: 'KZ', residentSince: '1987-10-08' },
    nomination: { kind: 'district-self', districtId, receivedOn: '2023-02-01' },
  });
  // The second, equal, by the clerk at a workstation of his own: the ballot data is verified.
  const clerk = await browser.newContext({ ignoreHTTPSErrors: true });
  const signIn = await clerk.request.post(`${desk.origin}/api/auth.signIn`, { data: { login: 'bekov', password: PASSWORD } });
  expect((await signIn.json()) as unknown).toMatchObject({ ok: true });
  const entered = await clerk.request.post(`${desk.origin}/api/ballot.enter`, {
    data: {
      nominationId: created.nomination.id,
      fields: ['surname', 'givenName', 'patronymic', 'birthDate', 'iin', 'districtId'],
      entry: { surname: 'Ұзақов', givenName: 'Ерлан', patronymic: 'Серікұлы', birthDate: '1987-10-08', iin: IIN, districtId },
    },
  });
  expect((await entered.json()) as unknown).toMatchObject({ ok: true, value: { state: 'verified' } });
  await clerk.close();

  await page.goto(desk.url);
  await page.getByRole('button', { name: /^Открыть:/ }).click();
  const row = page.getByRole('row', { name: /Ұзақов Ерлан Серікұлы/ });
  await expect(row).toBeVisible();
  await expect(row).not.toContainText('данные бюллетеня');
  await row.dblclick();
  const note = page.getByRole('region', { name: 'Данные бюллетеня' });
  await expect(note).toContainText('Данные бюллетеня сверены повторным вводом.');

  // The patronymic is corrected in the form and saved; the desk goes back to the table, which marks the row.
  await page.getByLabel('Отчество', { exact: true }).fill('Серікбайұлы');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: 'Сохранено' })).toBeVisible();
  const changed = page.getByRole('row', { name: /Ұзақов Ерлан Серікбайұлы/ });
  await expect(changed).toContainText('данные бюллетеня снова не сверены');
  // The form names the field that is not verified any more, and only that one.
  await changed.dblclick();
  await expect(note).toContainText('Отчество — Изменено после сверки');
  await expect(note).not.toContainText('Фамилия');
  await expect(note).not.toContainText('сверены повторным вводом');
  await note.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('ballot-changed-form.png') });
  // In Kazakh, the form and the table alike.
  await page.getByRole('button', { name: 'Қазақша' }).click();
  await expect(page.getByRole('region', { name: 'Бюллетень деректері' })).toContainText('Тексерілгеннен кейін өзгертілген');
  await page.getByRole('navigation').getByRole('button', { name: 'Кандидаттар' }).click();
  const kkRow = page.getByRole('row', { name: /Ұзақов Ерлан Серікбайұлы/ });
  await expect(kkRow).toContainText('бюллетень деректері қайта тексерілмеген');
  // Cut off in the column at this width, the mark is whole in the cell's title.
  await expect(kkRow.getByRole('gridcell').filter({ hasText: 'Ұсынылған' })).toHaveAttribute('title', /бюллетень деректері қайта тексерілмеген$/);
  await page.screenshot({ path: test.info().outputPath('ballot-changed-table-kk.png') });
  expect(desk.must('ballot.status', { nominationId: created.nomination.id })).toEqual({
    state: 'waiting',
    fields: { surname: 'verified', givenName: 'verified', patronymic: 'changed', birthDate: 'verified', iin: 'verified', districtId: 'verified' },
  });
});
