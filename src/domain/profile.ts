import type { ElectionKind, Localized } from './types';

/**
 * Every number and choice of the law an election is run under (domain reference, tags [L] and [U] included).
 * Rules read it; nothing in code repeats it. Presets in resources/presets give the 2023 defaults.
 */
export interface RuleProfile {
  minAge: number;
  /** 'election-day' or an ISO date on which age and youth are measured. */
  ageReferenceDate: string;
  /** Years of permanent residence in Kazakhstan before nomination; 0 when not required. */
  residenceYears: number;
  quotaShare: number;
  youthAgeBelow: number;
  listLengthFactor: number;
  threshold: number;
  mandateQuota: boolean;
  depositMinimumWages: number;
  minimumWageKzt: number;
  /** ISO date */
  nominationOpens: string;
  /** Local date-time (YYYY-MM-DDTHH:mm) in the time zone of the district's region. */
  nominationCloses: string;
  registrationCloses: string;
  listAndDistrict: 'warning' | 'error';
  twoDistricts: 'warning' | 'error';
}

export type PresetId = 'mazhilis-2023' | 'maslikhat-regional-2023' | 'maslikhat-district-2023';

/** What the clerk must add when creating an election from the preset. */
export interface PresetNeeds {
  region: boolean;
  councilName: boolean;
  listMandates: boolean;
  districtCount: boolean;
}

export interface Preset {
  id: PresetId;
  kind: ElectionKind;
  name: Localized;
  electionDay: string;
  listMandates: number;
  /** District numbers taken from the reference data (Mazhilis), or none when the clerk enters the count. */
  referenceDistricts: boolean;
  needs: PresetNeeds;
  profile: RuleProfile;
}

export function maxListLength(listMandates: number, profile: Pick<RuleProfile, 'listLengthFactor'>): number {
  // ceil(69 × 1.3) = 90, the CEC's stated maximum; rounding guards against 89.70000000000002 and the like.
  return Math.ceil(Math.round(listMandates * profile.listLengthFactor * 1e6) / 1e6);
}
