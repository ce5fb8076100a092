import { expect, test } from './fixtures';

// The first start of a new ledger and the way in, in Kazakh, by keyboard: the desk asks for its first
// administrator, signs them in, signs out, refuses a wrong password without saying which half was wrong, and lets
// the administrator back in.

test.use({ users: false, preset: null, locale: 'kk-KZ' });

test('a new ledger asks for its first administrator, then everyone signs in and out', async ({ page, desk }) => {
  await page.goto(desk.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Осы дерекқордың алғашқы әкімшісі' })).toBeVisible();
  // Nothing else answers before someone signs in, even to a page that knows the launch token.
  expect(await (await page.request.post(`${desk.origin}/api/elections.list`, { headers: { Authorization: `Bearer ${desk.token}` }, data: {} })).json()).toMatchObject({
    ok: false,
    error: { code: 'unauthenticated' },
  });

  const k = page.keyboard;
  await page.getByLabel('Кіру аты').focus();
  await k.type('Sarsenova');
  await k.press('Enter'); // Enter goes on to the next field of a form
  await expect(page.getByLabel('Тегі, аты, әкесінің аты')).toBeFocused();
  await k.type('Сәрсенова Әйгерім');
  await k.press('Enter');
  await k.type('қысқа');
  await k.press('Enter');
  await k.type('қысқа');
  await k.press('Control+s');
  await expect(page.getByLabel('Құпиясөз', { exact: true })).toHaveAccessibleDescription('Құпиясөз кемінде 12 таңбадан тұруы керек.');
  await page.getByLabel('Құпиясөз', { exact: true }).fill('тау мен дала 2023');
  await page.getByLabel('Сол құпиясөзді қайтадан').fill('тау мен дала 2023');
  await k.press('Control+s');

  const signedIn = page.getByRole('group', { name: 'Жүйеге кірдіңіз' });
  await expect(signedIn).toContainText('Сәрсенова Әйгерім');
  await expect(signedIn).toContainText('әкімші');
  await expect(page.getByRole('heading', { level: 1, name: 'Сайлаулар' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Пайдаланушылар' })).toBeVisible();

  await signedIn.getByRole('button', { name: 'Шығу' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Жүйеге кіру' })).toBeVisible();
  // By keyboard: Enter in the sign-in name goes on to the password, Enter there signs in.
  await page.getByLabel('Кіру аты').fill('sarsenova');
  await page.getByLabel('Кіру аты').press('Enter');
  await expect(page.getByLabel('Құпиясөз', { exact: true })).toBeFocused();
  await page.keyboard.type('тау мен өзен 2023');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('Кіру аты немесе құпиясөз қате.');
  await expect(page.getByLabel('Құпиясөз', { exact: true })).toHaveValue('');
  await page.getByLabel('Құпиясөз', { exact: true }).fill('тау мен дала 2023');
  await page.getByLabel('Құпиясөз', { exact: true }).press('Enter');
  await expect(signedIn).toContainText('Сәрсенова Әйгерім');

  const journal = desk.must('journal.list', { entity: 'user', limit: 20 }).rows.map((r) => [r.action, r.actor]);
  expect(journal).toEqual([
    ['user.signIn', 'Сәрсенова Әйгерім'],
    ['user.signInFailed', 'Сәрсенова Әйгерім'],
    ['user.signOut', 'Сәрсенова Әйгерім'],
    ['user.signIn', 'Сәрсенова Әйгерім'],
    ['user.create', 'Сәрсенова Әйгерім'],
  ]);
  await page.screenshot({ path: test.info().outputPath('signed-in.png') });
});
