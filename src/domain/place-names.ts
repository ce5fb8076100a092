import { foldName } from './names';
import { REFERENCE } from './reference';
import type { Localized, RegionKind } from './types';

// A region as parties write it in their workbooks: «город Астана», «г. Астана», «Астана қаласы», «Astana»,
// «Акмолинская обл.», «Ақмола облысы», «АКМОЛА», «ВКО», «область Абай», «Абай облысы»… each resolves to the one
// region of the election it names, or to nothing. The same folding as search (Ё → Е, Kazakh letters typed on a
// Russian keyboard), the words for "city" and "region" in three languages, and the aliases of the reference data.

export interface NamedRegion {
  code: string;
  kind: RegionKind;
  name: Localized;
  /** Other names in use: abbreviations (ВКО), a former name (Нур-Султан), Russian forms of a Kazakh name. */
  aliases?: readonly string[];
}

// Folded as foldName folds them (қаласы → каласы).
const CITY_WORDS = new Set(['город', 'г', 'гор', 'каласы', 'кала', 'к', 'city']);
const REGION_WORDS = new Set(['область', 'обл', 'облысы', 'облисы', 'region', 'oblast', 'province']);

interface PlaceKey {
  /** The name without the words for city and region, in folded words. */
  name: string;
  /** What the text said it is, if it said. */
  kind: RegionKind | null;
}

export function placeKey(text: string): PlaceKey {
  const words = foldName(text.replace(/[-‐–—]/g, ' ')).split(' ').filter((w) => w !== '');
  let kind: RegionKind | null = null;
  const name: string[] = [];
  for (const w of words) {
    if (CITY_WORDS.has(w)) kind = 'city';
    else if (REGION_WORDS.has(w)) kind = 'region';
    else name.push(w);
  }
  return { name: name.join(' '), kind };
}

const ALIASES = new Map(REFERENCE.regions.map((r) => [r.code, r.aliases ?? []]));

/**
 * The regions with the reference data's other names for their codes: the ledger keeps a region's three names, not
 * the abbreviations and former names parties still write (ВКО, Нур-Султан).
 */
export function withReferenceAliases(regions: readonly Omit<NamedRegion, 'aliases'>[]): NamedRegion[] {
  return regions.map((r) => ({ ...r, aliases: ALIASES.get(r.code) ?? [] }));
}

export type RegionResolver = (text: string) => string | null;

/**
 * The resolver of one election's regions: the region's code for a text that names it, or null for one that names
 * none, or names two alike (a bare «Алматы» is the city: a region is always written with its word).
 */
export function regionResolver(regions: readonly NamedRegion[]): RegionResolver {
  const index = new Map<string, Map<string, RegionKind>>();
  const add = (text: string, region: NamedRegion) => {
    const { name } = placeKey(text);
    if (name === '') return;
    let codes = index.get(name);
    if (!codes) index.set(name, (codes = new Map<string, RegionKind>()));
    codes.set(region.code, region.kind);
  };
  for (const region of regions) {
    for (const text of [region.code, region.name.kk, region.name.ru, region.name.en, ...(region.aliases ?? [])]) add(text, region);
  }
  const cache = new Map<string, string | null>();
  return (text) => {
    const known = cache.get(text);
    if (known !== undefined) return known;
    const key = placeKey(text);
    let found = [...(index.get(key.name) ?? new Map<string, RegionKind>())];
    if (key.kind !== null) found = found.filter(([, kind]) => kind === key.kind);
    else if (found.length > 1) found = found.filter(([, kind]) => kind === 'city');
    const code = found.length === 1 ? (found[0]?.[0] ?? null) : null;
    cache.set(text, code);
    return code;
  };
}
