import { expect, test } from './fixtures';

// Issue 11, item 24: the prints said «Центральная избирательная комиссия» even for a district's list. The commission is
// an election setting: the clerk of a district commission sets its level and name once, and every print and report
// of the election heads with it, in the document's language.

test.use({ locale: 'ru-RU' });

test('a district commission names itself in the settings, and its district print and reports head with its name', async ({ page, desk }) => {
  await page.goto(desk.url);
  await page.getByRole('button', { name: /^Открыть:/ }).click();
  await page.getByRole('navigation').getByRole('button', { name: 'Настройки' }).click();
  const section = page.getByRole('form', { name: 'Избирательная комиссия' });
  await expect(section.getByLabel('Уровень комиссии')).toHaveValue('central');
  await expect(section.getByLabel('Наименование на русском языке')).toHaveValue('Центральная избирательная комиссия Республики Казахстан');

  await section.getByLabel('Уровень комиссии').selectOption('district');
  await section.getByLabel('Избирательный округ').selectOption({ label: '№ 5 — город Алматы' });
  await section.getByRole('button', { name: 'Подставить типовое наименование' }).click();
  await expect(section.getByLabel('Наименование на казахском языке')).toHaveValue('№ 5 бір мандатты аумақтық сайлау округінің округтік сайлау комиссиясы');
  await section.getByLabel('Наименование на русском языке').press('Control+s');
  await expect(section.getByRole('status')).toHaveText('Комиссия сохранена; документы и отчёты выходят от её имени.');
  expect(desk.must('elections.get', { id: 1 }).commission).toEqual({
    level: 'district',
    name: {
      kk: '№ 5 бір мандатты аумақтық сайлау округінің округтік сайлау комиссиясы',
      ru: 'Окружная избирательная комиссия одномандатного территориального избирательного округа № 5',
      en: 'District Election Commission of single-member territorial district No. 5',
    },
  });

  await page.getByRole('navigation').getByRole('button', { name: 'Отчёты' }).click();
  const preview = page.getByRole('region', { name: 'Предварительный просмотр' });
  await expect(preview.locator('.report-commission')).toHaveText('Окружная избирательная комиссия одномандатного территориального избирательного округа № 5');

  await page.getByLabel('Округ', { exact: true }).selectOption({ index: 4 });
  await page.getByRole('button', { name: 'Печать кандидатов округа' }).click();
  const printed = page.locator('.print-doc');
  await expect(printed.getByRole('heading', { level: 1 })).toHaveText('Кандидаты в депутаты по избирательному округу № 5');
  await expect(printed.locator('.print-commission')).toHaveText('Окружная избирательная комиссия одномандатного территориального избирательного округа № 5');
  await page.getByLabel('Язык документа').selectOption('kk');
  await expect(printed.locator('.print-commission')).toHaveText('№ 5 бір мандатты аумақтық сайлау округінің округтік сайлау комиссиясы');
});
