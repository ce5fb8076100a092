import { nominationNeeds, type NominationKind, type NominationStatus } from '../../../domain/types';
import type { DistrictView, PartyView } from '../../../service/contract';
import { DateField, SelectField, TextField } from '../../components/fields';
import { useWords } from '../../i18n/messages';
import { districtChoices, enumChoices, partyChoices } from '../../lib/choices';
import type { Binding } from './binding';

interface Props {
  b: Binding;
  parties: readonly PartyView[];
  districts: readonly DistrictView[];
  status: NominationStatus | null;
}

/** The nomination: its kind, and the party, association, district and list position that kind calls for. */
export function NominationSection({ b, parties, districts, status }: Props) {
  const words = useWords();
  const { t } = words;
  const { draft, update, props } = b;
  const needs = draft.kind === '' ? null : nominationNeeds(draft.kind);
  return (
    <fieldset className="form-section">
      <legend>{t('form.nominationSection')}</legend>
      {status && <p className="status-line">{t('form.status', { status: t(`status.${status}`) })}</p>}
      <div className="field-grid">
        <SelectField {...props('kind')} required empty={t('form.choose')} choices={enumChoices(words).kinds}
          value={draft.kind} onChange={(v) => update('kind', v as NominationKind | '')} />
        {needs?.party && (
          <SelectField {...props('partyId')} required empty={t('form.choose')} choices={partyChoices(parties, words, 'id')}
            value={draft.partyId} onChange={(v) => update('partyId', v)} />
        )}
        {needs?.association && (
          <TextField {...props('associationName')} required maxLength={300} value={draft.associationName}
            onChange={(v) => update('associationName', v)} />
        )}
        {needs?.district && (
          <SelectField {...props('districtId')} required empty={t('form.choose')} choices={districtChoices(districts, words)}
            value={draft.districtId} onChange={(v) => update('districtId', v)} />
        )}
        {needs?.listPosition && (
          <TextField {...props('listPosition')} inputMode="numeric" maxLength={4} value={draft.listPosition}
            onChange={(v) => update('listPosition', v)} hint={t('form.listPositionHint')} />
        )}
        <DateField {...props('receivedOn')} required value={draft.receivedOn} onChange={(v) => update('receivedOn', v)} />
        <TextField {...props('receivedTime')} optional maxLength={5} value={draft.receivedTime}
          onChange={(v) => update('receivedTime', v)} hint={t('form.receivedTimeHint')} />
      </div>
    </fieldset>
  );
}
