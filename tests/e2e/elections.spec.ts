import { expect, test } from './fixtures';

// The election picker: the list with its counts, and a maslikhat made from a preset that needs more from the clerk.

test.use({ locale: 'kk-KZ' });

test('the picker lists elections with their counts and creates a regional maslikhat', async ({ page, desk }) => {
  await page.goto(desk.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Сайлаулар' })).toBeVisible();
  const mazhilis = page.getByRole('row', { name: /Мәжілісінің депутаттарын сайлау/ });
  // When each election was created tells two copies apart.
  await expect(mazhilis.getByRole('cell')).toHaveText([
    '1', 'Мәжіліс', '19.03.2023', /^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}:\d{2}$/, '20', '29', '7', '0', 'АшуҚате жазба деп тану…',
  ]);

  await page.getByRole('combobox', { name: 'Сайлау үлгісі' }).selectOption('maslikhat-regional-2023');
  await expect(page.getByText('Дауыс беру күні: 19.03.2023')).toBeVisible();
  await page.getByRole('button', { name: 'Сайлауды құру' }).click();
  const region = page.getByLabel('Облыс', { exact: true });
  await expect(region).toHaveAttribute('aria-invalid', 'true');
  await expect(region).toHaveAccessibleDescription(/Міндетті өріс/);

  await region.selectOption({ label: 'Абай облысы' });
  await page.getByLabel('Тізім бойынша мандаттар').fill('16');
  await page.getByLabel('Округтер саны').fill('0');
  await page.getByRole('button', { name: 'Сайлауды құру' }).click();
  await expect(page.getByLabel('Округтер саны')).toHaveAccessibleDescription(/1-ден 500-ге дейінгі/);
  await page.getByLabel('Округтер саны').fill('16');
  // Enter goes from the last field to the button, and Enter on the button creates.
  await page.getByLabel('Округтер саны').press('Enter');
  await expect(page.getByRole('button', { name: 'Сайлауды құру' })).toBeFocused();
  await page.keyboard.press('Enter');
  // Asked once more, with what would be created; no such election is on file yet.
  const confirm = page.getByRole('dialog', { name: 'Сайлауды құру керек пе?' });
  await expect(confirm).toContainText('Абай облысы');
  await expect(confirm).not.toContainText('бұрыннан бар');
  await confirm.getByRole('button', { name: 'Сайлауды құру' }).press('Enter');

  // A new election opens on what comes next; the commission is the region's territorial one.
  await expect(page.getByRole('heading', { level: 1, name: 'Сайлау құрылды. Келесі қадамдар' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('«Абай облысы аумақтық сайлау комиссиясы» атынан шығады');
  await page.getByRole('button', { name: 'Кейінірек: кандидаттарға өту' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Кандидаттар' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('мәслихатының депутаттарын сайлау');
  await page.getByRole('button', { name: 'Сайлаулар' }).click();
  await expect(page.getByRole('row', { name: /мәслихатының/ }).getByRole('cell').nth(5)).toHaveText('16');
});
