import type { PersonInput, Sex } from '../../src/domain/types';
import { makeIin } from '../fixtures/iin';
import { expect, test, type Desk } from './fixtures';

// Issue 11, item 18, in the Russian UI: registering a list was a blind loop. The dialog now shows what blocks the
// registration, per candidate, with a way to open each; documents are marked received for the ticked candidates or
// for the whole list, one document at a time, each change journaled; a candidate opens from the list (click or Enter).

test.use({ locale: 'ru-RU' });

const SEVEN = ['Заявление', 'Биографические данные', 'Согласие на включение в список', 'Справка о декларации: кандидат',
  'Справка о декларации: супруг(а)', 'Избирательный взнос уплачен', 'Выписка из протокола'];

/** Three candidates of the first party's list, members of it, eligible, who have handed in no document yet. */
function seedList(desk: Desk) {
  const party = desk.must('parties.list', { electionId: 1 })[0];
  if (!party) throw new Error('the Mazhilis preset has parties');
  const add = (surname: string, givenName: string, sex: Sex, serial: number): number => {
    const person: PersonInput = {
      surname, givenName, patronymic: sex === 'female' ? 'Серікқызы' : 'Серікұлы', iin: makeIin('1980-04-04', sex, serial),
      birthDate: '1980-04-04', sex, citizenship: 'KZ', residentSince: '1980-04-04', disability: false, residenceRegion: 'astana',
      residenceSettlement: 'Астана', education: 'higher', occupation: 'инженер', workplace: '', partyMembership: party.code,
      nationality: '', declarations: { incapacity: 'no', imprisonment: 'no', criminalRecord: 'no', corruption: 'no' }, serviceRestriction: '',
    };
    return desk.must('nominations.create', {
      electionId: 1, person,
      nomination: { kind: 'party-list', partyId: party.id, receivedOn: '2023-02-01', receivedTime: '10:00', documents: {} },
    }).nomination.id;
  };
  const ids = [add('Әлиева', 'Гүлнар', 'female', 11), add('Бекетов', 'Ерлан', 'male', 22), add('Сейітов', 'Асхат', 'male', 33)];
  return { party, ids };
}

test('the list decision shows what blocks it per candidate; documents are marked for many at once; a candidate opens from the list', async ({ page, desk }) => {
  const { party, ids } = seedList(desk);
  const [aliyeva, beketov, seyitov] = ids as [number, number, number];
  const partyName = party.name.ru;
  await page.goto(desk.url);
  await page.getByRole('button', { name: /^Открыть:/ }).click();
  await page.getByRole('button', { name: 'Списки' }).click();
  await page.getByRole('button', { name: `Открыть список: ${partyName}` }).click();
  const editor = page.getByRole('heading', { level: 1, name: `Список партии «${party.shortName}»` });
  await expect(editor).toBeVisible();

  // Before submitting: the three candidates and what each lacks, not «no findings».
  await page.getByRole('button', { name: 'Зарегистрировать список' }).click();
  const dialog = page.getByRole('dialog', { name: 'Регистрация партийного списка' });
  const blockers = dialog.getByRole('region', { name: /Регистрации препятствует/ });
  await expect(blockers).toContainText('Кандидатов с ошибками: 3');
  // Which documents are lacking and of how many, the candidates' errors on one line each.
  await expect(blockers).toContainText(`Не хватает документов: ${SEVEN.map((d) => `«${d}» — у 3`).join('; ')}.`);
  await expect(blockers.getByRole('listitem').filter({ hasText: 'Әлиева Гүлнар Серікқызы' }).first()).toContainText(`Ошибка: нет документов — ${SEVEN.join(', ')}.`);
  await expect(blockers.getByRole('button', { name: /^Открыть кандидата:/ })).toHaveCount(3);
  // A blocker opens its candidate.
  await blockers.getByRole('button', { name: 'Открыть кандидата: Бекетов Ерлан Серікұлы' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Кандидат: Бекетов Ерлан Серікұлы' })).toBeVisible();
  await page.getByRole('button', { name: 'К списку' }).first().click();
  await expect(editor).toBeVisible();

  // One document for the ticked candidate only.
  const bulk = page.getByRole('group', { name: 'Документы сразу у нескольких кандидатов' });
  await page.getByRole('checkbox', { name: 'Выбрать: Бекетов Ерлан Серікұлы' }).check();
  await bulk.getByLabel('Документ', { exact: true }).selectOption({ label: 'Избирательный взнос уплачен' });
  await bulk.getByRole('button', { name: 'Получен у выбранных (1)' }).click();
  await expect(page.getByRole('status').filter({ hasText: '«Избирательный взнос уплачен» отмечен как полученный; изменено кандидатов: 1.' })).toBeVisible();
  expect([aliyeva, beketov, seyitov].map((id) => desk.must('nominations.get', { id }).nomination.documents.deposit ?? 'missing'))
    .toEqual(['missing', 'received', 'missing']);

  // Then each of the seven for the whole list: seven steps instead of twenty-one selects.
  for (const document of SEVEN) {
    await bulk.getByLabel('Документ', { exact: true }).selectOption({ label: document });
    await bulk.getByRole('button', { name: 'Получен у всех кандидатов списка' }).click();
    await expect(page.getByRole('status').filter({ hasText: `«${document}» отмечен как полученный` })).toBeVisible();
  }
  const journal = desk.must('journal.list', { entity: 'nomination', entityId: aliyeva, limit: 20 }).rows;
  expect(journal.filter((r) => r.action === 'nomination.documents')).toHaveLength(7);

  await page.getByRole('button', { name: 'Зарегистрировать список' }).click();
  await expect(dialog.getByText('Препятствий для регистрации списка нет.')).toBeVisible();
  await expect(dialog.getByLabel('Номер постановления')).toBeFocused();
  await page.keyboard.type('15/2');
  await page.keyboard.press('Tab');
  await page.keyboard.type('17.02.2023');
  await page.keyboard.press('Control+s');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Статус списка: Зарегистрирован. Постановление № 15/2 от 17.02.2023.')).toBeVisible();

  // Enter on a row of the list opens the candidate, with the documents as marked.
  await page.getByRole('row', { name: /Сейітов Асхат/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Кандидат: Сейітов Асхат Серікұлы' })).toBeVisible();
  await expect(page.getByLabel('Заявление', { exact: true })).toHaveValue('received');
});
