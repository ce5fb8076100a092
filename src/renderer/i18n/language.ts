import { LANGS, type Lang } from '../../domain/types';

const LANGUAGE_KEY = 'tizim.language';

/** Each language named in itself, so a clerk finds their own whatever the screen is in. */
export const LANGUAGE_NAMES: Record<Lang, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

/** The remembered language, else the browser's if it is one of ours, else English. */
export function chooseLanguage(remembered: string | null, browserLanguages: readonly string[]): Lang {
  const known = LANGS.find((l) => l === remembered);
  if (known) return known;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    const match = LANGS.find((l) => l === primary);
    if (match) return match;
  }
  return 'en';
}

export function initialLanguage(): Lang {
  let remembered: string | null = null;
  try {
    remembered = localStorage.getItem(LANGUAGE_KEY);
  } catch {
    remembered = null;
  }
  return chooseLanguage(remembered, navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
}

export function rememberLanguage(lang: Lang): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, lang);
  } catch {
    // A browser that refuses storage only forgets the choice on the next launch.
  }
}
