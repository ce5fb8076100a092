import { formatDate } from '../../../domain/dates';
import type { Lang } from '../../../domain/types';
import type { ChangeValue, FieldChange } from '../../../service/contract';
import { regionName } from '../../lib/reference';

interface Words {
  t: (key: string, options: Record<string, unknown>) => string;
  lang: Lang;
  fieldLabel: (field: string) => string;
}

/** Fields whose value is a code with its own catalog group. */
const CODED: Record<string, string> = {
  sex: 'sex',
  citizenship: 'citizenship',
  education: 'education',
  kind: 'kind',
  status: 'status',
  serviceRestriction: 'serviceRestriction',
};
const DATES = new Set(['birthDate', 'residentSince', 'receivedOn']);

/** A value of a field as the reader's language says it: a code by its name, a date as dd.mm.yyyy, a region by name. */
export function changeValueText(field: string, value: ChangeValue, w: Words): string {
  if (value === null || value === '') return '—';
  if (typeof value === 'object') return value[w.lang] || value.ru || value.kk || value.en;
  if (typeof value === 'boolean') return w.t(value ? 'journal.yes' : 'journal.no', {});
  const text = String(value);
  if (field.startsWith('declarations.')) return w.t(`declarationAnswer.${text}`, { defaultValue: text });
  if (field.startsWith('documents.')) return w.t(`documentState.${text}`, { defaultValue: text });
  if (field === 'residenceRegion') return regionName(text, w.lang);
  if (field === 'districtId') return `№ ${text}`;
  if (DATES.has(field)) return formatDate(text);
  const group = CODED[field];
  return group ? w.t(`${group}.${text}`, { defaultValue: text }) : text;
}

/** One change as a line: «Фамилия: Ұзақов → Ұзақова». */
export function changeText(c: FieldChange, w: Words): string {
  return w.t('journal.change', {
    field: w.fieldLabel(c.field),
    before: changeValueText(c.field, c.before, w),
    after: changeValueText(c.field, c.after, w),
  });
}
