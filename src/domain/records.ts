// The records of the ledger as every layer sees them: plain data, the same over IPC, HTTP and in the CLI.
import type { BallotState } from './ballot';
import type { Commission } from './commission';
import type { Finding } from './finding';
import type { QuotaFigures } from './quota';
import type { Certainty, PresetId, PresetNeeds, ProfileKey, RuleProfile } from './profile';
import type {
  Decision,
  DepositStatus,
  Documents,
  ElectionKind,
  Localized,
  NominationKind,
  NominationStatus,
  PersonInput,
  RegionKind,
  Sex,
} from './types';

export interface PresetView {
  id: PresetId;
  kind: ElectionKind;
  name: Localized;
  electionDay: string;
  listMandates: number;
  needs: PresetNeeds;
}

export interface ElectionCounts {
  regions: number;
  districts: number;
  parties: number;
  nominations: number;
}

export interface ElectionView {
  id: number;
  kind: ElectionKind;
  preset: PresetId;
  name: Localized;
  /** The council, for maslikhat elections; null for the Mazhilis. */
  councilName: string | null;
  regionCode: string | null;
  electionDay: string;
  listMandates: number;
  maxListLength: number;
  profile: RuleProfile;
  /** How sure the law is of each setting; the commission may change only [L] and [U] ones. */
  certainty: Record<ProfileKey, Certainty>;
  counts: ElectionCounts;
  createdAt: string;
  /** Created in error (a second copy of one election): kept, and left out of the picker. */
  voided: Voiding | null;
  /** The offset from UTC of the commission's seat, where the election's "today" and the prints' times are taken. */
  utcOffsetHours: number;
  /** The commission whose documents the election's prints and reports are. */
  commission: Commission;
}

export interface RegionView {
  id: number;
  code: string;
  kind: RegionKind;
  name: Localized;
  utcOffsetHours: number;
}

export interface DistrictView {
  id: number;
  number: number;
  regionId: number;
  regionCode: string;
  name: Localized;
}

export interface PartyView {
  id: number;
  code: string;
  /** The Latin short name, kept for codes and old files. */
  shortName: string;
  name: Localized;
  /** The short name a reader of each language expects (Ак жол, Ақ жол, Aq Jol): what tables, prints and reports show. */
  short: Localized;
  ballotOrder: number;
  depositStatus: DepositStatus;
}

