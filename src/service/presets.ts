import type { Preset } from '../domain/profile';
import type { PresetView } from '../domain/records';
import type { Localized } from '../domain/types';

export { findPreset, PRESETS } from '../domain/presets';

export function presetView(p: Preset): PresetView {
  return { id: p.id, kind: p.kind, name: p.name, electionDay: p.electionDay, listMandates: p.listMandates, needs: p.needs };
}

export { REFERENCE } from '../domain/reference';

/** The name of a single-member district numbered by the council that creates it, in the reference data's wording. */
export function districtName(n: number): Localized {
  return {
    kk: `№ ${n} бір мандатты аумақтық сайлау округі`,
    ru: `Одномандатный территориальный избирательный округ № ${n}`,
    en: `Single-member territorial electoral district No. ${n}`,
  };
}
