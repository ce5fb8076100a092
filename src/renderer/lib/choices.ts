import { CITIZENSHIPS, EDUCATION_LEVELS, NOMINATION_KINDS, NOMINATION_STATUSES, SEXES } from '../../domain/types';
import type { DistrictView, PartyView } from '../../service/contract';
import type { Choice } from '../components/fields';
import type { Words } from '../i18n/messages';
import { regionName } from './reference';

// The choices of the selects, labelled from the catalogs, shared by the filters and the candidate form.

export function enumChoices(words: Words) {
  const { t } = words;
  const of = (group: string, values: readonly string[]): Choice[] =>
    values.map((value) => ({ value, label: t(`${group}.${value}`) }));
  return {
    kinds: of('kind', NOMINATION_KINDS),
    statuses: of('status', NOMINATION_STATUSES),
    sexes: of('sex', SEXES),
    citizenships: of('citizenship', CITIZENSHIPS),
    education: of('education', EDUCATION_LEVELS),
  };
}

export function partyChoices(parties: readonly PartyView[], words: Words, by: 'id' | 'code'): Choice[] {
  return parties.map((p) => ({ value: by === 'id' ? String(p.id) : p.code, label: p.name[words.lang] }));
}

export function districtChoices(districts: readonly DistrictView[], words: Words): Choice[] {
  return districts.map((d) => ({
    value: String(d.id),
    label: words.t('choice.district', { number: d.number, region: regionName(d.regionCode, words.lang) }),
  }));
}
