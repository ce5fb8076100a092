import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Issue 11, item 25: after creating an election the desk said nothing of what comes next. It now opens on the next
// steps — whose documents these are, the parties' deposit status, the party lists, the import, a candidate by hand —
// each with a button to its screen.

test.use({ preset: null, locale: 'ru-RU' });

async function createMazhilis(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: 'Шаблон выборов' }).selectOption('mazhilis-2023');
  await page.getByRole('button', { name: 'Создать выборы' }).click();
  // Asked once more before it is created.
  await page.getByRole('dialog', { name: 'Создать выборы?' }).getByRole('button', { name: 'Создать выборы' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Выборы созданы. Что дальше' })).toBeVisible();
}

test('a new election opens on its next steps, and each step opens its screen', async ({ page, desk }) => {
  await page.goto(desk.url);
  await createMazhilis(page);
  const steps = page.getByRole('main').getByRole('listitem');
  await expect(steps.getByRole('heading', { level: 2 })).toHaveText([
    'Чьи это документы',
    'Избирательный взнос партий',
    'Партийные списки',
    'Импорт из файлов партий',
    'Кандидат по документам',
  ]);
  await expect(steps.nth(0)).toContainText('выходят от имени: «Центральная избирательная комиссия Республики Казахстан»');
  await expect(steps.nth(1)).toContainText('Укажите статус взноса каждой из партий (7)');
  await expect(steps.nth(2)).toContainText('Мандатов по спискам: 69; в списке не более 90 кандидатов.');

  // The deposit: the settings, at the parties' deposit status.
  await page.getByRole('button', { name: 'Указать статусы взноса' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Избирательный взнос' })).toBeFocused();
  await expect(page.getByRole('navigation').getByRole('button', { name: 'Настройки' })).toHaveAttribute('aria-current', 'page');

  // Another election, and its lists; a third, and the import.
  await page.getByRole('navigation').getByRole('button', { name: 'Выборы' }).click();
  await createMazhilis(page);
  await page.getByRole('button', { name: 'Открыть партийные списки' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Партийные списки' })).toBeVisible();
  await page.getByRole('navigation').getByRole('button', { name: 'Выборы' }).click();
  await createMazhilis(page);
  await page.getByRole('button', { name: 'Открыть импорт' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Импорт выдвижений из Excel' })).toBeVisible();
  expect(desk.must('elections.list', {})).toHaveLength(3);
});
