import { expect, test } from './fixtures';

// Issue 11, item 3, in the Russian UI: Enter in a field goes on to the next field and never saves; only Ctrl+S or the
// button saves. Before, Enter in «Отчество» saved a half-typed candidate, which nothing can take back.

test.use({ locale: 'ru-RU' });

test('Enter moves from field to field in the candidate form and in a decision; Ctrl+S saves', async ({ page, desk }) => {
  await page.goto(desk.url);
  await page.getByRole('button', { name: /^Открыть:/ }).click();
  await page.getByRole('button', { name: 'Новый кандидат' }).click();
  const heading = page.getByRole('heading', { level: 1, name: 'Новый кандидат' });
  const field = (label: string) => page.getByLabel(label, { exact: true });
  const k = page.keyboard;

  await expect(field('Фамилия')).toBeFocused();
  await k.type('Сәрсенбаева');
  await k.press('Enter');
  await expect(field('Имя')).toBeFocused();
  await k.type('Әйгерім');
  await k.press('Enter');
  await expect(field('Отчество')).toBeFocused();
  await k.press('Enter');
  await expect(field('ИИН')).toBeFocused();
  await k.type('871008401427');
  await k.press('Enter');
  await expect(field('Дата рождения')).toBeFocused();
  await k.type('08.10.1987');
  await k.press('Enter');
  // A closed drop-down list: ↓ chooses, Enter goes on.
  await expect(field('Пол')).toBeFocused();
  await k.press('ArrowDown');
  await k.press('Enter');
  await expect(field('Пол')).toHaveValue('female');
  await expect(field('Гражданство')).toBeFocused();
  await k.press('ArrowDown');
  await k.press('Enter');
  await expect(field('Постоянно проживает в Казахстане с')).toBeFocused();
  await k.press('Enter');
  // A checkbox: Enter neither ticks it nor saves, it goes on; Space ticks.
  await expect(field('Инвалидность')).toBeFocused();
  await k.press('Enter');
  await expect(field('Инвалидность')).not.toBeChecked();
  await expect(field('Признан судом недееспособным')).toBeFocused();
  await expect(heading).toBeVisible();

  // Everything the format checks ask for is there: Enter in a text field still saves nothing.
  await field('Способ выдвижения').selectOption('district-self');
  await field('Округ').selectOption({ index: 3 });
  await field('Отчество').press('Enter');
  await expect(field('ИИН')).toBeFocused();
  await expect(heading).toBeVisible();
  expect(desk.must('nominations.list', { electionId: 1 }).total).toBe(0);

  // After the last field, Enter goes to the save button, and Enter on the button saves (a button keeps its Enter).
  const documents = page.getByRole('group', { name: 'Документы для регистрации' }).getByRole('combobox');
  await documents.last().press('Enter');
  const save = page.getByRole('button', { name: 'Сохранить', exact: true });
  await expect(save).toBeFocused();
  expect(desk.must('nominations.list', { electionId: 1 }).total).toBe(0);

  // Ctrl+S saves from any field.
  await field('Фамилия').press('Control+s');
  await expect(page.getByRole('heading', { level: 1, name: 'Кандидаты' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Сохранено' })).toContainText('Сәрсенбаева Әйгерім');
  expect(desk.must('nominations.list', { electionId: 1 }).total).toBe(1);

  // A decision: Enter goes from the number to the date and on to the grounds; nothing is recorded until Ctrl+S.
  await page.getByLabel('Поиск по ФИО или ИИН').press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Отказать в регистрации', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Отказ в регистрации' });
  await expect(dialog.getByLabel('Номер постановления')).toBeFocused();
  await k.type('7/1');
  await k.press('Enter');
  await expect(dialog.getByLabel('Дата постановления')).toBeFocused();
  await k.type('16.02.2023');
  await k.press('Enter');
  const firstGround = dialog.getByRole('checkbox').first();
  await expect(firstGround).toBeFocused();
  await expect(firstGround).not.toBeChecked();
  await expect(dialog).toBeVisible();
  await k.press('Space');
  await expect(firstGround).toBeChecked();
  expect(desk.must('nominations.history', { id: 1 }).decisions).toEqual([]);
  await k.press('Control+s');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Статус: Отказано в регистрации').first()).toBeVisible();
  const decisions = desk.must('nominations.history', { id: 1 }).decisions;
  expect(decisions.map((d) => [d.decision, d.resolutionNumber, d.resolutionDate])).toEqual([['refused', '7/1', '2023-02-16']]);
});
