import type { Locator, Page } from '@playwright/test';
import { makeIin } from '../fixtures/iin';
import { expect, test, type Desk } from './fixtures';

// Issue 11, item 15: at 1024 and 1366 px the candidates table cut names, filters and the «Открыть» button at the right
// edge, and the Kazakh header cut the election's name. Each is measured here as the clerk sees it: inside the box that
// shows it, not clipped by it.

function seed(desk: Desk): void {
  const [party] = desk.must('parties.list', { electionId: 1 });
  if (!party) throw new Error('the preset has parties');
  for (const [i, [surname, givenName, patronymic]] of [['Ұзақов', 'Ерлан', 'Серікұлы'], ['Мұхамеджанова', 'Айгерім', 'Бақытжанқызы']].entries()) {
    const sex = i === 0 ? 'male' : 'female';
    desk.must('nominations.create', {
      electionId: 1,
      person: { surname: surname ?? '', givenName: givenName ?? '', patronymic: patronymic ?? '', iin: makeIin('1984-05-14', sex, 40 + i), birthDate: '1984-05-14', sex,
        citizenship: 'KZ', residentSince: '1984-05-14', partyMembership: party.code,
        declarations: { incapacity: 'no', imprisonment: 'no', criminalRecord: 'no', corruption: 'no' } },
      nomination: { kind: 'party-list', partyId: party.id, receivedOn: '2023-02-01' },
    });
  }
}

/** Whether the element stands wholly inside the box, and shows all of its own text. */
async function shownWhole(element: Locator, box: Locator): Promise<void> {
  const [e, b] = [await element.boundingBox(), await box.boundingBox()];
  if (!e || !b) throw new Error('not laid out');
  expect(e.x).toBeGreaterThanOrEqual(b.x);
  expect(e.x + e.width).toBeLessThanOrEqual(b.x + b.width + 0.5);
  expect(await element.evaluate((el) => el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1)).toBe(true);
}

async function openCandidates(page: Page, desk: Desk, width: number, open: RegExp, heading: string): Promise<void> {
  await page.setViewportSize({ width, height: 720 });
  await page.goto(desk.url);
  await page.getByRole('button', { name: open }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

for (const width of [1024, 1366])
  test.describe(`${width} px`, () => {
    test.describe('in Russian', () => {
      test.use({ locale: 'ru-RU' });
      test('names, filters and «Открыть» are shown whole in the candidates table', async ({ page, desk }) => {
        seed(desk);
        await openCandidates(page, desk, width, /^Открыть:/, 'Кандидаты');
        await expect(page.getByRole('grid')).toBeVisible();
        const grid = page.getByRole('grid');
        for (const name of ['Ұзақов Ерлан Серікұлы', 'Мұхамеджанова Айгерім Бақытжанқызы']) {
          const row = grid.getByRole('row', { name: new RegExp(name) });
          await shownWhole(row.getByRole('gridcell').first(), grid);
          await shownWhole(row.getByRole('button', { name: `Открыть: ${name}` }), grid);
          await shownWhole(row.getByRole('gridcell').nth(1), grid); // the IIN
          await shownWhole(row.getByRole('gridcell').nth(2), grid); // the date of birth
        }
        const filters = page.getByRole('search');
        for (const label of ['Поиск по ФИО или ИИН', 'Способ выдвижения', 'Партия', 'Округ', 'Статус', 'Проверки', 'Порядок'])
          await shownWhole(page.getByLabel(label, { exact: true }), filters);
        await page.screenshot({ path: test.info().outputPath(`candidates-${width}.png`) });
      });
    });
    test.describe('in Kazakh', () => {
      test.use({ locale: 'kk-KZ' });
      test('the header shows the election’s whole name', async ({ page, desk }) => {
        await openCandidates(page, desk, width, /^Ашу:/, 'Кандидаттар');
        const title = page.getByRole('banner').getByText('Қазақстан Республикасы Парламенті Мәжілісінің депутаттарын сайлау, 2023');
        await shownWhole(title, page.getByRole('banner'));
        // Every section of the navigation, «Пайдаланушылар» last, inside the window.
        const sections = page.getByRole('banner').getByRole('navigation').getByRole('button');
        await expect(sections.last()).toHaveText('Пайдаланушылар');
        for (const section of await sections.all()) await shownWhole(section, page.getByRole('banner'));
      });
    });
  });

// Issue 11, item 15's leftover: a name of over 40 characters was cut at 1024 px (two lines of the name column could
// not hold it). The whole name must be read in the table itself, in both languages the clerks work in.
const LONG_NAME = ['Тұрсынмұхамбетова-Абдрахманова', 'Гүлнұр', 'Жанайдаровна'] as const;

for (const [locale, open, heading] of [['ru-RU', /^Открыть:/, 'Кандидаты'], ['kk-KZ', /^Ашу:/, 'Кандидаттар']] as const)
  test.describe(`1024 px, ${locale}`, () => {
    test.use({ locale });
    test('a name of fifty letters is shown whole in the candidates table', async ({ page, desk }) => {
      seed(desk);
      const [surname, givenName, patronymic] = LONG_NAME;
      desk.must('nominations.create', {
        electionId: 1,
        person: { surname, givenName, patronymic, iin: makeIin('1979-11-23', 'female', 77), birthDate: '1979-11-23', sex: 'female', citizenship: 'KZ',
          residentSince: '1979-11-23', declarations: { incapacity: 'no', imprisonment: 'no', criminalRecord: 'no', corruption: 'no' } },
        nomination: { kind: 'district-self', districtId: desk.must('districts.list', { electionId: 1 })[0]?.id ?? 1, receivedOn: '2023-02-01' },
      });
      await openCandidates(page, desk, 1024, open, heading);
      const grid = page.getByRole('grid');
      const name = LONG_NAME.join(' ');
      const cell = grid.getByRole('row', { name: new RegExp(name) }).getByRole('gridcell').first();
      await expect(cell).toHaveText(name);
      await page.screenshot({ path: test.info().outputPath(`long-name-1024-${locale}.png`) });
      await shownWhole(cell, grid);
    });
  });
