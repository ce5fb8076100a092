import type { PersonInput } from '../../src/domain/types';
import { makeIin } from '../fixtures/iin';
import { ADMIN, expect, test } from './fixtures';

// Issue 11, item 9, in the Kazakh UI: a second IIN for the same name and birth date is warned at the IIN field, and
// the clerk marks the pair as different people from the candidate's form; the warning is gone and the mark journaled.
// Then, by keyboard, the clerk takes the mark back with a reason: the warning is back, the take-back journaled.

test.use({ locale: 'kk-KZ' });

test('a namesake under another IIN is warned, marked as someone else, and the mark taken back', async ({ page, desk }) => {
  const districtId = desk.must('districts.list', { electionId: 1 })[0]?.id ?? 1;
  const person = (iin: string): PersonInput => ({
    surname: 'Омаров', givenName: 'Нұрлан', patronymic: 'Серікұлы', iin, birthDate: '1987-10-08', sex: 'male', citizenship: 'KZ',
    residentSince: '1987-10-08', disability: false, residenceRegion: 'astana', residenceSettlement: 'Астана', education: '',
    occupation: '', workplace: '', partyMembership: '', nationality: '',
    declarations: { incapacity: 'no', imprisonment: 'no', criminalRecord: 'no', corruption: 'no' }, serviceRestriction: '',
  });
  const other = makeIin('1987-10-08', 'male', 70);
  desk.must('nominations.create', { electionId: 1, person: person(makeIin('1987-10-08', 'male', 7)), nomination: { kind: 'district-self', districtId, receivedOn: '2023-02-01' } });
  desk.must('nominations.create', { electionId: 1, person: person(other), nomination: { kind: 'district-self', districtId, receivedOn: '2023-02-01' } });

  await page.goto(desk.url);
  await page.getByRole('button', { name: /^Ашу:/ }).click();
  await page.getByRole('row', { name: /Омаров Нұрлан/ }).first().dblclick();
  const iin = page.getByLabel('ЖСН', { exact: true });
  await expect(iin).toHaveAccessibleDescription(new RegExp(`ЖСН-і басқа \\(${other}\\) адам бар`));
  const offer = page.getByRole('region', { name: 'Бұл адам басқа ЖСН-мен енгізілген болуы мүмкін' });
  await offer.getByRole('button', { name: `Белгілеу: ЖСН ${other} иесі — басқа адам` }).click();
  await expect(offer).toBeHidden();
  await expect(iin).not.toHaveAccessibleDescription(/басқа .* адам бар/);
  expect(desk.must('journal.list', { limit: 1 }).rows[0]?.action).toBe('person_distinction.create');

  const marked = page.getByRole('region', { name: 'Белгіленген: бұлар басқа адамдар' });
  await expect(marked).toContainText(`Омаров Нұрлан Серікұлы, ЖСН ${other},`);
  await marked.screenshot({ path: test.info().outputPath('namesake-marked-kk.png') });
  await marked.getByRole('button', { name: `Белгіні алып тастау: ЖСН ${other}` }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: '«Бұлар әртүрлі адамдар» деген белгіні алып тастау' });
  const reason = dialog.getByLabel('Себебі');
  await expect(reason).toBeFocused();
  // Without a reason nothing is taken back: the journal must say why.
  await dialog.getByRole('button', { name: 'Белгіні алып тастау' }).click();
  await expect(reason).toHaveAccessibleDescription(/Міндетті өріс/);
  await reason.fill('Құжаттар бойынша бұл бір адам');
  await page.screenshot({ path: test.info().outputPath('namesake-take-back-kk.png') });
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toBeHidden();
  await expect(iin).toHaveAccessibleDescription(new RegExp(`ЖСН-і басқа \\(${other}\\) адам бар`));
  await expect(offer.getByRole('button', { name: `Белгілеу: ЖСН ${other} иесі — басқа адам` })).toBeVisible();
  await expect(marked).toBeHidden();
  const [entry] = desk.must('journal.list', { limit: 1 }).rows;
  expect(entry).toMatchObject({ action: 'person_distinction.withdraw', actor: ADMIN.fullName, change: { after: { stands: 0, reason: 'Құжаттар бойынша бұл бір адам' } } });
});
