import type { Preset } from '../domain/profile';
import type { PresetView } from '../domain/records';
import type { Localized, RegionKind } from '../domain/types';
import reference from '../../resources/reference-data.json';

export { findPreset, PRESETS } from '../domain/presets';

export function presetView(p: Preset): PresetView {
  return { id: p.id, kind: p.kind, name: p.name, electionDay: p.electionDay, listMandates: p.listMandates, needs: p.needs };
}

export interface ReferenceRegion {
  code: string;
  kind: RegionKind;
  name: Localized;
  utcOffsetHours: number;
}

export const REFERENCE = {
  regions: reference.regions as ReferenceRegion[],
  mazhilisDistricts: reference.mazhilisDistricts as { number: number; region: string; name: Localized }[],
  parties: reference.parties as { code: string; ballotOrder: number; shortName: string; name: Localized }[],
};

/** The name of a single-member district numbered by the council that creates it, in the reference data's wording. */
export function districtName(n: number): Localized {
  return {
    kk: `№ ${n} бір мандатты аумақтық сайлау округі`,
    ru: `Одномандатный территориальный избирательный округ № ${n}`,
    en: `Single-member territorial electoral district No. ${n}`,
  };
}
