import { describe, expect, it } from 'vitest';
import mazhilis from '../../resources/presets/mazhilis-2023.json';
import type { Certainty, ProfileKey, RuleProfile } from '../../src/domain/profile';
import {
  draftDocuments,
  isEditable,
  profileChanges,
  readSetting,
  SETTING_KEYS,
  settingOfField,
  settingsDraft,
  toggleDocument,
} from '../../src/renderer/screens/settings/profile-settings';

const profile = mazhilis.profile as RuleProfile;
const certainty = mazhilis.certainty as Record<ProfileKey, Certainty>;

describe('the rule profile on the settings screen', () => {
  it('knows every setting of the profile', () => {
    expect([...SETTING_KEYS].sort()).toEqual(Object.keys(profile).sort());
  });

  it('drafts every setting as text and reads it back unchanged', () => {
    const draft = settingsDraft(profile);
    expect(draft.quotaShare).toBe('30');
    expect(draft.nominationCloses).toBe('08.02.2023 18:00');
    expect(draft['depositRates.seventy']).toBe('70');
    expect(draft.mandateQuota).toBe('yes');
    for (const key of SETTING_KEYS) expect(readSetting(key, draft), key).toEqual({ ok: true, value: profile[key] });
    expect(profileChanges(profile, certainty, draft)).toEqual({ changes: {}, problems: [] });
  });

  it('sends only the changed [L] and [U] settings', () => {
    expect(isEditable('C')).toBe(false);
    expect(isEditable('U')).toBe(true);
    const draft = { ...settingsDraft(profile), ageReferenceDate: '18.02.2023', minAge: '30', twoDistricts: 'error' };
    // minAge is [C]: the law fixes it, so the screen never sends it.
    expect(profileChanges(profile, certainty, draft)).toEqual({
      changes: { ageReferenceDate: '2023-02-18', twoDistricts: 'error' },
      problems: [],
    });
  });

  it('says what does not read, at its field', () => {
    const open: Record<ProfileKey, Certainty> = { ...certainty, minAge: 'L', nominationCloses: 'U', depositRates: 'L', quotaShare: 'L' };
    const draft = { ...settingsDraft(profile), minAge: '25,5', nominationCloses: '08.02.2023', 'depositRates.half': '150', quotaShare: '33,5' };
    const { changes, problems } = profileChanges(profile, open, draft);
    expect(problems.map((f) => [f.field, f.messageKey])).toEqual([
      ['minAge', 'settings.problem.integer'],
      ['depositRates.half', 'settings.problem.percent'],
      ['nominationCloses', 'settings.problem.moment'],
    ]);
    expect(changes).toEqual({ quotaShare: 0.335 });
  });

  it('reads a local deadline typed with a dot or a colon', () => {
    expect(readSetting('registrationCloses', { registrationCloses: '18.2.2023 9.30' })).toEqual({ ok: true, value: '2023-02-18T09:30' });
    expect(readSetting('registrationCloses', { registrationCloses: '18.02.2023 24:00' }).ok).toBe(false);
  });

  it('ticks and unticks documents per kind, in the catalog order', () => {
    let draft = settingsDraft(profile);
    draft = toggleDocument(draft, 'district-self', 'minutes-extract', true);
    draft = toggleDocument(draft, 'district-self', 'application', false);
    expect(draftDocuments(draft, 'district-self')).toEqual([
      'biography', 'declaration-candidate', 'declaration-spouse', 'deposit', 'minutes-extract',
    ]);
    const { changes } = profileChanges(profile, certainty, draft);
    expect(changes.documents?.['district-self']).toContain('minutes-extract');
    expect(changes.documents?.['party-list']).toEqual(profile.documents['party-list']);
  });

  it('finds the setting a service error names', () => {
    expect(settingOfField('changes.documents.party-list.0')).toBe('documents');
    expect(settingOfField('changes/minAge')).toBe('minAge');
    expect(settingOfField('other')).toBeUndefined();
  });
});
