import { DOCUMENTS, type Documents, type PersonInput, type Sex } from '../../src/domain/types';
import { makeIin } from '../fixtures/iin';
import { expect, test, type Desk } from './fixtures';

// Entries made in error and corrections of decisions, as a clerk meets them in the Russian and the Kazakh UI (issue
// 11, items 4 and 5): a mistyped nomination voided with its reason and gone from the table but not from the journal;
// an election created twice caught by the confirmation, told apart in the picker and voided; a mistyped resolution
// number corrected, the history showing both; a list's resolution corrected and printed as corrected.

const ALL_DOCUMENTS: Documents = Object.fromEntries(DOCUMENTS.map((d) => [d, 'received']));
let serial = 0;

function candidate(surname: string, sex: Sex, partyMembership = ''): PersonInput {
  serial++;
  const birthDate = sex === 'female' ? '1981-05-05' : '1975-04-04';
  return {
    surname, givenName: sex === 'female' ? 'Гүлнар' : 'Ерлан', patronymic: '', iin: makeIin(birthDate, sex, 100 + serial * 7),
    birthDate, sex, citizenship: 'KZ', residentSince: birthDate, disability: false, residenceRegion: 'astana',
    residenceSettlement: 'Астана', education: 'higher', occupation: 'инженер', workplace: '', partyMembership,
    nationality: '', declarations: { incapacity: 'no', imprisonment: 'no', criminalRecord: 'no', corruption: 'no' },
    serviceRestriction: '',
  };
}

function districtCandidate(desk: Desk, surname: string, districtIndex: number): number {
  const district = desk.must('districts.list', { electionId: 1 })[districtIndex];
  return desk.must('nominations.create', {
    electionId: 1,
    person: candidate(surname, 'male'),
    nomination: { kind: 'district-self', districtId: district?.id ?? 1, receivedOn: '2023-02-01', receivedTime: '10:00', documents: ALL_DOCUMENTS },
  }).nomination.id;
}

