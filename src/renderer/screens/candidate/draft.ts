import { dateShape, formatDate } from '../../../domain/dates';
import type { Finding } from '../../../domain/finding';
import { checkNominationFormat, checkPersonFormat } from '../../../domain/format-checks';
import { checkCandidate, type CandidateContext, type CandidateFacts } from '../../../domain/rules';
import { carriesParty, DECLARATIONS, usedParts, type Declarations, type NominationInput, type PersonInput } from '../../../domain/types';
import type { CandidateView, ElectionView, PartyView, PersonView, RegionView } from '../../../service/contract';

/** The parts of a nomination the form holds as text until they are read (a choice, a number being typed). */
type TypedAsText = 'partyId' | 'districtId' | 'listPosition';

/**
 * The form as typed: the person and the nomination as the domain has them, but dates and numbers stay text until
 * they are read, so a half-typed date is not lost.
 */
export type CandidateDraft = PersonInput & Omit<NominationInput, TypedAsText> & Record<TypedAsText, string>;

export type DraftField = keyof CandidateDraft;

export const PERSON_FIELDS = [
  'surname', 'givenName', 'patronymic', 'iin', 'birthDate', 'sex', 'citizenship', 'residentSince', 'disability',
  'residenceRegion', 'residenceSettlement', 'education', 'occupation', 'workplace', 'partyMembership', 'nationality',
  'declarations', 'serviceRestriction',
] as const satisfies readonly (keyof PersonInput & DraftField)[];

/** Whether a field of the form (as findings name it: `birthDate`, `declarations.corruption`) belongs to the person. */
export function isPersonField(field: string): boolean {
  const head = field.split('.')[0] ?? '';
  return (PERSON_FIELDS as readonly string[]).includes(head);
}

export const UNKNOWN_DECLARATIONS: Declarations = { incapacity: 'unknown', imprisonment: 'unknown', criminalRecord: 'unknown', corruption: 'unknown' };

export function emptyDraft(todayIso: string): CandidateDraft {
  return {
    surname: '', givenName: '', patronymic: '', iin: '', birthDate: '', sex: '', citizenship: '', residentSince: '',
    disability: false, residenceRegion: '', residenceSettlement: '', education: '', occupation: '', workplace: '',
    partyMembership: '', nationality: '', declarations: UNKNOWN_DECLARATIONS, serviceRestriction: '', kind: '',
    partyId: '', associationName: '', districtId: '', listPosition: '', receivedOn: formatDate(todayIso),
    receivedTime: '', documents: {},
  };
}

const dateText = (iso: string): string => (iso === '' ? '' : formatDate(iso));
const idText = (id: number | null): string => (id === null ? '' : String(id));

export function withPerson(draft: CandidateDraft, p: PersonInput): CandidateDraft {
  return {
    ...draft,
    surname: p.surname, givenName: p.givenName, patronymic: p.patronymic, iin: p.iin,
    birthDate: dateText(p.birthDate), sex: p.sex, citizenship: p.citizenship, residentSince: dateText(p.residentSince),
    disability: p.disability, residenceRegion: p.residenceRegion, residenceSettlement: p.residenceSettlement,
    education: p.education, occupation: p.occupation, workplace: p.workplace, partyMembership: p.partyMembership,
    nationality: p.nationality, declarations: { ...UNKNOWN_DECLARATIONS, ...p.declarations },
    serviceRestriction: p.serviceRestriction,
  };
}

export function draftOf(view: CandidateView): CandidateDraft {
  const n = view.nomination;
  return withPerson(
    {
      ...emptyDraft(n.receivedOn),
      kind: n.kind, partyId: idText(n.partyId), associationName: n.associationName, districtId: idText(n.districtId),
      listPosition: n.listPosition === null ? '' : String(n.listPosition), receivedOn: dateText(n.receivedOn),
      receivedTime: n.receivedTime, documents: { ...n.documents },
    },
    view.person,
  );
}

/**
 * A typed date as ISO when it is in a date format (even a day the calendar lacks, which the check calls "no such
 * date"); otherwise as typed, for the check to say the format is not recognised.
 */
const readDate = (text: string): string => dateShape(text) ?? text.trim();

