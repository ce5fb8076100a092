import { foldName } from './names';
import { REFERENCE } from './reference';
import type { Localized } from './types';

// A party as parties and clerks write it: «партия «Respublica»», «Ак жол», «Ақ жол», «Демократическая партия
// Казахстана «Ак жол»», «Aq Jol», «aq-jol»… every name of the party in every language, with or without quotes and
// the word for party, resolves to that party, folded as search folds names.

export interface NamedParty {
  id: number;
  code: string;
  /** The Latin short name, kept for codes and old files; may join two forms with a slash («QHP / НПК»). */
  shortName: string;
  name: Localized;
  /** The short name a reader of each language expects. */
  short: Localized;
  /** Other names in use: the Latin name as Cyrillic text writes it (Аманат, Республика). */
  aliases?: readonly string[];
}

const ALIASES = new Map(REFERENCE.parties.map((p) => [p.code, p.aliases ?? []]));

/** The parties with the reference data's other names for their codes, which the ledger does not keep. */
export function withReferenceAliases<P extends NamedParty>(parties: readonly P[]): P[] {
  return parties.map((p) => ({ ...p, aliases: [...(p.aliases ?? []), ...(ALIASES.get(p.code) ?? [])] }));
}

const PARTY_WORDS = new Set(['партия', 'партиясы', 'party', 'the']);

export function partyKey(text: string): string {
  return foldName(text.replace(/[-‐–—]/g, ' '))
    .split(' ')
    .filter((w) => w !== '' && !PARTY_WORDS.has(w))
    .join(' ');
}

/** The forms a party is known by. */
export function partyForms(p: NamedParty): string[] {
  return [p.code, p.shortName, ...p.shortName.split('/'), p.name.kk, p.name.ru, p.name.en, p.short.kk, p.short.ru, p.short.en, ...(p.aliases ?? [])];
}

/** The party a text names, or null when it names none, or names two parties alike. */
export function partyResolver<P extends NamedParty>(parties: readonly P[]): (text: string) => P | null {
  const index = new Map<string, Set<P>>();
  for (const p of parties)
    for (const form of partyForms(p)) {
      const key = partyKey(form);
      if (key === '') continue;
      let found = index.get(key);
      if (!found) index.set(key, (found = new Set()));
      found.add(p);
    }
  return (text) => {
    const found = index.get(partyKey(text));
    return found?.size === 1 ? ([...found][0] ?? null) : null;
  };
}
