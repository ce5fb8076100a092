import { makeIin } from '../fixtures/iin';
import { expect, test, type Desk } from './fixtures';

// The decision dialog as a keyboard user meets it, in English: modal, focus kept inside and given back, Escape
// closes; a refusal needs its grounds. And the service's cross-candidate findings merged into the form.

test.use({ locale: 'en-GB' });

const DOCUMENTS = {
  application: 'received', biography: 'received', 'declaration-candidate': 'received', 'declaration-spouse': 'received',
  deposit: 'received',
} as const;

/** One eligible person, nominated in two districts: a warning on each nomination (profile default). */
function seedTwoDistricts(desk: Desk): number {
  const [first, second] = desk.must('districts.list', { electionId: 1 });
  const created = desk.must('nominations.create', {
    electionId: 1,
    person: {
      surname: 'Omarov', givenName: 'Nurlan', iin: makeIin('1987-10-08', 'male'), birthDate: '1987-10-08', sex: 'male', citizenship: 'KZ',
      residentSince: '1987-10-08', declarations: { incapacity: 'no', imprisonment: 'no', criminalRecord: 'no', corruption: 'no' },
    },
    nomination: { kind: 'district-self', districtId: first?.id ?? 1, receivedOn: '2023-02-01', documents: DOCUMENTS },
  });
  desk.must('nominations.create', {
    electionId: 1,
    personId: created.person.id,
    nomination: { kind: 'district-self', districtId: second?.id ?? 2, receivedOn: '2023-02-02', documents: DOCUMENTS },
  });
  return created.nomination.id;
}

test('cross-candidate findings beside their field; the dialog keeps focus, closes on Escape, wants grounds to refuse', async ({ page, desk }) => {
  seedTwoDistricts(desk);
  await page.goto(desk.url);
  await page.getByRole('button', { name: /^Open:/ }).click();
  await page.getByLabel('Checks', { exact: true }).selectOption('warnings');
  await expect(page.getByText('Found: 2')).toBeVisible();
  const rows = page.getByRole('row', { name: /Omarov Nurlan/ });
  await expect(rows.first().getByRole('gridcell').nth(8)).toHaveText('1 warn.');
  await rows.first().dblclick();

  // Only the service knows the person's other nomination: its finding comes beside the district.
  const district = page.getByLabel('District', { exact: true });
  await expect(district).toHaveAccessibleDescription(/also nominated in another district/i);
  await expect(page.getByRole('region', { name: 'Checks' })).toContainText('Errors: 0. Warnings: 1.');

  const register = page.getByRole('button', { name: 'Register', exact: true });
  await register.click();
  const dialog = page.getByRole('dialog', { name: 'Registration of the candidate' });
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  const number = dialog.getByLabel('Resolution number');
  await expect(number).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(number).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(register).toBeFocused();

  // A refusal takes the candidacy away: the resolution must say why.
  await page.getByRole('button', { name: 'Refuse registration', exact: true }).click();
  const refusal = page.getByRole('dialog', { name: 'Refusal of registration' });
  const ground = refusal.getByRole('checkbox', { name: /also nominated in another district/i });
  await expect(ground).not.toBeChecked();
  await page.keyboard.type('7/1');
  await page.keyboard.press('Tab');
  await page.keyboard.type('16.02.2023');
  await page.keyboard.press('Control+s');
  const text = refusal.getByLabel(/Grounds \(text of the resolution\)/);
  await expect(text).toBeFocused();
  await expect(refusal.getByRole('group', { name: 'Grounds' })).toContainText('State the grounds');
  await ground.check();
  await text.fill('Nominated in two districts.');
  await refusal.getByRole('button', { name: 'Refuse registration' }).click();
  await expect(refusal).toBeHidden();
  await expect(page.getByText('Status: Refused').first()).toBeVisible();
  await expect(page.getByText('No further decision is possible on this nomination.')).toBeVisible();
  const decisions = page.getByRole('table', { name: 'Decisions of the commission' });
  await expect(decisions.getByRole('row', { name: /7\/1/ })).toContainText('Registration refused');
  await expect(decisions.getByRole('row', { name: /7\/1/ })).toContainText('Nominated in two districts.');
  await expect(decisions.getByRole('row', { name: /7\/1/ })).toContainText('16.02.2023');
});
