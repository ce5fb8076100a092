import reference from '../../resources/reference-data.json';
import type { Localized, RegionKind } from './types';

// The reference data of the 2023 elections (resources/reference-data.json): the regions with their time zones and
// the names they are also written by, the Mazhilis districts, and the parties with their names in three languages.

export interface ReferenceRegion {
  code: string;
  kind: RegionKind;
  name: Localized;
  utcOffsetHours: number;
  aliases?: string[];
}

export interface ReferenceParty {
  code: string;
  ballotOrder: number;
  /** The Latin short name, kept for codes and old files. */
  shortName: string;
  name: Localized;
  /** The short name a reader of each language expects (Ак жол, Ақ жол, Aq Jol). */
  short: Localized;
  /** Other names in use: the Latin name as Cyrillic text writes it (Аманат, Республика). */
  aliases?: string[];
}

export const REFERENCE = {
  regions: reference.regions as ReferenceRegion[],
  mazhilisDistricts: reference.mazhilisDistricts as { number: number; region: string; name: Localized }[],
  parties: reference.parties as ReferenceParty[],
};
