import type { PartyRef, RowOptions } from './import-row';
import { partyResolver, type NamedParty } from './party-names';
import { regionResolver, type NamedRegion } from './place-names';
import { REFERENCE } from './reference';

// What a row of a workbook is read against: the election's districts, its parties by every name they go by, and its
// regions by every common written form, with the other names the reference data knows for each region's code (the
// ledger keeps a region's three names, not the abbreviations and former names parties still write).

export interface ElectionLookups {
  districts: ReadonlyMap<number, number>;
  parties: readonly NamedParty[];
  regions: readonly Omit<NamedRegion, 'aliases'>[];
}

const ALIASES = new Map(REFERENCE.regions.map((r) => [r.code, r.aliases ?? []]));

/** The regions with the reference data's aliases of their codes. */
export function withAliases(regions: readonly Omit<NamedRegion, 'aliases'>[]): NamedRegion[] {
  return regions.map((r) => ({ ...r, aliases: ALIASES.get(r.code) ?? [] }));
}

export function rowOptions(election: ElectionLookups): RowOptions {
  const party = partyResolver(election.parties);
  const region = regionResolver(withAliases(election.regions));
  return {
    districts: election.districts,
    party: (text): PartyRef | null => {
      const found = party(text);
      return found && { id: found.id, code: found.code };
    },
    region,
  };
}
