// Issue 14, item 8: what a spreadsheet could take for a formula, and the sheet names Excel accepts.

/** The characters that start a formula or a command (DESIGN §8). */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * Whether text would be read as a formula: it starts with one of the formula characters, or with a look-alike that
 * a spreadsheet folds into one (fullwidth ＝ ＋ － ＠, small ﹦ ﹢ ﹣), or with either after invisible characters
 * (a zero-width space, a direction mark) or spaces.
 */
export function looksLikeFormula(text: string): boolean {
  const visible = text.replace(/^[\p{Cf}\p{Zs}]+/u, '');
  const first = [...visible][0];
  if (first === undefined) return false;
  return FORMULA_START.has(first) || FORMULA_START.has(first.normalize('NFKC'));
}

/** Excel's own name for the sheet of a workbook's change history: no sheet may take it. */
const RESERVED = new Set(['history']);
const MAX = 31;

/** At most `max` UTF-16 units, never cutting a letter in two (a surrogate pair, or a letter from its marks). */
function cut(text: string, max: number): string {
  let out = '';
  for (const c of text.match(/\P{M}\p{M}*/gu) ?? []) {
    if (out.length + c.length > max) break;
    out += c;
  }
  return out;
}

/** Excel refuses sheet names over 31 characters, with : \ / ? * [ ], starting or ending with ', "History", and two of one name. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const clean = (s: string) => s.replace(/[\p{Cc}\p{Cf}]/gu, '').replace(/\s+/g, ' ').replace(/^[\s']+|[\s']+$/g, '');
  const base = clean(cut(clean(wanted.replace(/[:\\/?*[\]]/g, ' ')), MAX)) || 'Sheet';
  const free = (n: string) => !taken.has(n.toLowerCase()) && !RESERVED.has(n.toLowerCase());
  let name = base;
  for (let i = 2; !free(name); i++) name = `${clean(cut(base, MAX - String(i).length - 1))} ${i}`;
  taken.add(name.toLowerCase());
  return name;
}
