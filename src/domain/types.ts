// The commission's vocabulary as types. Every enum here is also a CHECK constraint in the ledger.

export const LANGS = ['kk', 'ru', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type Localized = Record<Lang, string>;

export const ELECTION_KINDS = ['mazhilis', 'maslikhat-regional', 'maslikhat-district'] as const;
export type ElectionKind = (typeof ELECTION_KINDS)[number];

export const NOMINATION_KINDS = ['party-list', 'district-party', 'district-association', 'district-self'] as const;
export type NominationKind = (typeof NOMINATION_KINDS)[number];

export const NOMINATION_STATUSES = ['nominated', 'registered', 'refused', 'withdrawn', 'cancelled'] as const;
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];

export const SEXES = ['female', 'male'] as const;
export type Sex = (typeof SEXES)[number];

/** KZ: a citizen of Kazakhstan; other: a citizen of another state only; none: stateless. */
export const CITIZENSHIPS = ['KZ', 'other', 'none'] as const;
export type Citizenship = (typeof CITIZENSHIPS)[number];

export const EDUCATION_LEVELS = ['secondary', 'vocational', 'incomplete-higher', 'higher', 'postgraduate'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const REGION_KINDS = ['city', 'region'] as const;
export type RegionKind = (typeof REGION_KINDS)[number];

/** Which parts of a nomination each kind needs (Election Law, nomination procedures; domain §3). */
export function nominationNeeds(kind: NominationKind): {
  party: boolean;
  association: boolean;
  district: boolean;
  listPosition: boolean;
} {
  return {
    party: kind === 'party-list' || kind === 'district-party',
    association: kind === 'district-association',
    district: kind !== 'party-list',
    listPosition: kind === 'party-list',
  };
}

export interface PersonInput {
  surname: string;
  givenName: string;
  patronymic: string;
  iin: string;
  /** ISO date YYYY-MM-DD */
  birthDate: string;
  sex: Sex | '';
  citizenship: Citizenship | '';
  /** ISO date: lives permanently in Kazakhstan since; empty when unknown. */
  residentSince: string;
  disability: boolean;
  residenceRegion: string;
  residenceSettlement: string;
  education: EducationLevel | '';
  occupation: string;
  workplace: string;
  /** A party code, or empty for a person who belongs to no party. */
  partyMembership: string;
  /** Optional and never required: a candidate may decline to state it. */
  nationality: string;
}

export interface NominationInput {
  kind: NominationKind | '';
  partyId: number | null;
  associationName: string;
  districtId: number | null;
  /** Position on the party list; null puts the candidate at the end of the list. */
  listPosition: number | null;
  /** ISO date on which the commission received the nomination. */
  receivedOn: string;
}