test.describe('in Russian', () => {
  test.use({ locale: 'ru-RU' });

  test('a mistyped nomination is voided with its reason: gone from the table and the counts, kept in the journal', async ({ page, desk }) => {
    districtCandidate(desk, 'Бекетов', 0);
    districtCandidate(desk, 'Ғалымов', 1);
    await page.goto(desk.url);
    await page.getByRole('button', { name: /^Открыть:/ }).click();
    await expect(page.getByText('Найдено: 2')).toBeVisible();
    await page.getByRole('row', { name: /Ғалымов Ерлан/ }).dblclick();
    await expect(page.getByRole('heading', { level: 1, name: 'Кандидат: Ғалымов Ерлан' })).toBeVisible();

    await page.getByRole('button', { name: 'Признать запись ошибочной…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Признание записи ошибочной' });
    const reason = dialog.getByLabel('Причина', { exact: true });
    await expect(reason).toBeFocused();
    await expect(dialog).toContainText('Это не решение комиссии.');
    // A voiding without its reason is not recorded.
    await dialog.getByRole('button', { name: 'Признать ошибочной' }).click();
    await expect(reason).toHaveAccessibleDescription(/Обязательное поле/);
    await reason.fill('Внесено повторно, кандидат выдвинут в округе № 1');
    await dialog.getByRole('button', { name: 'Признать ошибочной' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Запись признана ошибочной' })).toContainText(
      '(Аманова Сәуле). Причина: Внесено повторно, кандидат выдвинут в округе № 1.',
    );
    await expect(page.getByRole('button', { name: 'Признать запись ошибочной…' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Сохранить' })).toBeDisabled();

    await page.getByRole('button', { name: 'К списку' }).click();
    await expect(page.getByText('Найдено: 1')).toBeVisible();
    await expect(page.getByRole('row', { name: /Ғалымов/ })).toHaveCount(0);
    // Asked for, the voided entry is there, marked so.
    await page.getByLabel('Статус', { exact: true }).selectOption({ label: 'Признанные ошибочными записи' });
    await expect(page.getByText('Найдено: 1')).toBeVisible();
    await expect(page.getByRole('row', { name: /Ғалымов Ерлан/ }).getByRole('gridcell').nth(7)).toHaveText('Признана ошибочной');

    await page.getByRole('button', { name: 'Выборы', exact: true }).click();
    await expect(page.getByRole('row', { name: /Мажилиса/ }).getByRole('cell').nth(7)).toHaveText('1');

    await page.getByRole('button', { name: 'Журнал' }).click();
    await page.getByLabel('Действие', { exact: true }).selectOption({ label: 'Выдвижение признано ошибочной записью' });
    await expect(page.getByText(/^Записи 1–1 из 1$/)).toBeVisible();
    const row = page.getByRole('table').getByRole('row').nth(1);
    await expect(row.getByRole('cell').nth(1)).toHaveText('Аманова Сәуле');
    await expect(row).toContainText('Ғалымов Ерлан');
    await expect(row).toContainText('признано ошибочной записью: Внесено повторно, кандидат выдвинут в округе № 1');
  });

  test('a mistyped resolution number is corrected: the decision keeps what was recorded, the history shows both', async ({ page, desk }) => {
    const id = districtCandidate(desk, 'Жұмабаев', 2);
    desk.must('nominations.decide', {
      id, version: 1, decision: 'registered', resolutionNumber: '12/3', resolutionDate: '2023-02-10', grounds: { rules: [], text: '' },
    });
    await page.goto(desk.url);
    await page.getByRole('button', { name: /^Открыть:/ }).click();
    await page.getByRole('row', { name: /Жұмабаев Ерлан/ }).dblclick();
    const decisions = page.getByRole('table', { name: 'Решения комиссии' });
    await expect(decisions.getByRole('row').nth(1).getByRole('cell').nth(0)).toHaveText('12/3');

    await decisions.getByRole('button', { name: 'Исправить реквизиты: Зарегистрирован, постановление № 12/3' }).click();
    const dialog = page.getByRole('dialog', { name: 'Исправление реквизитов постановления' });
    const number = dialog.getByLabel('Номер постановления', { exact: true });
    await expect(number).toBeFocused();
    await expect(number).toHaveValue('12/3');
    await expect(dialog.getByLabel('Дата постановления', { exact: true })).toHaveValue('10.02.2023');
    await number.fill('12/4');
    // Enter goes on to the next field, not to saving.
    await number.press('Enter');
    await expect(dialog.getByLabel('Дата постановления', { exact: true })).toBeFocused();
    await dialog.getByRole('button', { name: 'Записать исправление' }).click();
    await expect(dialog.getByLabel('Причина исправления', { exact: true })).toHaveAccessibleDescription(/Обязательное поле/);
    await dialog.getByLabel('Причина исправления', { exact: true }).fill('Опечатка в номере постановления');
    await dialog.getByRole('button', { name: 'Записать исправление' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Исправление записано' })).toHaveText(
      'Исправление записано: постановление № 12/4 от 10.02.2023.',
    );

    const first = decisions.getByRole('row').nth(1);
    await expect(first.getByRole('rowheader')).toHaveText('Зарегистрирован');
    await expect(first.getByRole('cell').nth(0)).toHaveText('12/4');
    await expect(first.getByRole('cell').nth(1)).toHaveText('10.02.2023');
    await expect(first.getByRole('cell').nth(4)).toContainText(
      '(Аманова Сәуле): было № 12/3 от 10.02.2023, стало № 12/4 от 10.02.2023. Причина: Опечатка в номере постановления',
    );
    const journal = page.getByRole('table', { name: 'Записи журнала' });
    await expect(journal.getByRole('row').last()).toContainText('Исправлены реквизиты постановления');
    await expect(journal.getByRole('row').last()).toContainText(
      'исправление постановления (Зарегистрирован): было № 12/3 от 10.02.2023, стало № 12/4 от 10.02.2023; причина: Опечатка в номере постановления',
    );
  });

  test("a list's resolution is corrected on the list, in each candidate's history and on the printed list", async ({ page, desk }) => {
    const [party] = desk.must('parties.list', { electionId: 1 });
    if (!party) throw new Error('the Mazhilis preset has parties');
    const members = [candidate('Әлиева', 'female', party.code), candidate('Бекетов', 'male', party.code), candidate('Иванов', 'male', party.code)].map(
      (person) =>
        desk.must('nominations.create', {
          electionId: 1,
          person,
          nomination: { kind: 'party-list', partyId: party.id, receivedOn: '2023-02-01', receivedTime: '10:00', documents: ALL_DOCUMENTS },
        }).nomination.id,
    );
    const list = desk.must('lists.get', { electionId: 1, partyId: party.id, order: 'submitted' });
    desk.must('lists.decide', {
      electionId: 1, partyId: party.id, version: list.version, decision: 'registered', resolutionNumber: '7/1', resolutionDate: '2023-02-15',
      grounds: { rules: [], text: '' },
    });

    await page.goto(desk.url);
    await page.getByRole('button', { name: /^Открыть:/ }).click();
    await page.getByRole('button', { name: 'Списки' }).click();
    await page.getByRole('button', { name: `Открыть список: ${party.name.ru}` }).click();
    await expect(page.getByText('Статус списка: Зарегистрирован. Постановление № 7/1 от 15.02.2023.')).toBeVisible();

    await page.getByRole('button', { name: 'Исправить реквизиты постановления…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Исправление реквизитов постановления по списку' });
    await dialog.getByLabel('Номер постановления', { exact: true }).fill('7/2');
    await dialog.getByLabel('Дата постановления', { exact: true }).fill('16.02.2023');
    await dialog.getByLabel('Причина исправления', { exact: true }).fill('В постановлении № 7/2 от 16.02.2023');
    await dialog.getByRole('button', { name: 'Записать исправление' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Статус списка: Зарегистрирован. Постановление № 7/2 от 16.02.2023.')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Исправления постановления' })).toContainText(
      'было № 7/1 от 15.02.2023, стало № 7/2 от 16.02.2023. Причина: В постановлении № 7/2 от 16.02.2023',
    );

    await page.getByRole('button', { name: 'Печать списка' }).click();
    await expect(page.getByText('Зарегистрирован постановлением № 7/2 от 16.02.2023')).toBeVisible();
    await expect(page.getByText(/№ 7\/1/)).toHaveCount(0);
    expect(members).toHaveLength(3);
    // Each candidate's decision, taken by that resolution, is corrected with it.
    const [d] = desk.must('nominations.history', { id: members[1] ?? 0 }).decisions;
    expect(d).toMatchObject({ resolutionNumber: '7/2', resolutionDate: '2023-02-16', recorded: { resolutionNumber: '7/1', resolutionDate: '2023-02-15' } });
  });
  test('the journal writes nothing for an unchanged save, tells a change field by field, and filters by candidate', async ({ page, desk }) => {
    const id = districtCandidate(desk, 'Бекетов', 3);
    const { person } = desk.must('nominations.get', { id });
    await page.goto(desk.url);
    await page.getByRole('button', { name: /^Открыть:/ }).click();
    await page.getByRole('row', { name: /Бекетов Ерлан/ }).dblclick();
    await page.getByLabel('Фамилия', { exact: true }).fill('Бекетовъ');
    await page.getByLabel('Фамилия', { exact: true }).fill('Бекетов');
    // Typed and typed back: the save changes nothing, and nothing is written.
    await page.keyboard.press('Control+s');
    await expect(page.getByRole('status').filter({ hasText: 'Изменений нет' })).toHaveText('Изменений нет: ничего не записано.');
    await page.getByLabel('Место работы', { exact: true }).fill('Школа № 5');
    await page.keyboard.press('Control+s');
    await expect(page.getByRole('status').filter({ hasText: 'Сохранено' })).toContainText('Бекетов');
    await page.getByRole('row', { name: /Бекетов Ерлан/ }).dblclick();
    const history = page.getByRole('table', { name: 'Записи журнала' });
    await expect(history.getByRole('row')).toHaveCount(4);
    await expect(history.getByRole('row').last()).toContainText('Изменены данные лица');
    await expect(history.getByRole('row').last().getByRole('listitem')).toHaveText(['Место работы: — → Школа № 5']);

    await page.getByRole('button', { name: 'Журнал' }).click();
    await page.getByLabel('ИИН кандидата', { exact: true }).fill(person.iin.slice(0, 6));
    await expect(page.getByLabel('ИИН кандидата', { exact: true })).toHaveAccessibleDescription('Введите все 12 цифр ИИН.');
    await page.getByLabel('ИИН кандидата', { exact: true }).fill(person.iin);
    await expect(page.getByText(/^Записи 1–3 из 3$/)).toBeVisible();
    await expect(page.getByRole('table').getByRole('row').nth(1)).toContainText('Место работы: — → Школа № 5');
    await page.getByRole('button', { name: 'Сбросить отбор' }).click();
    // Words are found as names are: «бекетов» finds «Бекетов».
    await page.getByLabel('Поиск', { exact: true }).fill('бекетов');
    await expect(page.getByText(/^Записи 1–3 из 3$/)).toBeVisible();
    await page.getByLabel('Поиск', { exact: true }).press('Enter');
    await expect(page.getByLabel('ИИН кандидата', { exact: true })).toBeFocused();
  });
});

test.describe('in Kazakh', () => {
  test.use({ locale: 'kk-KZ' });

  test('creating an election asks first and names the same one on file; a copy made anyway is told apart and voided', async ({ page, desk }) => {
    await page.goto(desk.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Сайлаулар' })).toBeVisible();
    const preset = page.getByRole('combobox', { name: 'Сайлау үлгісі' });
    await preset.selectOption('mazhilis-2023');
    await page.getByRole('button', { name: 'Сайлауды құру' }).click();
    const dialog = page.getByRole('dialog', { name: 'Сайлауды құру керек пе?' });
    await expect(dialog).toContainText('Тізілімде мұндай сайлау бұрыннан бар (1)');
    await expect(dialog).toContainText(/№ 1, құрылған уақыты \d{2}\.\d{2}\.\d{4} \d{2}:\d{2}:\d{2}, ұсынулар: 0/);
    await expect(dialog.getByRole('button', { name: 'Сайлауды құру' })).toBeFocused();
    // Escape goes back and creates nothing.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('row', { name: /Мәжілісінің/ })).toHaveCount(1);

    // Created anyway (Enter on the confirm button): two rows, told apart by when each was created.
    await page.getByRole('button', { name: 'Сайлауды құру' }).click();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Сайлау құрылды. Келесі қадамдар' })).toBeVisible();
    await page.getByRole('button', { name: 'Сайлаулар', exact: true }).click();
    const rows = page.getByRole('row', { name: /Мәжілісінің/ });
    await expect(rows).toHaveCount(2);
    // Told apart by number and by when each was created.
    await expect(rows.nth(0).getByRole('cell').nth(0)).toHaveText('1');
    await expect(rows.nth(1).getByRole('cell').nth(0)).toHaveText('2');
    const created = [await rows.nth(0).getByRole('cell').nth(3).textContent(), await rows.nth(1).getByRole('cell').nth(3).textContent()];
    for (const at of created) expect(at).toMatch(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}:\d{2}$/);

    await rows.nth(1).getByRole('button', { name: /^Қате жазба деп тану:/ }).click();
    const voiding = page.getByRole('dialog', { name: 'Сайлауды қате жазба деп тану' });
    await expect(voiding).toContainText(`құрылған уақыты: ${created[1] ?? ''}`);
    await voiding.getByLabel('Себебі', { exact: true }).fill('Екі рет басылып, қайта құрылды');
    await voiding.getByRole('button', { name: 'Қате деп тану' }).click();
    await expect(voiding).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'қате жазба деп танылды' })).toContainText(`${created[1] ?? ''} құрылған`);
    await expect(rows).toHaveCount(1);
    await expect(rows.first().getByRole('cell').nth(0)).toHaveText('1');
    await expect(rows.first().getByRole('cell').nth(3)).toHaveText(created[0] ?? '');

    await page.getByRole('button', { name: 'Журнал' }).click();
    await page.getByLabel('Әрекет', { exact: true }).selectOption({ label: 'Сайлау қате жазба деп танылды' });
    await expect(page.getByRole('table').getByRole('row').nth(1)).toContainText('қате жазба деп танылды: Екі рет басылып, қайта құрылды');
  });
});
