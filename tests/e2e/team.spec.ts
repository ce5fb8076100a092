import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Issue 12's "Must show": a commission as a team on one server, over HTTPS, each in a browser of their own and
// signed in through the sign-in screen, in Russian. The clerk enters a candidate; the observer sees it and is
// refused a change, by the screen and by the API called directly; the secretary registers it; the journal names
// each of them.

test.use({ server: true, ignoreHTTPSErrors: true, locale: 'ru-RU' });

const PASSWORD = 'пароль сотрудника комиссии';
const TEAM = [
  { login: 'sarsenova', fullName: 'Сарсенова Асель', role: 'clerk', roleName: 'оператор' },
  { login: 'omarov', fullName: 'Омаров Бауыржан', role: 'secretary', roleName: 'секретарь' },
  { login: 'kim', fullName: 'Ким Дана', role: 'observer', roleName: 'наблюдатель' },
] as const;

async function press(page: Page, key: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

/** A workstation's browser: a context of its own, signed in through the sign-in screen by keyboard. */
async function workstation(browser: Browser, url: string, member: (typeof TEAM)[number]): Promise<Page> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, locale: 'ru-RU' });
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: 'Вход в систему' })).toBeVisible();
  await page.getByLabel('Имя для входа').fill(member.login);
  await page.getByLabel('Пароль', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Пароль', { exact: true }).press('Enter');
  const signedIn = page.getByRole('group', { name: 'Вход выполнен' });
  await expect(signedIn).toContainText(member.fullName);
  await expect(signedIn).toContainText(member.roleName);
  return page;
}

