import { makeIin } from '../fixtures/iin';
import { expect, test } from './fixtures';

// Issue 11, item 21, in the Kazakh UI: the register dialog of a candidate who cannot be registered says so and why
// (the errors registration finds, a missing document included), instead of an unticked grounds checklist and a
// resolution to fill in; the clerk may turn to a refusal from there.

test.use({ locale: 'kk-KZ' });

test('registering an ineligible candidate: the dialog says it is impossible, and why', async ({ page, desk }) => {
  const districtId = desk.must('districts.list', { electionId: 1 })[0]?.id ?? 1;
  desk.must('nominations.create', {
    electionId: 1,
    person: {
      surname: 'Омаров', givenName: 'Нұрлан', patronymic: 'Серікұлы', iin: makeIin('1987-10-08', 'male', 7), birthDate: '1987-10-08',
      sex: 'male', citizenship: 'KZ', residentSince: '1987-10-08',
      declarations: { incapacity: 'no', imprisonment: 'no', criminalRecord: 'yes', corruption: 'no' },
    },
    // Every document but the deposit: a warning while nominated, an error at registration.
    nomination: {
      kind: 'district-self', districtId, receivedOn: '2023-02-01',
      documents: { application: 'received', biography: 'received', 'declaration-candidate': 'received', 'declaration-spouse': 'received' },
    },
  });
  await page.goto(desk.url);
  await page.getByRole('button', { name: /^Ашу:/ }).click();
  await page.getByRole('row', { name: /Омаров Нұрлан/ }).dblclick();
  await expect(page.getByRole('heading', { level: 1, name: 'Кандидат: Омаров Нұрлан Серікұлы' })).toBeVisible();

  const register = page.getByRole('button', { name: 'Тіркеу', exact: true });
  await register.click();
  const dialog = page.getByRole('dialog', { name: 'Кандидатты тіркеу' });
  await expect(dialog.getByRole('alert')).toContainText('Кандидатты тіркеу мүмкін емес. Себептері:');
  await expect(dialog.getByRole('alert')).toContainText('Өтелмеген немесе алынбаған сотталғандығы бар: кандидат бола алмайды.');
  await expect(dialog.getByRole('alert')).toContainText('Сайлау жарнасының төленгенін растайтын құжат жоқ.');
  // Nothing to fill in and nothing to tick.
  await expect(dialog.getByLabel('Қаулының нөмірі')).toHaveCount(0);
  await expect(dialog.getByRole('checkbox')).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Жабу' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(register).toBeFocused();

  // From there, a refusal: its dialog opens with the resolution to fill in.
  await register.click();
  await dialog.getByRole('button', { name: 'Тіркеуден бас тарту' }).click();
  const refusal = page.getByRole('dialog', { name: 'Тіркеуден бас тарту' });
  await expect(refusal.getByLabel('Қаулының нөмірі')).toBeFocused();
});
