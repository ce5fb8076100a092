import referenceData from '../../../resources/reference-data.json';
import type { Lang, Localized } from '../../domain/types';

export interface ReferenceRegion {
  code: string;
  name: Localized;
}

/** The 20 regions and cities of republican significance, in the reference order (cities first). */
export const REFERENCE_REGIONS: readonly ReferenceRegion[] = referenceData.regions.map((r) => ({
  code: r.code,
  name: r.name,
}));

export function regionName(code: string, lang: Lang): string {
  return REFERENCE_REGIONS.find((r) => r.code === code)?.name[lang] ?? code;
}