/** Opens the candidate from the election picker, or (`fromPicker` false) from the table the desk reopened on. */
async function openCandidate(page: Page, fromPicker = true): Promise<void> {
  if (fromPicker) await page.getByRole('button', { name: /^Открыть:/ }).click();
  await page.getByLabel('Поиск по ФИО или ИИН').fill('ахметов');
  // This workstation's table may have been read before the clerk saved: the search is answered afresh.
  await expect(page.getByText('Найдено: 1')).toBeVisible();
  await page.getByLabel('Поиск по ФИО или ИИН').press('ArrowDown');
  await expect(page.getByRole('row', { name: /Ахметов Дамир Серікұлы/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Кандидат: Ахметов Дамир Серікұлы' })).toBeVisible();
}

test('a clerk, a secretary and an observer on one server: each may do what their role allows, and the journal names each', async ({ browser, desk }) => {
  test.setTimeout(120_000);
  for (const m of TEAM) await desk.mustAsync('users.create', { login: m.login, fullName: m.fullName, role: m.role, password: PASSWORD });
  // This walk is about roles; the second entry registration waits for by default is ballot.spec.ts's.
  desk.must('elections.updateProfile', { id: 1, changes: { ballotVerification: false } });
  expect(desk.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/$/);
  const [clerk, secretary, observer] = await Promise.all(TEAM.map((m) => workstation(browser, desk.url, m)));
  if (!clerk || !secretary || !observer) throw new Error('three workstations');

  // The clerk enters an eligible self-nominee, by keyboard.
  await clerk.getByRole('button', { name: /^Открыть:/ }).click();
  await clerk.getByRole('button', { name: 'Новый кандидат' }).press('Enter');
  const k = clerk.keyboard;
  await expect(clerk.getByLabel('Фамилия', { exact: true })).toBeFocused();
  for (const [text, next] of [['Ахметов', 1], ['Дамир', 1], ['Серікұлы', 1], ['900501300011', 1], ['01.05.1990', 1]] as const) {
    await k.type(text);
    await press(clerk, 'Tab', next);
  }
  await press(clerk, 'ArrowDown', 2); // Мужской
  await k.press('Tab');
  await press(clerk, 'ArrowDown', 1); // Республика Казахстан
  await k.press('Tab');
  await k.type('01.05.1990');
  await k.press('Tab');
  for (let i = 0; i < 4; i++) {
    await k.press('Tab');
    await k.press('ArrowDown'); // each declaration «Нет»
  }
  await clerk.getByLabel('Способ выдвижения', { exact: true }).focus();
  await press(clerk, 'ArrowDown', 4); // Округ, самовыдвижение
  await k.press('Tab');
  await press(clerk, 'ArrowDown', 3); // № 3
  await clerk.getByLabel('Дата приёма документов о выдвижении').fill('01.02.2023');
  for (const label of ['Заявление', 'Биографические данные', 'Справка о декларации: кандидат', 'Справка о декларации: супруг(а)', 'Избирательный взнос уплачен'])
    await clerk.getByLabel(label, { exact: true }).selectOption('received');
  await k.press('Control+s');
  await expect(clerk.getByRole('status').filter({ hasText: 'Сохранено' })).toContainText('Ахметов Дамир Серікұлы');

  // The observer sees the candidate, read-only: no field to change, no save, no decision.
  await openCandidate(observer);
  await expect(observer.getByRole('note')).toHaveText('Ваша роль (наблюдатель) позволяет просматривать кандидата, но не изменять его.');
  await expect(observer.getByLabel('Фамилия', { exact: true })).toBeDisabled();
  await expect(observer.getByRole('button', { name: 'Сохранить' })).toHaveCount(0);
  await expect(observer.getByRole('button', { name: 'Зарегистрировать', exact: true })).toHaveCount(0);
  await expect(observer.getByRole('button', { name: 'Новый кандидат' })).toHaveCount(0);
  // And the service refuses the change whoever asks it directly, with the observer's own session.
  const stored = desk.must('nominations.list', { electionId: 1 }).rows[0];
  if (!stored) throw new Error('the clerk saved a candidate');
  const candidate = desk.must('nominations.get', { id: stored.nominationId });
  const direct = await observer.context().request.post(`${desk.origin}/api/nominations.update`, {
    data: { id: candidate.nomination.id, version: candidate.nomination.version, nomination: { ...candidate.nomination, receivedOn: '2023-02-02' } },
  });
  expect(await direct.json()).toEqual({
    ok: false,
    error: { code: 'forbidden', messageKey: 'error.forbidden', params: { method: 'nominations.update', role: 'observer', needed: 'clerk' } },
  });
  const decided = await observer.context().request.post(`${desk.origin}/api/nominations.decide`, {
    data: { id: candidate.nomination.id, version: candidate.nomination.version, decision: 'registered', resolutionNumber: '1', resolutionDate: '2023-02-15', grounds: {} },
  });
  expect(await decided.json()).toMatchObject({ ok: false, error: { code: 'forbidden', params: { needed: 'secretary' } } });

  // The secretary registers the candidate by resolution.
  await openCandidate(secretary);
  await secretary.getByRole('button', { name: 'Зарегистрировать', exact: true }).click();
  const dialog = secretary.getByRole('dialog', { name: 'Регистрация кандидата' });
  await expect(dialog.getByLabel('Номер постановления')).toBeFocused();
  await secretary.keyboard.type('7/21');
  await secretary.keyboard.press('Tab');
  await secretary.keyboard.type('15.02.2023');
  await secretary.keyboard.press('Control+s');
  await expect(secretary.getByRole('status').filter({ hasText: 'Решение записано' })).toContainText('Зарегистрирован, постановление № 7/21');

  // The observer, reloading, sees it registered; the journal names the clerk, the secretary and the observer.
  await observer.reload();
  await openCandidate(observer, false);
  await expect(observer.getByText('Статус: Зарегистрирован').first()).toBeVisible();
  await observer.getByRole('button', { name: 'Журнал' }).click();
  const journal = observer.getByRole('table');
  await expect(journal.getByRole('row').filter({ hasText: 'Внесено выдвижение' })).toContainText('Сарсенова Асель');
  await expect(journal.getByRole('row').filter({ hasText: 'Зарегистрирован: постановление № 7/21' })).toContainText('Омаров Бауыржан');
  const signIns = desk.must('journal.list', { entity: 'user', limit: 100 }).rows.filter((r) => r.action === 'user.signIn').map((r) => r.actor);
  for (const m of TEAM) expect(signIns).toContain(m.fullName);
  await Promise.all([clerk, secretary, observer].map((p) => p.context().close()));
});
