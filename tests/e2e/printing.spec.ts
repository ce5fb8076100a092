import { DOCUMENTS, type Documents, type PersonInput, type Sex } from '../../src/domain/types';
import { makeIin } from '../fixtures/iin';
import { expect, test, type Desk } from './fixtures';
import { readPdf } from './pdf-text';

// Issue 5's "Must show", printing: a party's list opened from the list editor in the Russian UI, laid out as the
// commission publishes it, printed to an A4 PDF (page numbers from the PDF footer, as the print dialog adds them)
// whose text, read back with pdf.js, holds the candidates' Cyrillic names and the chair's and secretary's lines.

test.use({ locale: 'ru-RU' });

const ALL_DOCUMENTS: Documents = Object.fromEntries(DOCUMENTS.map((d) => [d, 'received']));
let serial = 0;

function seed(
  desk: Desk, partyId: number, partyCode: string, surname: string, givenName: string, sex: Sex, birthDate: string,
  districtId?: number,
): void {
  serial++;
  const person: PersonInput = {
    surname, givenName, patronymic: sex === 'female' ? 'Серікқызы' : 'Асқарұлы', iin: makeIin(birthDate, sex, 300 + serial * 11),
    birthDate, sex, citizenship: 'KZ', residentSince: birthDate, disability: false, residenceRegion: 'astana',
    residenceSettlement: 'Астана', education: 'higher', occupation: 'инженер', workplace: 'ТОО «Құрылыс»', partyMembership: partyCode,
    nationality: '', declarations: { incapacity: 'no', imprisonment: 'no', criminalRecord: 'no', corruption: 'no' },
    serviceRestriction: '',
  };
  desk.must('nominations.create', {
    electionId: 1,
    person,
    nomination: districtId === undefined
      ? { kind: 'party-list', partyId, receivedOn: '2023-02-01', receivedTime: '10:00', documents: ALL_DOCUMENTS }
      : { kind: 'district-self', districtId, receivedOn: '2023-02-01', receivedTime: '10:00', documents: ALL_DOCUMENTS },
  });
}

test("a party's list prints to an A4 PDF with its candidates and the signature lines", async ({ page, desk }) => {
  const [party] = desk.must('parties.list', { electionId: 1 });
  if (!party) throw new Error('the Mazhilis preset has parties');
  const names: [string, string, Sex, string][] = [
    ['Әлиева', 'Гүлнар', 'female', '1981-05-05'],
    ['Бекетов', 'Ерлан', 'male', '1975-04-04'],
    ['Жұмабаев', 'Нұрлан', 'male', '1990-09-09'],
    ['Қасымова', 'Айгүл', 'female', '1968-02-02'],
  ];
  for (const [surname, given, sex, born] of names) seed(desk, party.id, party.code, surname, given, sex, born);

  await page.goto(desk.url);
  await page.getByRole('button', { name: /^Открыть:/ }).click();
  await page.getByRole('button', { name: 'Списки' }).click();
  await page.getByRole('button', { name: `Открыть список: ${party.name.ru}` }).click();
  await page.getByRole('button', { name: 'Печать списка' }).click();

  const heading = page.getByRole('heading', { level: 1, name: `Список кандидатов в депутаты, выдвинутых партией «${party.short.ru}»` });
  await expect(heading).toBeVisible();
  await expect(page.getByText('Центральная избирательная комиссия Республики Казахстан')).toBeVisible();
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(names.length + 1);
  await expect(table.getByRole('row').nth(1).getByRole('rowheader')).toHaveText('Әлиева Гүлнар Серікқызы');
  // Position, year of birth, occupation and workplace, residence, party.
  await expect(table.getByRole('row').nth(1).getByRole('cell')).toHaveText(['1', '1981', 'инженер, ТОО «Құрылыс»', 'город Астана', 'партия «AMANAT»']);
  await expect(page.getByRole('button', { name: 'Печать' , exact: true })).toBeEnabled();
  // The journal's position and head hash tie the paper to the ledger it came from (issue 14, item 2).
  const journal = desk.must('journal.verify', {});
  const seq = desk.must('journal.list', { limit: 1 }).rows[0]?.seq ?? 0;
  await expect(page.locator('.print-hash')).toHaveText(`Журнал: запись № ${seq}, хеш последней записи ${journal.headHash}`);

  await page.screenshot({ path: test.info().outputPath('print-view.png'), fullPage: true });
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Печать', exact: true })).toBeHidden();
  await expect(page.locator('.app-header')).toBeHidden();
  {
    const pdf = test.info().outputPath('list.pdf');
    await page.pdf({
      path: pdf,
      format: 'A4',
      preferCSSPageSize: true,
      printBackground: false,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: '<div style="font-size:8px;width:100%;text-align:center">Страница <span class="pageNumber"></span> из <span class="totalPages"></span></div>',
    });
    const pages = await readPdf(pdf);
    expect(pages).toHaveLength(1);
    const text = pages.map((p) => p.text).join('\n');
    // A name wraps inside its narrow column, so it is looked for word by word, each candidate after the one before.
    const words = text.split(/\s+/);
    let after = -1;
    for (const [surname, given] of names) {
      const at = words.indexOf(surname, after + 1);
      expect(at, surname).toBeGreaterThan(after);
      expect(words.slice(at, at + 8), `${surname} ${given}`).toContain(given);
      after = at;
    }
    expect(text).toContain('Список кандидатов в депутаты');
    expect(text).toContain('Председатель');
    expect(text).toContain('Секретарь');
    expect(text).toContain('(подпись)');
    expect(text).toContain('(Ф.И.О.)');
    expect(text).toMatch(/Страница 1 из 1/);
    // A4 portrait: 210 × 297 mm is 595.3 × 841.9 points.
    expect(pages[0]?.width).toBeCloseTo(595.3, 0);
    expect(pages[0]?.height).toBeCloseTo(841.9, 0);
  }
});

