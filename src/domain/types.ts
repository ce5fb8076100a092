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

/** A declaration the candidate makes or a certificate the commission checks: each starts unknown. */
export const DECLARATION_ANSWERS = ['unknown', 'no', 'yes'] as const;
export type DeclarationAnswer = (typeof DECLARATION_ANSWERS)[number];

/** The facts that make a person ineligible (Const. Art. 33(3); Election Law Art. 4(4)). */
export const DECLARATIONS = ['incapacity', 'imprisonment', 'criminalRecord', 'corruption'] as const;
export type Declaration = (typeof DECLARATIONS)[number];
export type Declarations = Record<Declaration, DeclarationAnswer>;

/** Services whose members may not belong to a party (Const. Art. 23(2)), so may not stand on a party list. */
export const SERVICE_RESTRICTIONS = ['', 'military', 'national-security', 'law-enforcement', 'judge'] as const;
export type ServiceRestriction = (typeof SERVICE_RESTRICTIONS)[number];

export const DOCUMENTS = [
  'application',
  'biography',
  'consent',
  'declaration-candidate',
  'declaration-spouse',
  'deposit',
  'minutes-extract',
  'disability-certificate',
] as const;
export type DocumentCode = (typeof DOCUMENTS)[number];

export const DOCUMENT_STATES = ['missing', 'received', 'not-applicable'] as const;
export type DocumentState = (typeof DOCUMENT_STATES)[number];
/** What the commission holds; a document not named is missing. */
export type Documents = Partial<Record<DocumentCode, DocumentState>>;

/** A party's deposit by its result at the previous Mazhilis election (domain §5). */
export const DEPOSIT_STATUSES = ['full', 'seventy', 'half', 'exempt'] as const;
export type DepositStatus = (typeof DEPOSIT_STATUSES)[number];

/** The decisions of the commission, and the status each leaves a nomination in. */
export const DECISIONS = ['registered', 'refused', 'withdrawn', 'cancelled'] as const;
export type Decision = (typeof DECISIONS)[number];

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

/** Whether a party makes a nomination of this kind (its list, or its district candidate). */
export function carriesParty(kind: NominationKind | ''): boolean {
  return kind !== '' && nominationNeeds(kind).party;
}

type NominationParts = Pick<NominationInput, 'kind' | 'partyId' | 'associationName' | 'districtId' | 'listPosition'>;

/**
 * The nomination with only the parts its kind uses, the others emptied: a party-list nomination never carries a
 * stray district, a self-nominated one never a party. A nomination of no kind yet keeps what was given, for the
 * clerk to see beside the finding that asks for the kind. The form, the import, the checks and the ledger all keep
 * a nomination this way.
 */
export function usedParts<N extends NominationParts>(n: N): N {
  if (n.kind === '') return n;
  const needs = nominationNeeds(n.kind);
  return {
    ...n,
    partyId: needs.party ? n.partyId : null,
    associationName: needs.association ? n.associationName.trim() : '',
    districtId: needs.district ? n.districtId : null,
    listPosition: needs.listPosition ? n.listPosition : null,
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
  declarations: Declarations;
  serviceRestriction: ServiceRestriction;
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
  /** Local time of receipt (HH:MM), which matters on the last day of nomination; empty when not recorded. */
  receivedTime: string;
  documents: Documents;
}
