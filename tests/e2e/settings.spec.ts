import { makeIin } from '../fixtures/iin';
import { expect, test, type Desk } from './fixtures';

// The settings screen in Russian: the rule profile with the certainty of each setting, an [U] setting changed by
// the commission (and every candidate checked again against it), and the parties' deposit status.

test.use({ locale: 'ru-RU' });

const DOCUMENTS = {
  application: 'received', biography: 'received', 'declaration-candidate': 'received', 'declaration-spouse': 'received',
  deposit: 'received',
} as const;

/** Turns 25 on 1 March 2023: of age on polling day (19 March), not on 18 February. */
function seedBornFirstOfMarch(desk: Desk): void {
  const districtId = desk.must('districts.list', { electionId: 1 })[0]?.id ?? 1;
  desk.must('nominations.create', {
    electionId: 1,
    person: {
      surname: 'Жұмабаева', givenName: 'Алия', iin: makeIin('1998-03-01', 'female'), birthDate: '1998-03-01', sex: 'female', citizenship: 'KZ',
      residentSince: '1998-03-01', declarations: { incapacity: 'no', imprisonment: 'no', criminalRecord: 'no', corruption: 'no' },
    },
    nomination: { kind: 'district-self', districtId, receivedOn: '2023-02-01', documents: DOCUMENTS },
  });
}

test('the rule profile with its certainty; an unresolved setting changed and every candidate checked again', async ({ page, desk }) => {
  seedBornFirstOfMarch(desk);
  await page.goto(desk.url);
  await page.getByRole('button', { name: /^Открыть:/ }).click();
  const row = page.getByRole('row', { name: /Жұмабаева Алия/ });
  await expect(row.getByRole('gridcell').nth(8)).toHaveText('—');

  await page.getByRole('button', { name: 'Настройки' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Настройки' })).toBeFocused();
  const profile = page.getByRole('table', { name: 'Профиль правил выборов' });
  // Each setting's row: its value, then its certainty.
  await expect(profile.getByRole('row', { name: /^Минимальный возраст/ }).getByRole('cell')).toHaveText(['25', '[C] Подтверждено законом']);
  const ageDate = profile.getByRole('row', { name: /^Дата, на которую определяется возраст/ });
  await expect(ageDate.getByRole('cell')).toHaveText(['День голосования (19.03.2023)', '[U] Не решено']);
  await expect(profile.getByRole('row', { name: /^Избирательный взнос, в минимальных зарплатах/ }).getByRole('cell').first()).toHaveText('15');

  // Only [L] and [U] settings have controls; the law's own ([C]) do not.
  const editor = page.getByRole('form', { name: 'Изменить настройки [L] и [U]' });
  await expect(editor.getByLabel('Минимальный возраст')).toHaveCount(0);
  await editor.getByLabel('Дата, на которую определяется возраст').selectOption('date');
  const other = editor.getByLabel('Другая дата', { exact: true });
  await other.fill('31.02.2023');
  await editor.getByRole('button', { name: 'Сохранить настройки' }).click();
  await expect(other).toHaveAttribute('aria-invalid', 'true');
  await expect(other).toHaveAccessibleDescription(/Такой даты нет/);
  await other.fill('18.02.2023');
  // Enter goes on and saves nothing; Ctrl+S saves.
  await other.press('Enter');
  await expect(other).not.toBeFocused();
  expect(desk.must('elections.get', { id: 1 }).profile.ageReferenceDate).not.toBe('2023-02-18');
  await other.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: 'Настройки сохранены' })).toBeVisible();
  await expect(ageDate.getByRole('cell').first()).toHaveText('18.02.2023');
  expect(desk.must('elections.get', { id: 1 }).profile.ageReferenceDate).toBe('2023-02-18');

  // The deposit: the amounts by status, and a party's status set by the commission.
  const rates = page.getByRole('table', { name: 'Избирательный взнос' });
  await expect(rates.getByRole('row', { name: /^Платит 50\s%/ }).getByRole('cell').last()).toHaveText(/^525\s000 тенге$/);
  const amanat = page.getByLabel('партия «AMANAT»');
  await amanat.selectOption('exempt');
  // Its amount column: nothing to pay (the full 1 050 000 тенге also ends in «0 тенге», so the cell is read whole).
  await expect(page.getByRole('row', { name: /AMANAT/ }).getByRole('cell').last()).toHaveText('0 тенге');
  await page.getByRole('button', { name: 'Сохранить статусы взноса' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Статусы взноса сохранены.' })).toBeVisible();
  expect(desk.must('parties.list', { electionId: 1 }).filter((p) => p.depositStatus === 'exempt')).toHaveLength(1);

  // Measured on 18 February, the candidate is 24: the table says so.
  await page.getByRole('button', { name: 'Кандидаты' }).click();
  await expect(row.getByRole('gridcell').nth(8)).toHaveText('ош. 1');
  await row.dblclick();
  await expect(page.getByLabel('Дата рождения')).toHaveAccessibleDescription(/полных лет на 18\.02\.2023 — 24, требуется не менее 25/);

  await page.getByRole('button', { name: 'Журнал' }).click();
  await expect(page.getByRole('table').getByRole('row').filter({ hasText: 'Изменены правила выборов' })).toHaveCount(1);
  await expect(page.getByRole('table').getByRole('row').filter({ hasText: 'Изменена партия' })).toHaveCount(1);
});
