import type { EducationLevel } from '../../../domain/types';
import type { PartyView, RegionView } from '../../../service/contract';
import { SelectField, TextField } from '../../components/fields';
import { useWords } from '../../i18n/messages';
import { enumChoices, partyChoices } from '../../lib/choices';
import type { Binding } from './binding';

/** The biographical data a commission publishes about a registered candidate. */
interface Props {
  b: Binding;
  regions: readonly RegionView[];
  parties: readonly PartyView[];
}

export function BiographySection({ b, regions, parties }: Props) {
  const words = useWords();
  const { t, lang } = words;
  const { draft, update, props } = b;
  const memberships = partyChoices(parties, words, 'code');
  // A membership recorded in another election keeps its code visible rather than silently turning into "none".
  if (draft.partyMembership !== '' && !memberships.some((c) => c.value === draft.partyMembership))
    memberships.push({ value: draft.partyMembership, label: draft.partyMembership });
  const places = regions.map((r) => ({ value: r.code, label: r.name[lang] }));
  // A region stored as text that names none of the election's (an old import) is shown as it is, with its finding,
  // until the clerk chooses one: the select never turns it into "not stated" on its own.
  if (draft.residenceRegion !== '' && regions.length > 0 && !places.some((c) => c.value === draft.residenceRegion))
    places.push({ value: draft.residenceRegion, label: draft.residenceRegion });
  return (
    <fieldset className="form-section">
      <legend>{t('form.biographySection')}</legend>
      <div className="field-grid">
        <SelectField {...props('residenceRegion')} empty={t('form.notStated')} value={draft.residenceRegion}
          choices={places}
          onChange={(v) => update('residenceRegion', v)} />
        <TextField {...props('residenceSettlement')} maxLength={200} value={draft.residenceSettlement}
          onChange={(v) => update('residenceSettlement', v)} />
        <SelectField {...props('education')} empty={t('form.notStated')} choices={enumChoices(words).education}
          value={draft.education} onChange={(v) => update('education', v as EducationLevel | '')} />
        <TextField {...props('occupation')} maxLength={300} value={draft.occupation} onChange={(v) => update('occupation', v)} />
        <TextField {...props('workplace')} maxLength={300} value={draft.workplace} onChange={(v) => update('workplace', v)} />
        <SelectField {...props('partyMembership')} empty={t('form.noParty')} choices={memberships}
          value={draft.partyMembership} onChange={(v) => update('partyMembership', v)} />
        <TextField {...props('nationality')} optional maxLength={100} value={draft.nationality}
          onChange={(v) => update('nationality', v)} hint={t('form.nationalityHint')} />
      </div>
    </fieldset>
  );
}