/** A typed time of day as HH:MM ("9:05", "0905", "18.00" all read); otherwise as typed, for the check to name. */
export function readTime(text: string): string {
  const t = text.trim();
  const m = /^(\d{1,2})[:.\s]?(\d{2})$/.exec(t);
  if (!m) return t;
  const [hours, minutes] = [Number(m[1]), Number(m[2])];
  if (hours > 23 || minutes > 59) return t;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

export function personOf(d: CandidateDraft): PersonInput {
  return {
    surname: d.surname.trim(), givenName: d.givenName.trim(), patronymic: d.patronymic.trim(),
    iin: d.iin.replace(/\s+/g, ''), birthDate: readDate(d.birthDate), sex: d.sex, citizenship: d.citizenship,
    residentSince: readDate(d.residentSince), disability: d.disability, residenceRegion: d.residenceRegion,
    residenceSettlement: d.residenceSettlement.trim(), education: d.education, occupation: d.occupation.trim(),
    workplace: d.workplace.trim(), partyMembership: d.partyMembership, nationality: d.nationality.trim(),
    declarations: { ...d.declarations }, serviceRestriction: d.serviceRestriction,
  };
}

export function personOfView(p: PersonView): PersonInput {
  const out: Record<string, unknown> = {};
  for (const field of PERSON_FIELDS) out[field] = p[field];
  return out as unknown as PersonInput;
}

const idOf = (text: string): number | null => (text === '' ? null : Number(text));

/** The nomination as typed, read, with only the parts its kind uses (a kind not yet chosen uses none). */
export function nominationOf(d: CandidateDraft): NominationInput {
  const position = d.listPosition.trim();
  const read: NominationInput = {
    kind: d.kind,
    partyId: idOf(d.partyId),
    associationName: d.associationName.trim(),
    districtId: idOf(d.districtId),
    // Not a number reads as NaN, which the format check reports at the field.
    listPosition: position === '' ? null : /^\d+$/.test(position) ? Number(position) : Number.NaN,
    receivedOn: readDate(d.receivedOn),
    receivedTime: readTime(d.receivedTime),
    documents: { ...d.documents },
  };
  return read.kind === '' ? { ...read, partyId: null, associationName: '', districtId: null, listPosition: null } : usedParts(read);
}

/**
 * The format findings of the form (the time of receipt included): the only ones that stop it from being saved, as
 * the service refuses only these.
 * An existing person chosen from the ledger is not re-checked here.
 */
export function formFindings(d: CandidateDraft, todayIso: string, existingPerson: boolean): Finding[] {
  return [
    ...(existingPerson ? [] : checkPersonFormat(personOf(d), todayIso)),
    ...checkNominationFormat(nominationOf(d), todayIso),
  ];
}

/** The party that nominates, as the rules see it (its code for membership, its deposit status). */
export function nominatingParty(n: Pick<NominationInput, 'kind' | 'partyId'>, parties: readonly PartyView[]): CandidateContext['party'] {
  if (!carriesParty(n.kind) || n.partyId === null) return null;
  const party = parties.find((p) => p.id === n.partyId);
  return party ? { code: party.code, depositStatus: party.depositStatus } : null;
}

export function candidateContext(
  election: Pick<ElectionView, 'kind' | 'electionDay' | 'profile'>,
  party: CandidateContext['party'],
  regions: readonly Pick<RegionView, 'code'>[],
): CandidateContext {
  return { electionKind: election.kind, electionDay: election.electionDay, profile: election.profile, party, regions: regions.map((r) => r.code), stage: 'nomination' };
}

const isFormatFinding = (f: Finding): boolean => f.rule.startsWith('format.') || f.rule.startsWith('iin.');

/**
 * Everything the form itself can say about a candidate: the format checks and every eligibility rule (age,
 * residence, declarations, documents, deadlines). For a person chosen from the ledger only the person's
 * eligibility is said, not the format of data the form does not let the clerk change.
 */
export function factsFindings(facts: CandidateFacts, ctx: CandidateContext, todayIso: string, existingPerson: boolean): Finding[] {
  const all = checkCandidate(facts, ctx, todayIso);
  const kept = existingPerson ? all.filter((f) => !(isFormatFinding(f) && isPersonField(f.field ?? ''))) : all;
  return kept;
}

/** The candidate as typed, read as facts. */
export function factsOf(d: CandidateDraft): CandidateFacts {
  return { person: personOf(d), nomination: nominationOf(d) };
}

export function samePerson(a: PersonInput, b: PersonInput): boolean {
  return PERSON_FIELDS.every((f) =>
    f === 'declarations' ? DECLARATIONS.every((d) => a.declarations[d] === b.declarations[d]) : a[f] === b[f],
  );
}

export function nominationOfView(view: Pick<CandidateView, 'nomination'>): NominationInput {
  const n = view.nomination;
  return {
    kind: n.kind, partyId: n.partyId, associationName: n.associationName, districtId: n.districtId,
    listPosition: n.listPosition, receivedOn: n.receivedOn, receivedTime: n.receivedTime, documents: { ...n.documents },
  };
}
