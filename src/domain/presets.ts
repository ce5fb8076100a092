import maslikhatDistrict from '../../resources/presets/maslikhat-district-2023.json';
import maslikhatRegional from '../../resources/presets/maslikhat-regional-2023.json';
import mazhilis from '../../resources/presets/mazhilis-2023.json';
import type { Preset, PresetId, RuleProfile } from './profile';

export const PRESETS: readonly Preset[] = [mazhilis as Preset, maslikhatRegional as Preset, maslikhatDistrict as Preset];

export function findPreset(id: PresetId): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}

/**
 * An election's profile as stored, completed with its preset's defaults for every setting added to Tizim after
 * the election was created: a profile only ever gains settings, and an old election must still be checkable.
 */
export function completeProfile(stored: Partial<RuleProfile>, presetId: PresetId): RuleProfile {
  const defaults = findPreset(presetId)?.profile;
  if (!defaults) throw new Error(`unknown preset ${presetId}`);
  return { ...defaults, ...stored };
}
