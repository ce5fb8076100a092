import type { PartyRef, RowOptions } from './import-row';
import { partyResolver, withReferenceAliases as withPartyAliases, type NamedParty } from './party-names';
import { regionResolver, withReferenceAliases, type NamedRegion } from './place-names';

// What a row of a workbook is read against: the election's districts, its parties by every name they go by, and its
// regions by every common written form, the reference data's other names for both included.

export interface ElectionLookups {
  districts: ReadonlyMap<number, number>;
  parties: readonly NamedParty[];
  regions: readonly Omit<NamedRegion, 'aliases'>[];
}

export function rowOptions(election: ElectionLookups): RowOptions {
  const party = partyResolver(withPartyAliases(election.parties));
  const region = regionResolver(withReferenceAliases(election.regions));
  return {
    districts: election.districts,
    party: (text): PartyRef | null => {
      const found = party(text);
      return found && { id: found.id, code: found.code };
    },
    region,
  };
}
