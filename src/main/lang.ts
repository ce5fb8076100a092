import { LANGS, type Lang } from '../domain/types';

/** TIZIM_LANG, else the system's language when it is Kazakh or Russian, else English. */
export function desktopLang(env: NodeJS.ProcessEnv, systemLocale: string): Lang {
  const explicit = env.TIZIM_LANG?.trim().toLowerCase() ?? '';
  if ((LANGS as readonly string[]).includes(explicit)) return explicit as Lang;
  const prefix = systemLocale.slice(0, 2).toLowerCase();
  return prefix === 'kk' || prefix === 'ru' ? prefix : 'en';
}
