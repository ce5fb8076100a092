import i18next, { type i18n, type TFunction } from 'i18next';
import enCli from '../../resources/locales/en/cli.json';
import enCore from '../../resources/locales/en/core.json';
import enUi from '../../resources/locales/en/ui.json';
import kkCli from '../../resources/locales/kk/cli.json';
import kkCore from '../../resources/locales/kk/core.json';
import kkUi from '../../resources/locales/kk/ui.json';
import ruCli from '../../resources/locales/ru/cli.json';
import ruCore from '../../resources/locales/ru/core.json';
import ruUi from '../../resources/locales/ru/ui.json';
import type { Lang } from './types';

// The catalogs, one per language and namespace: `core` (what the domain and the service say: findings, errors,
// the names of kinds and statuses), `ui` (the renderer), `cli` (the command line). A key missing from `ui` or
// `cli` is looked up in `core`, so a service message key renders anywhere.
export const catalogs = {
  kk: { core: kkCore, ui: kkUi, cli: kkCli },
  ru: { core: ruCore, ui: ruUi, cli: ruCli },
  en: { core: enCore, ui: enUi, cli: enCli },
} as const;

export const NAMESPACES = ['core', 'ui', 'cli'] as const;

export function createI18n(lang: Lang, defaultNS: 'ui' | 'cli' | 'core' = 'ui'): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: false,
    resources: catalogs,
    ns: [...NAMESPACES],
    defaultNS,
    fallbackNS: 'core',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

export function translator(lang: Lang, defaultNS: 'ui' | 'cli' | 'core' = 'core'): TFunction {
  return createI18n(lang, defaultNS).t;
}
