import { DOCUMENTS, type Documents, type PersonInput, type Sex } from '../../src/domain/types';
import { makeIin } from '../fixtures/iin';
import { expect, test, type Desk } from './fixtures';

// Issue 11, item 19, in the Russian UI: a list of 25 worked by keyboard. ↑ ↓ Home End go from row to row, "to number
// N" moves a candidate in one step and the move is said in the live region, the quota panel stays in view while the
// list scrolls, and a candidate added from the list starts as a member of that party.

test.use({ locale: 'ru-RU' });

const ALL_DOCUMENTS: Documents = Object.fromEntries(DOCUMENTS.map((d) => [d, 'received']));
const SURNAMES = ['Әлиев', 'Бекетов', 'Ғалымов', 'Жұмабаев', 'Иванов', 'Қасымов', 'Нұрланов', 'Өтепов', 'Сейітов', 'Тоқтаров',
  'Үсенов', 'Шәріпов', 'Ермеков', 'Ахметов', 'Смағұлов', 'Петров', 'Ким', 'Омаров', 'Дәулетов', 'Ибраев', 'Құрманов',
  'Рахимов', 'Мұратов', 'Сапаров', 'Есенов'];

function seedList(desk: Desk, partyId: number, partyCode: string): void {
  SURNAMES.forEach((surname, i) => {
    const sex: Sex = i % 3 === 0 ? 'female' : 'male';
    const birthDate = `19${70 + (i % 20)}-0${1 + (i % 9)}-1${i % 10}`;
    const person: PersonInput = {
      surname: sex === 'female' ? `${surname}а` : surname, givenName: sex === 'female' ? 'Гүлнар' : 'Ерлан', patronymic: '',
      iin: makeIin(birthDate, sex, 300 + i), birthDate, sex, citizenship: 'KZ', residentSince: birthDate, disability: false,
      residenceRegion: 'astana', residenceSettlement: 'Астана', education: 'higher', occupation: 'инженер', workplace: '',
      partyMembership: partyCode, nationality: '', serviceRestriction: '',
      declarations: { incapacity: 'no', imprisonment: 'no', criminalRecord: 'no', corruption: 'no' },
    };
    desk.must('nominations.create', {
      electionId: 1, person,
      nomination: { kind: 'party-list', partyId, receivedOn: '2023-02-01', receivedTime: '10:00', documents: ALL_DOCUMENTS },
    });
  });
}

test('the list editor by keyboard: rows, move to a number, the quota in view, the membership preset', async ({ page, desk }, info) => {
  const [party] = desk.must('parties.list', { electionId: 1 });
  if (!party) throw new Error('the Mazhilis preset has parties');
  seedList(desk, party.id, party.code);
  const names = desk.must('lists.get', { electionId: 1, partyId: party.id, order: 'submitted' }).members.map((m) => `${m.surname} ${m.givenName}`);

  await page.goto(desk.url);
  await page.getByRole('button', { name: /^Открыть:/ }).click();
  await page.getByRole('button', { name: 'Списки' }).click();
  await page.getByRole('button', { name: `Открыть список: ${party.name.ru}` }).click();
  const table = page.getByRole('table', { name: /в поданном порядке/ });
  const row = (n: number) => table.getByRole('row').nth(n);
  const named = (name: string) => table.getByRole('row', { name: new RegExp(`^\\d+ ${name}`) });
  await expect(table.getByRole('row')).toHaveCount(26);

  // From the order checkbox, Tab reaches the column that selects every candidate, then the list at its first row;
  // ↑ ↓ Home End go from row to row.
  await page.getByLabel('Алфавитный порядок (для печати)').focus();
  await page.keyboard.press('Tab');
  await expect(table.getByRole('checkbox', { name: 'Выбрать всех' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(row(1)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(row(3)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(row(2)).toBeFocused();
  await page.keyboard.press('End');
  await expect(row(25)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(row(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(row(1)).toBeFocused();

  // The 24th candidate to number 2, by keyboard: the row's «На номер…» button, the number, Enter to the button, Enter.
  const moving = names[23] ?? '';
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowUp');
  await expect(named(moving)).toBeFocused();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: `Переместить на другой номер: ${moving}` })).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Перемещение кандидата в списке' });
  await expect(dialog).toContainText(`${moving}: сейчас № 24 из 25.`);
  const number = dialog.getByLabel('Новый номер в списке');
  await expect(number).toBeFocused();
  await expect(number).toHaveAccessibleDescription('Целое число от 1 до 25.');
  await page.keyboard.type('26');
  await page.keyboard.press('Control+s');
  await expect(number).toHaveAttribute('aria-invalid', 'true');
  await expect(number).toHaveAccessibleDescription(/Укажите номер от 1 до 25\./);
  await number.fill('2');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('button', { name: 'Переместить' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `${moving}: теперь № 2 из 25.` })).toBeAttached();
  await expect(named(moving)).toBeFocused();
  await expect(row(2).getByRole('cell').first()).toHaveText('2');
  await expect(row(2)).toContainText(moving);
  await expect(row(3)).toContainText(names[1] ?? '');
  await expect
    .poll(() => desk.must('lists.get', { electionId: 1, partyId: party.id, order: 'submitted' }).members.map((m) => `${m.surname} ${m.givenName}`))
    .toEqual([names[0], moving, ...names.slice(1, 23), names[24]]);

  // Alt+↓ moves the focused candidate one down, and the focus goes with it.
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByRole('status').filter({ hasText: `${moving}: теперь № 3 из 25.` })).toBeAttached();
  await expect(named(moving)).toBeFocused();
  await expect(row(3)).toContainText(moving);

  // Scrolled to the end of the list, the quota panel is still wholly in view.
  await page.keyboard.press('End');
  await expect(row(25)).toBeFocused();
  await page.locator('main').evaluate((main) => main.scrollTo(0, main.scrollHeight));
  await expect(page.getByRole('heading', { level: 1, name: /^Список партии/ })).not.toBeInViewport();
  await expect(page.getByRole('region', { name: 'Квота 30 %' })).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: info.outputPath('list-editor-scrolled.png') });

  // A candidate added from the list: the kind, the party and the membership of that party are filled in.
  await page.getByRole('button', { name: 'Добавить кандидата' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Новый кандидат' })).toBeVisible();
  await expect(page.getByLabel('Способ выдвижения', { exact: true })).toHaveValue('party-list');
  await expect(page.getByLabel('Партия', { exact: true })).toHaveValue(String(party.id));
  await expect(page.getByLabel('Партийность', { exact: true })).toHaveValue(party.code);
  await expect(page.getByLabel('Партийность', { exact: true }).locator('option:checked')).toHaveText(party.name.ru);
});
