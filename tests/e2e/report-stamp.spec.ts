import { expect, test } from './fixtures';

// Issue 11, item 10: on 1 December 2026 the report preview said «Сформирован: 12.01.2026»: the service's stamp
// (dd.mm.yyyy hh:mm at the commission's seat) was re-read by the renderer as a US date. The preview shows the stamp
// the service wrote, the same the workbook's title block carries.

test.use({ locale: 'ru-RU', clock: '2026-12-01T08:05:00.000Z' });

test('the report preview says when it was made as the service stamped it, at the seat of the commission', async ({ page, desk }) => {
  await page.goto(desk.url);
  await page.getByRole('button', { name: /^Открыть:/ }).click();
  await page.getByRole('button', { name: 'Отчёты' }).click();
  const preview = page.getByRole('region', { name: 'Предварительный просмотр' });
  // Astana is UTC+6: 08:05 UTC is 14:05 there, on the first of December.
  await expect(preview.getByText(/^Сформирован:/)).toHaveText('Сформирован: 01.12.2026 14:05 (UTC+6), кем: Аманова Сәуле');
  // And at which journal position, with its head hash (issue 14, item 2).
  const seq = desk.must('journal.list', { limit: 1 }).rows[0]?.seq ?? 0;
  await expect(preview.getByText(/^Журнал:/)).toHaveText(`Журнал: запись № ${seq}, хеш последней записи ${desk.must('journal.verify', {}).headHash}`);
});
