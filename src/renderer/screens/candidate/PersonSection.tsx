import type { ReactNode } from 'react';
import type { Citizenship, Sex } from '../../../domain/types';
import { CheckboxField, DateField, SelectField, TextField } from '../../components/fields';
import { useWords } from '../../i18n/messages';
import { enumChoices } from '../../lib/choices';
import type { Binding } from './binding';

/** The person: names, IIN, birth, sex, citizenship, residence in Kazakhstan, disability. */
export function PersonSection({ b, afterIin }: { b: Binding; afterIin: ReactNode }) {
  const words = useWords();
  const { t } = words;
  const { draft, update, props } = b;
  const choices = enumChoices(words);
  return (
    <fieldset className="form-section">
      <legend>{t('form.personSection')}</legend>
      <div className="field-grid">
        <TextField {...props('surname')} required maxLength={200} value={draft.surname} onChange={(v) => update('surname', v)} />
        <TextField {...props('givenName')} required maxLength={200} value={draft.givenName} onChange={(v) => update('givenName', v)} />
        <TextField {...props('patronymic')} maxLength={200} value={draft.patronymic} onChange={(v) => update('patronymic', v)} />
      </div>
      <div className="field-grid">
        <TextField {...props('iin')} required inputMode="numeric" maxLength={14} value={draft.iin} onChange={(v) => update('iin', v)} />
        <DateField {...props('birthDate')} required value={draft.birthDate} onChange={(v) => update('birthDate', v)} />
        <SelectField {...props('sex')} required empty={t('form.choose')} choices={choices.sexes}
          value={draft.sex} onChange={(v) => update('sex', v as Sex | '')} />
      </div>
      {afterIin}
      <div className="field-grid">
        <SelectField {...props('citizenship')} required empty={t('form.choose')} choices={choices.citizenships}
          value={draft.citizenship} onChange={(v) => update('citizenship', v as Citizenship | '')} />
        <DateField {...props('residentSince')} value={draft.residentSince} onChange={(v) => update('residentSince', v)} />
        <CheckboxField {...props('disability')} checked={draft.disability} onChange={(v) => update('disability', v)}
          hint={t('form.disabilityHint')} />
      </div>
    </fieldset>
  );
}
