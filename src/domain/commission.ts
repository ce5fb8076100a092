import { translator } from './i18n';
import { LANGS, type ElectionKind, type Lang, type Localized } from './types';

// Whose documents the desk prints (issue 11): the commission that keeps this election's ledger — the Central Election
// Commission, a territorial commission of a region or a city of republican significance, or a district commission of
// one single-member district. Its level and its name in each language are a setting of the election, set when the
// election is created and changed later in the settings, each change journaled; every print and report heads with it.

export const COMMISSION_LEVELS = ['central', 'territorial', 'district'] as const;
export type CommissionLevel = (typeof COMMISSION_LEVELS)[number];

export interface Commission {
  level: CommissionLevel;
  /** As the commission's documents name it; a language left empty reads as the Russian name. */
  name: Localized;
}

/**
 * The commission an election has until the clerk says otherwise: the Central Election Commission registers the
 * Mazhilis party lists, the territorial commission of the region registers a maslikhat's (domain reference §1).
 */
export function defaultCommissionLevel(kind: ElectionKind): CommissionLevel {
  return kind === 'mazhilis' ? 'central' : 'territorial';
}

/** Where a territorial or district commission sits: the region's name in each language, the district's number. */
export interface CommissionSeat {
  region?: Localized | null;
  districtNumber?: number | null;
}

/**
 * The commission's name as the catalogs word it for its level, in each language; null when the level needs what the
 * seat does not give (a territorial commission without its region, a district commission without its number).
 */
export function standardCommissionName(level: CommissionLevel, seat: CommissionSeat = {}): Localized | null {
  if (level === 'territorial' && !seat.region) return null;
  if (level === 'district' && (seat.districtNumber === null || seat.districtNumber === undefined)) return null;
  const name = (lang: Lang): string => {
    const t = translator(lang, 'core');
    if (level === 'central') return t('commission.cec');
    if (level === 'territorial') return t('commission.territorial', { region: seat.region?.[lang] || seat.region?.ru || '' });
    return t('commission.district', { number: seat.districtNumber ?? '' });
  };
  return Object.fromEntries(LANGS.map((l) => [l, name(l)])) as Localized;
}

/** The commission's name in a reader's language: the Russian one where that language's is empty. */
export function commissionName(commission: Commission, lang: Lang): string {
  return commission.name[lang] || commission.name.ru || commission.name.kk || commission.name.en;
}
