import { foldName } from '../domain/names';

/**
 * An FTS5 query in which every word the clerk typed must begin a word of the name. Words are folded the way the
 * stored names are and quoted, so no input can be read as FTS5 syntax.
 */
export function ftsQuery(text: string): string | null {
  const words = foldName(text)
    .split(' ')
    .map((w) => w.replace(/"/g, ''))
    .filter((w) => w !== '' && w !== '-');
  if (words.length === 0) return null;
  return words.map((w) => `"${w}"*`).join(' ');
}