test("a district's candidates and the quota compliance print from the reports screen, the quota in landscape", async ({ page, desk }) => {
  const [party] = desk.must('parties.list', { electionId: 1 });
  const [district] = desk.must('districts.list', { electionId: 1 });
  if (!party || !district) throw new Error('the Mazhilis preset has parties and districts');
  seed(desk, party.id, party.code, 'Әлиева', 'Гүлнар', 'female', '1981-05-05');
  seed(desk, party.id, party.code, 'Бекетов', 'Ерлан', 'male', '1975-04-04');
  seed(desk, party.id, '', 'Сейітов', 'Марат', 'male', '1970-07-07', district.id);

  await page.goto(desk.url);
  await page.getByRole('button', { name: /^Открыть:/ }).click();
  // From the candidates table filtered to the district, and back to it.
  await page.getByLabel('Округ', { exact: true }).selectOption(String(district.id));
  await page.getByRole('button', { name: 'Печать кандидатов округа' }).click();
  const districtTitle = page.getByRole('heading', { level: 1, name: `Кандидаты в депутаты по избирательному округу № ${district.number}` });
  await expect(districtTitle).toBeVisible();
  await page.getByRole('button', { name: 'Назад' }).click();
  await expect(page.getByLabel('Округ', { exact: true })).toHaveValue(String(district.id));

  // And from the reports screen.
  await page.getByRole('button', { name: 'Отчёты' }).click();
  await page.getByRole('button', { name: 'Печать кандидатов округа' }).click();
  await expect(districtTitle).toBeVisible();
  const row = page.getByRole('row', { name: /Сейітов Марат/ });
  // Position, year of birth, occupation and workplace, residence, party, nominated by, status.
  await expect(row.getByRole('cell')).toHaveText(['1', '1970', 'инженер, ТОО «Құрылыс»', 'город Астана', 'Беспартийный', 'Самовыдвижение', 'Выдвинут']);

  await page.getByRole('button', { name: 'Назад' }).click();
  await page.getByRole('button', { name: 'Печать соблюдения квоты' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Соблюдение квоты в партийных списках' })).toBeVisible();
  const ours = page.getByRole('row', { name: new RegExp(party.name.ru.replace(/[«»]/g, '.')) });
  // Status, length, women, under 29, with disability, quota persons, required, share, compliant: 1 of 2 is 50%.
  await expect(ours.getByRole('cell')).toHaveText(['Представлен', '2', '1', '0', '0', '1', '1', '50,00 %', 'Да']);

  // In another language the document speaks it, whatever the screen's.
  await page.getByLabel('Язык документа').selectOption('kk');
  await expect(page.getByRole('heading', { level: 1, name: 'Партиялық тізімдердегі квотаның сақталуы' })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  const pdf = test.info().outputPath('quota.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true, displayHeaderFooter: true, headerTemplate: '<span></span>',
    footerTemplate: '<div style="font-size:8px;width:100%;text-align:center"><span class="pageNumber"></span></div>' });
  const pages = await readPdf(pdf);
  const text = pages.map((p) => p.text).join('\n');
  expect(text).toContain('Төраға');
  expect(text).toContain('Хатшы');
  // A4 landscape, on every page.
  for (const p of pages) {
    expect(p.width).toBeCloseTo(841.9, 0);
    expect(p.height).toBeCloseTo(595.3, 0);
  }
});
