import type { Lang } from './types';

// Numbers as each language writes them, on screens, prints and reports alike (issue 11): Kazakh and Russian group
// thousands with a no-break space and write a decimal comma and a spaced percent sign (1 000 000; 83,33 %), English
// groups with a comma (1,000,000; 83.33%). Done here rather than by Intl: Chromium's ICU data (and so Electron's)
// has no Kazakh locale and would write a Kazakh number the English way.

interface Marks {
  group: string;
  decimal: string;
  /** What stands between the number and the percent sign. */
  beforePercent: string;
}

export const NUMBER_MARKS: Record<Lang, Marks> = {
  kk: { group: '\u00a0', decimal: ',', beforePercent: '\u00a0' },
  ru: { group: '\u00a0', decimal: ',', beforePercent: '\u00a0' },
  en: { group: ',', decimal: '.', beforePercent: '' },
};

/**
 * A number in the reader's language: thousands grouped, the language's decimal mark, and exactly `fractionDigits`
 * decimals when given (rounded), else as many as the number has. A negative number takes the minus sign (−).
 */
export function formatNumber(n: number, lang: Lang, fractionDigits?: number): string {
  if (!Number.isFinite(n)) return String(n);
  const marks = NUMBER_MARKS[lang];
  // Ten significant decimals at most: 0.1 + 0.2 is 0.3 to a reader.
  const digits = fractionDigits === undefined ? String(Math.round(Math.abs(n) * 1e10) / 1e10) : Math.abs(n).toFixed(fractionDigits);
  const [whole = '', fraction] = digits.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, marks.group);
  const negative = n < 0 && /[1-9]/.test(digits);
  return `${negative ? '−' : ''}${grouped}${fraction ? `${marks.decimal}${fraction}` : ''}`;
}

/** A share (0..1) as a percent in the reader's language: 0.8333 → «83,33 %» in Russian, «83.33%» in English. */
export function formatPercent(share: number, lang: Lang, fractionDigits?: number): string {
  return `${formatNumber(share * 100, lang, fractionDigits)}${NUMBER_MARKS[lang].beforePercent}%`;
}