export interface PersonView extends PersonInput {
  id: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface NominationView {
  id: number;
  version: number;
  electionId: number;
  personId: number;
  kind: NominationKind;
  partyId: number | null;
  associationName: string;
  districtId: number | null;
  listPosition: number | null;
  receivedOn: string;
  receivedTime: string;
  documents: Documents;
  status: NominationStatus;
  createdAt: string;
  updatedAt: string;
  /** Entered in error: who said so, when and why; null for a nomination that stands as entered. */
  voided: Voiding | null;
}

/** An entry made in error, marked so: it keeps its data and leaves every list, count, report and check. */
export interface Voiding {
  at: string;
  by: string;
  reason: string;
}

export interface CandidateView {
  person: PersonView;
  nomination: NominationView;
  /** Everything the rules say about this candidate now, the other candidates considered. */
  findings: Finding[];
}

/** One row of the candidates table. */
export interface CandidateRow {
  nominationId: number;
  personId: number;
  surname: string;
  givenName: string;
  patronymic: string;
  iin: string;
  birthDate: string;
  sex: Sex;
  kind: NominationKind;
  partyId: number | null;
  /** The nominating party's short name in each language (Ак жол, Ақ жол). */
  partyShort: Localized | null;
  associationName: string;
  districtId: number | null;
  districtNumber: number | null;
  listPosition: number | null;
  status: NominationStatus;
  /** Entered in error (shown only when the table is asked for such entries). */
  voided: boolean;
  /** How many error and warning findings the nomination has now. */
  errors: number;
  warnings: number;
  /** Whether a second entry has verified its ballot data (issue 13). */
  ballot: BallotState;
  /** Verified once, and not now: a ballot field changed since, or the secretary sent it back for a new entry. */
  ballotReopened: boolean;
}

export interface Page<T> {
  rows: T[];
  total: number;
  offset: number;
}

/** A value as a change shows it: as stored, or, for a party, its short names in each language. */
export type ChangeValue = string | number | boolean | null | Localized;

/** One field a change changed: the field's name as the form and the catalogs know it, its value before and after. */
export interface FieldChange {
  field: string;
  before: ChangeValue;
  after: ChangeValue;
}

export interface JournalEntryView {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: number | null;
  /** What the row is about (a person's name and IIN, a party's short name), as it was then. */
  subject: string | Localized | null;
  change: unknown;
  /** For a change of a person or a nomination: what it changed, field by field (empty for anything else). */
  changes: FieldChange[];
  prevHash: string;
  hash: string;
}

export type VerifyProblem = 'sequence' | 'link' | 'hash' | 'state' | 'integrity' | 'search' | 'order' | 'migrations';

export interface VerifyReport {
  ok: boolean;
  entries: number;
  headHash: string;
  /** SQLite's own integrity check: 'ok' or its first complaint. */
  integrity: string;
  /** The first journal row that does not hold, or the first record that differs from its journal. */
  firstBad: { seq: number | null; problem: VerifyProblem; entity?: string; entityId?: number; version?: number } | null;
}

/** A resolution's number and date, as a decision names it. */
export interface ResolutionRef {
  resolutionNumber: string;
  resolutionDate: string;
}

/** A mistyped resolution number or date put right: a record of its own, which keeps what it replaced. */
export interface DecisionCorrection {
  id: number;
  from: ResolutionRef;
  to: ResolutionRef;
  reason: string;
  actor: string;
  at: string;
}

/** A decision of the commission on a nomination, by resolution. */
export interface DecisionView {
  id: number;
  nominationId: number;
  decision: Decision;
  /** The status the nomination had before the decision. */
  from: NominationStatus;
  /** The resolution's number and date in force: the last correction's, or as recorded when there is none. */
  resolutionNumber: string;
  resolutionDate: string;
  /** The number and date as the decision was first recorded. */
  recorded: ResolutionRef;
  /** The corrections of the number or date, oldest first. */
  corrections: DecisionCorrection[];
  grounds: { rules: string[]; text: string };
  /** The warnings that stood when the decision was taken: seen by the commission, recorded with it. */
  findings: Finding[];
  actor: string;
  at: string;
}

/** A nomination's story: its decisions and every journal row about it or its person, oldest first. */
export interface NominationHistory {
  decisions: DecisionView[];
  journal: JournalEntryView[];
}

/** One nomination's findings, as `tizim check` reports them. */
export interface CheckedNomination {
  nominationId: number;
  electionId: number;
  personId: number;
  iin: string;
  fullName: string;
  findings: Finding[];
}

export interface CheckRun {
  nominations: CheckedNomination[];
  counts: { error: number; warning: number; info: number };
}

/** A list as the commission decided it; a list row is made with its first candidate. */
export type StoredListStatus = 'submitted' | 'registered' | 'refused';
/**
 * A list as the desk shows it: `empty` is a list without a candidate standing and not yet decided — not submitted,
 * so neither shown as submitted nor counted as keeping the quota.
 */
export type ListStatus = 'empty' | StoredListStatus;

/** A candidate on a party list, with what the quota meter needs to know of them. */
export interface ListMember {
  nominationId: number;
  personId: number;
  version: number;
  position: number;
  surname: string;
  givenName: string;
  patronymic: string;
  iin: string;
  birthDate: string;
  sex: Sex;
  disability: boolean;
  /** Under the youth age on the profile's reference date. */
  youth: boolean;
  status: NominationStatus;
  errors: number;
  warnings: number;
  /** Designated by the party to take one of its mandates. */
  mandate: boolean;
  /** Whether a second entry has verified the candidate's ballot data (issue 13). */
  ballot: BallotState;
}

/** A party's list: its standing, its quota and, after the vote, its seats and mandate holders. */
export interface ListSummary {
  electionId: number;
  partyId: number;
  partyCode: string;
  shortName: string;
  name: Localized;
  /** The short name a reader of each language expects: what tables, prints and reports show. */
  short: Localized;
  status: ListStatus;
  resolutionNumber: string | null;
  resolutionDate: string | null;
  /** The order in which the lists were registered (ties on remainders go to the earlier); null until registered. */
  registeredOrder: number | null;
  version: number;
  maxLength: number;
  /** Over the candidates still standing (nominated or registered), each person once. */
  quota: QuotaFigures;
  /** The list's own findings (length, quota) and, once seats are known, the mandate findings. */
  findings: Finding[];
  votes: number | null;
  seats: number | null;
  /** Among the designated mandate holders; null until seats are known. */
  mandates: { designated: number; quotaCount: number } | null;
}

export interface ListView extends ListSummary {
  /** Corrections of the resolution number or date of the list's decision, oldest first. */
  corrections: DecisionCorrection[];
  /** Standing candidates in submitted order (or in Kazakh alphabetical order when asked). */
  members: ListMember[];
  /** Candidates who left the list (withdrawn, refused, cancelled), for the record. */
  departed: ListMember[];
}

/** What stands in the way of registering a list: its own errors, and each awaiting candidate's at registration. */
export interface ListRegistrationCheck {
  list: Finding[];
  /** The candidates awaiting a decision who have errors at registration, in the list's order. */
  members: { nominationId: number; findings: Finding[] }[];
}

/** Documents marked for several candidates of a list at once. */
export interface MarkedDocuments {
  list: ListView;
  /** Candidates whose documents changed. */
  changed: number;
  /** Candidates of whom the rules require none of these documents: left as they were. */
  notRequired: number;
}

export interface ResultsView {
  electionId: number;
  mandates: number;
  againstAll: number | null;
  /** Seats no list could fill, where the profile leaves them vacant. */
  vacant: number;
  lists: {
    partyId: number;
    shortName: string;
    short: Localized;
    votes: number | null;
    share: number;
    passed: boolean;
    /** The seats its votes won, before any limit by its candidates. */
    won: number;
    /** Its registered candidates: the most seats it can fill. */
    candidates: number;
    /** The seats it takes, as stored with the votes. */
    seats: number;
    /** A list that won more seats than it has candidates, or took seats others could not fill. */
    findings: Finding[];
  }[];
}

export const REPORTS = ['party-lists', 'districts', 'quota', 'statistics', 'findings', 'journal'] as const;
export type ReportId = (typeof REPORTS)[number];

/** A cell as a report holds it: text, a number, an ISO date (YYYY-MM-DD, written to Excel as a real date), or empty. */
export type ReportCell = string | number | null;

/**
 * How a report column's cells read: an `integer` is a number that names (a position, a district, a journal row) and
 * is never grouped; a `count` is a quantity (1 000 000); a `decimal` has one decimal; a `percent` holds a share 0..1;
 * a `date` holds ISO dates and a `datetime` the seat's local YYYY-MM-DDTHH:MM.
 */
export type ColumnKind = 'text' | 'integer' | 'count' | 'decimal' | 'date' | 'datetime' | 'percent';

/** The first rows of a report, as the reports screen previews them, with the title block every report carries. */
export interface ReportPreview {
  report: ReportId;
  /** Title block: commission, election, report, generated at and by whom, and the journal's head hash. */
  title: { commission: string; election: string; report: string; generatedAt: string; generatedBy: string; journalHead: string; journalSeq: number };
  /** One sheet's columns and first rows (for the party lists report, the first party's sheet). */
  sheet: string;
  columns: string[];
  /** How each column's cells read (dates as dd.mm.yyyy, shares as percents, counts grouped). */
  kinds: ColumnKind[];
  rows: ReportCell[][];
  total: number;
}

/** A candidate as an official printed list shows them: what a commission publishes. */
export interface PrintedCandidate {
  position: number | null;
  fullName: string;
  birthYear: number;
  occupation: string;
  workplace: string;
  residence: string;
  partyMembership: string;
  /** For a district's candidates: the nomination kind and who nominated (party, association or self). */
  nominatedBy: string;
  status: NominationStatus;
}

/** What a printed document needs: its heading and its candidates, in the reader's language. */
export interface PrintDocument {
  commission: string;
  election: string;
  title: string;
  subtitle: string;
  candidates: PrintedCandidate[];
  /** For the quota compliance document: every list's figures. */
  lists: ListSummary[];
  journalHead: string;
  /** The journal's position the document shows, with its head hash: what ties the paper to the ledger. */
  journalSeq: number;
}
