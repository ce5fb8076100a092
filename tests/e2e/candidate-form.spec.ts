import type { Page } from '@playwright/test';
import { expect, test, type Desk } from './fixtures';

// The candidate form's conversation with the ledger: a person already on file is offered by IIN, warnings do not
// block saving, a taken IIN and a stale version are told at the right place in the clerk's language.

test.use({ locale: 'ru-RU' });

const PERSON = {
  surname: 'Ұзақов',
  givenName: 'Ерлан',
  patronymic: 'Серікұлы',
  iin: '871008401427',
  birthDate: '1987-10-08',
  sex: 'male' as const, // the IIN says female: a warning, never an error
  citizenship: 'KZ' as const,
  residentSince: '1987-10-08',
  declarations: { incapacity: 'no', imprisonment: 'no', criminalRecord: 'no', corruption: 'no' } as const,
};

/** Everything a self-nominee hands in, so that the IIN's sex is the only thing to warn of. */
const DOCUMENTS = {
  application: 'received', biography: 'received', 'declaration-candidate': 'received', 'declaration-spouse': 'received',
  deposit: 'received',
} as const;

function seedOne(desk: Desk): number {
  const districtId = desk.must('districts.list', { electionId: 1 })[0]?.id ?? 1;
  const created = desk.must('nominations.create', {
    electionId: 1,
    person: PERSON,
    nomination: { kind: 'district-self', districtId, receivedOn: '2023-02-01', documents: DOCUMENTS },
  });
  return created.nomination.id;
}

async function openCandidates(page: Page, desk: Desk): Promise<void> {
  await page.goto(desk.url);
  await page.getByRole('button', { name: /^Открыть:/ }).click();
  await expect(page.getByRole('grid', { name: 'Кандидаты' })).toBeVisible();
}

test('a person on file is offered by IIN and nominated again without retyping', async ({ page, desk }) => {
  seedOne(desk);
  await openCandidates(page, desk);
  await page.getByRole('button', { name: 'Новый кандидат' }).click();
  await page.getByLabel('ИИН', { exact: true }).fill('8710 0840 1427');
  await page.getByRole('button', { name: 'Выбрать: Ұзақов Ерлан Серікұлы, дата рождения 08.10.1987' }).click();
  await expect(page.getByLabel('Фамилия', { exact: true })).toBeDisabled();
  await expect(page.getByLabel('Фамилия', { exact: true })).toHaveValue('Ұзақов');
  await page.getByLabel('Способ выдвижения').selectOption('party-list');
  await page.getByLabel('Партия', { exact: true }).selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Кандидаты' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Ұзақов Ерлан/ })).toHaveCount(2);
  expect(desk.must('persons.list', {}).total).toBe(1);
});

test('a warning is shown but does not block; a taken IIN is told at the IIN field', async ({ page, desk }) => {
  seedOne(desk);
  await openCandidates(page, desk);
  await page.getByRole('row', { name: /Ұзақов Ерлан/ }).dblclick();
  await expect(page.getByRole('heading', { level: 1, name: 'Кандидат: Ұзақов Ерлан Серікұлы' })).toBeVisible();
  await expect(page.getByLabel('Пол', { exact: true })).toHaveAccessibleDescription(/закодирован другой пол/);
  await expect(page.getByLabel('Пол', { exact: true })).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('region', { name: 'Проверки' })).toContainText('Ошибок: 0. Предупреждений: 1. Сведений: 1.');
  await page.getByLabel('Место работы').fill('аким аула');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: 'Сохранено' })).toBeVisible();

  await page.getByRole('button', { name: 'Новый кандидат' }).click();
  await page.getByLabel('Фамилия', { exact: true }).fill('Иванова');
  await page.getByLabel('Имя', { exact: true }).fill('Анна');
  await page.getByLabel('ИИН', { exact: true }).fill('871008401427');
  await page.getByLabel('Дата рождения').fill('08.10.1987');
  await page.getByLabel('Пол', { exact: true }).selectOption('female');
  await page.getByLabel('Гражданство').selectOption('KZ');
  await page.getByLabel('Способ выдвижения').selectOption('district-self');
  await page.getByLabel('Округ', { exact: true }).selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByLabel('ИИН', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('ИИН', { exact: true })).toHaveAccessibleDescription(/ИИН 871008401427 уже внесено/);
});

test('a record changed by someone else since it was opened is refused as stale, and can be reopened', async ({ page, desk }) => {
  const id = seedOne(desk);
  await openCandidates(page, desk);
  await page.getByRole('row', { name: /Ұзақов Ерлан/ }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /^Кандидат:/ })).toBeVisible();

  // Another clerk changes the nomination meanwhile.
  const { nomination: n } = desk.must('nominations.get', { id });
  desk.must('nominations.update', {
    id,
    version: n.version,
    nomination: { kind: n.kind, districtId: n.districtId, receivedOn: '2023-02-02', documents: n.documents },
  });

  await page.getByLabel('Дата приёма документов о выдвижении').fill('03.02.2023');
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByRole('alert')).toContainText('Запись изменили после того, как вы её открыли');
  await page.getByRole('button', { name: 'Открыть заново' }).click();
  await expect(page.getByLabel('Дата приёма документов о выдвижении')).toHaveValue('02.02.2023');
});
