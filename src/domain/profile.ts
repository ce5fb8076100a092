import type { UnfilledSeats } from './seats';
import type { DepositStatus, DocumentCode, ElectionKind, Localized, NominationKind } from './types';

/** How sure the domain reference is of a setting: confirmed by law, likely, or unresolved (domain reference tags). */
export type Certainty = 'C' | 'L' | 'U';

export type Severity2 = 'error' | 'warning';

/**
 * Every number and choice of the law an election is run under (domain reference, tags [L] and [U] included).
 * Rules read it; nothing in code repeats it. Presets in resources/presets give the 2023 defaults.
 */
export interface RuleProfile {
  minAge: number;
  /** 'election-day' or an ISO date on which age and youth are measured. */
  ageReferenceDate: string;
  /** Years of permanent residence in Kazakhstan before the reference date; 0 when not required. */
  residenceYears: number;
  /** Whether a list candidate must belong to the nominating party, and how hard the rule is. */
  listMemberOfParty: Severity2 | 'off';
  /** Servicemen, security and law-enforcement staff and judges cannot be party members (Const. Art. 23(2)). */
  barredProfessions: 'warning' | 'off';
  /** The documents each kind of nomination must hand in before registration. */
  documents: Record<NominationKind, DocumentCode[]>;
  /**
   * The documents of that list the commission may mark «not required» for a candidate whose circumstances make them
   * moot: the spouse's declaration certificate of a candidate who has no spouse [L]. Any other document the rules
   * require is received or missing, never «not required».
   */
  waivableDocuments: DocumentCode[];
  depositMinimumWages: number;
  minimumWageKzt: number;
  /** The share of the deposit a party pays, by its result at the previous Mazhilis election. */
  depositRates: Record<DepositStatus, number>;
  /** ISO date */
  nominationOpens: string;
  /** Local date-time (YYYY-MM-DDTHH:mm) in the time zone of the commission receiving the nomination. */
  nominationCloses: string;
  registrationCloses: string;
  /** A district candidate may withdraw no later than this many days before polling day. */
  withdrawalDaysBeforePolling: number;
  listAndDistrict: Severity2;
  twoDistricts: Severity2;
  quotaShare: number;
  youthAgeBelow: number;
  listLengthFactor: number;
  threshold: number;
  /**
   * The seats a list wins beyond its registered candidates: shared out among the other lists that passed, by the same
   * method, or left vacant. The law text the desk has found says nothing of this [U].
   */
  unfilledSeats: UnfilledSeats;
  mandateQuota: boolean;
  /** A registered list that a withdrawal has put below the quota: an error or a warning [U]. */
  quotaAfterWithdrawal: Severity2;
  /**
   * Ballot data (names, birth date, IIN, district, party, list position) must be verified by a second entry before
   * the candidate or the list is registered (issue 13). The law says nothing of it; the desk asks it by default.
   */
  ballotVerification: boolean;
}

export type ProfileKey = keyof RuleProfile;

/** The region whose commission is the Central Election Commission's seat: its offset is the Mazhilis election's. */
export const CAPITAL_REGION = 'astana';
/** Kazakhstan's one time zone since 1 March 2024, for an election whose seat region is not in its ledger. */
export const DEFAULT_UTC_OFFSET_HOURS = 5;

export const PRESET_IDS = ['mazhilis-2023', 'maslikhat-regional-2023', 'maslikhat-district-2023'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

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
  /** How sure the law is of each setting; only [L] and [U] settings may be changed by the commission. */
  certainty: Record<ProfileKey, Certainty>;
}

export function maxListLength(listMandates: number, profile: Pick<RuleProfile, 'listLengthFactor'>): number {
  // ceil(69 × 1.3) = 90, the CEC's stated maximum; rounding guards against 89.70000000000002 and the like.
  return Math.ceil(Math.round(listMandates * profile.listLengthFactor * 1e6) / 1e6);
}

/** The date on which age (and youth) is measured. */
export function referenceDate(profile: Pick<RuleProfile, 'ageReferenceDate'>, electionDay: string): string {
  return profile.ageReferenceDate === 'election-day' ? electionDay : profile.ageReferenceDate;
}

/** The deposit a candidate pays in tenge, after the nominating party's reduction or exemption. */
export function depositKzt(profile: RuleProfile, status: DepositStatus): number {
  return Math.round(profile.depositMinimumWages * profile.minimumWageKzt * profile.depositRates[status]);
}
