import type { MessageParams } from '../../domain/finding';

/**
 * What the desk told the clerk (saved, exported, refused), kept as a catalog key with its parameters and worded only
 * when shown: a notice given before a switch of language reads in the new language (issue 11). A parameter that is
 * itself a word of the catalog (the decision taken, a refusal's reason) is kept as a key too.
 */
export interface Said {
  key: string;
  params?: SaidParams;
}

export type SaidParams = Record<string, string | number | Said>;

export const said = (key: string, params?: SaidParams): Said => (params === undefined ? { key } : { key, params });

/** A service error as something said: its message key and parameters. */
export const saidOfError = (e: { messageKey: string; params?: MessageParams }): Said => said(e.messageKey, e.params);

const isSaid = (v: string | number | Said): v is Said => typeof v === 'object';

/** The words of a thing said, in the language of `message` now; nested sayings are worded first. */
export function wordSaid(s: Said, message: (key: string, params?: MessageParams) => string): string {
  if (!s.params) return message(s.key);
  const params: MessageParams = {};
  for (const [name, value] of Object.entries(s.params)) params[name] = isSaid(value) ? wordSaid(value, message) : value;
  return message(s.key, params);
}
