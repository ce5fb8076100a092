import { useTranslation } from 'react-i18next';
import type { Finding, MessageParams } from '../../domain/finding';
import { LANGS, type Lang } from '../../domain/types';
import type { Result } from '../../service/contract';
import { localizeParams, paramWords } from '../../domain/message-text';
import { formatNumber, formatPercent } from '../../domain/numbers';
import { dateParts } from '../lib/dates';
import { wordSaid, type Said } from './said';

export type ServiceError = Extract<Result<never>, { ok: false }>['error'];

export { fieldLabelKey, localizeParams, type ParamWords } from '../../domain/message-text';

/** The catalog words of the renderer: the `ui` namespace first, then `core` (field labels, findings, errors). */
export function useWords() {
  const { t, i18n } = useTranslation('ui');
  const lang: Lang = LANGS.find((l) => l === i18n.language) ?? 'en';
  const words = paramWords((key, options) => t(key, options), lang);
  const { fieldLabel } = words;
  /** A number as the clerk's language writes it (1 000 000; 2,5); `digits` fixes the decimals. */
  const number = (n: number, digits?: number): string => formatNumber(n, lang, digits);
  const message = (key: string, params?: MessageParams): string => t(key, { ...localizeParams(params, words) });
  return {
    t,
    lang,
    fieldLabel,
    message,
    number,
    /** A share (0..1) as a percent: «83,33 %» in Kazakh and Russian, «83.33%» in English. */
    percent: (share: number, digits?: number): string => formatPercent(share, lang, digits),
    findingText: (f: Finding): string => message(f.messageKey, f.params),
    /** The law a finding cites, e.g. «Конституция РК, ст. 51 п. 4»; empty when it cites none. */
    legalText: (f: Finding): string => (f.legalRef ? t(f.legalRef, { defaultValue: '' }) : ''),
    errorText: (e: ServiceError): string => message(e.messageKey, e.params),
    /** Something said earlier, worded now: empty when nothing was said. */
    say: (s: Said | null): string => (s === null ? '' : wordSaid(s, message)),
    /** A date spelled out with the catalog's month names, e.g. «19 марта 2023 г.», «2023 жылғы 19 наурыз». */
    spellDate: (iso: string): string => {
      const parts = dateParts(iso);
      return parts ? t('date.long', { ...parts, month: t(`date.month.${parts.month}`) }) : iso;
    },
  };
}

export type Words = ReturnType<typeof useWords>;
