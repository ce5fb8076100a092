import { DOCUMENTS, type Documents, type PersonInput, type Sex } from '../../src/domain/types';
import { makeIin } from '../fixtures/iin';
import { expect, test } from './fixtures';
import { readPdf } from './pdf-text';

// Issue 11, items 2, 11 and 24, on paper in the Kazakh desk: a party's list printed in Kazakh names the party by its
// Kazakh short name in the title and by its Kazakh full name in the membership column, heads with the commission in Kazakh, and keeps the settlement beside a region named after it
// («Павлодар облысы, Павлодар», where it once printed the region alone), while a city of republican significance is
// written once.

test.use({ locale: 'kk-KZ' });

const ALL_DOCUMENTS: Documents = Object.fromEntries(DOCUMENTS.map((d) => [d, 'received']));

test('a party’s list prints in Kazakh with its short name, the commission and each residence whole', async ({ page, desk }) => {
  const party = desk.must('parties.list', { electionId: 1 }).find((p) => p.code === 'aq-jol');
  if (!party) throw new Error('the Mazhilis preset has Ak Zhol');
  const people: [surname: string, given: string, sex: Sex, born: string, region: string, settlement: string][] = [
    ['Әлиева', 'Гүлнар', 'female', '1981-05-05', 'pavlodar', 'Павлодар'],
    ['Бекетов', 'Ерлан', 'male', '1975-04-04', 'pavlodar', 'Екібастұз'],
    ['Қасымова', 'Айгүл', 'female', '1968-02-02', 'astana', 'Астана'],
  ];
  people.forEach(([surname, givenName, sex, birthDate, residenceRegion, residenceSettlement], i) => {
    const person: PersonInput = {
      surname, givenName, patronymic: sex === 'female' ? 'Серікқызы' : 'Асқарұлы', iin: makeIin(birthDate, sex, 500 + i * 7),
      birthDate, sex, citizenship: 'KZ', residentSince: birthDate, disability: false, residenceRegion, residenceSettlement,
      education: 'higher', occupation: 'мұғалім', workplace: '№ 5 мектеп', partyMembership: party.code, nationality: '',
      declarations: { incapacity: 'no', imprisonment: 'no', criminalRecord: 'no', corruption: 'no' }, serviceRestriction: '',
    };
    desk.must('nominations.create', {
      electionId: 1,
      person,
      nomination: { kind: 'party-list', partyId: party.id, receivedOn: '2023-02-01', receivedTime: '10:00', documents: ALL_DOCUMENTS },
    });
  });

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(desk.url);
  await page.getByRole('button', { name: /^Ашу:/ }).click();
  await page.getByRole('button', { name: 'Тізімдер' }).click();
  await page.getByRole('button', { name: `Тізімді ашу: ${party.name.kk}` }).click();
  await page.getByRole('button', { name: 'Тізімді басып шығару' }).click();

  await expect(page.getByRole('heading', { level: 1, name: '«Ақ жол» партиясы ұсынған депутаттыққа кандидаттардың тізімі' })).toBeVisible();
  await expect(page.getByText('Қазақстан Республикасының Орталық сайлау комиссиясы')).toBeVisible();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(people.length + 1);
  await expect(rows.nth(1).getByRole('rowheader')).toHaveText('Әлиева Гүлнар Серікқызы');
  const residence = (n: number) => rows.nth(n).getByRole('cell').nth(3);
  await expect(residence(1)).toHaveText('Павлодар облысы, Павлодар');
  await expect(residence(2)).toHaveText('Павлодар облысы, Екібастұз');
  await expect(residence(3)).toHaveText('Астана қаласы');
  // Party membership is written with the party's full Kazakh name.
  await expect(rows.nth(1).getByRole('cell').nth(4)).toHaveText(party.name.kk);
  expect(party.name.kk).toBe('«Ақ жол» Қазақстан демократиялық партиясы');
  await page.screenshot({ path: test.info().outputPath('print-kk.png'), fullPage: true });

  await page.emulateMedia({ media: 'print' });
  const pdf = test.info().outputPath('list-kk.pdf');
  await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true, printBackground: false });
  const text = (await readPdf(pdf)).map((p) => p.text).join('\n');
  // Words of a cell may wrap inside its column: each is looked for on its own, in the order printed.
  expect(text).toContain('«Ақ жол» партиясы ұсынған депутаттыққа кандидаттардың тізімі');
  expect(text).toContain('ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ОРТАЛЫҚ САЙЛАУ КОМИССИЯСЫ');
  // A cell's words wrap inside its column, so the residence is read word by word; «№ 5» never breaks (item 15).
  for (const word of ['Павлодар', 'облысы,', 'Екібастұз', 'Төраға', 'Хатшы']) expect(text.split(/\s+/), word).toContain(word);
  expect(text).toContain('Астана қаласы');
  expect(text.match(/№ 5 мектеп/g)).toHaveLength(people.length);
  expect(text).not.toMatch(/Павлодарская|Центральная|партия «/);
});
