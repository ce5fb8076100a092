import { LANGS, type Lang } from '../domain/types';

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/**
 * The language of the messages, decided before the command line is parsed so that `--help` and the parser's own
 * complaints are already in it: `--lang`, else TIZIM_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG) when it is
 * Kazakh or Russian, else English. An unknown `--lang` value is returned as `invalid` for the caller to report.
 */
export function pickLang(args: readonly string[], env: NodeJS.ProcessEnv): { lang: Lang; invalid: string | null } {
  const fromEnv = envLang(env);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') break;
    const value = arg === '--lang' ? args[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value === undefined) continue;
    return isLang(value) ? { lang: value, invalid: null } : { lang: fromEnv, invalid: value };
  }
  return { lang: fromEnv, invalid: null };
}

function envLang(env: NodeJS.ProcessEnv): Lang {
  const explicit = env.TIZIM_LANG?.trim().toLowerCase();
  if (explicit !== undefined && isLang(explicit)) return explicit;
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '') ?? '';
  const prefix = locale.slice(0, 2).toLowerCase();
  return prefix === 'kk' || prefix === 'ru' ? prefix : 'en';
}
