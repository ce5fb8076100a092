import { useTranslation } from 'react-i18next';
import { formatDate } from '../../domain/dates';
import type { Finding, MessageParams } from '../../domain/finding';
import { LANGS, type Lang } from '../../domain/types';
import type { Result } from '../../service/contract';
import { dateParts, groupDigits } from '../lib/dates';

export type ServiceError = Extract<Result<never>, { ok: false }>['error'];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Kazakh and Russian group thousands with a (no-break) space, English with a comma. */
const THOUSANDS: Record<Lang, string> = { kk: '\u00a0', ru: '\u00a0', en: ',' };

/**
 * Parameters as a reader expects them: ISO dates as dd.mm.yyyy and a field name as the field's label, since
 * the service names fields by their API key.
 */
export function localizeParams(
  params: MessageParams | undefined,
  fieldLabel: (field: string) => string,
): MessageParams | undefined {
  if (!params) return undefined;
  const out: MessageParams = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string' && ISO_DATE.test(value)) out[name] = formatDate(value);
    else if (name === 'field' && typeof value === 'string') out[name] = fieldLabel(value);
    else out[name] = value;
  }
  return out;
}

/** The catalog words of the renderer: the `ui` namespace first, then `core` (field labels, findings, errors). */
export function useWords() {
  const { t, i18n } = useTranslation('ui');
  const lang: Lang = LANGS.find((l) => l === i18n.language) ?? 'en';
  const fieldLabel = (field: string): string => t(`field.${field}`, { defaultValue: field });
  const message = (key: string, params?: MessageParams): string => t(key, { ...localizeParams(params, fieldLabel) });
  return {
    t,
    lang,
    fieldLabel,
    message,
    findingText: (f: Finding): string => message(f.messageKey, f.params),
    errorText: (e: ServiceError): string => message(e.messageKey, e.params),
    number: (n: number): string => groupDigits(n, THOUSANDS[lang]),
    /** A date spelled out with the catalog's month names, e.g. «19 марта 2023 г.», «2023 жылғы 19 наурыз». */
    spellDate: (iso: string): string => {
      const parts = dateParts(iso);
      return parts ? t('date.long', { ...parts, month: t(`date.month.${parts.month}`) }) : iso;
    },
  };
}

export type Words = ReturnType<typeof useWords>;
