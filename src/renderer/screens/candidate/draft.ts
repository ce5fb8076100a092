import { formatDate, parseDate } from '../../../domain/dates';
import type { Finding } from '../../../domain/finding';
import { checkNominationFormat, checkPersonFormat } from '../../../domain/format-checks';
import {
  nominationNeeds,
  type Citizenship,
  type EducationLevel,
  type NominationInput,
  type NominationKind,
  type PersonInput,
  type Sex,
} from '../../../domain/types';
import type { CandidateView, PersonView } from '../../../service/contract';

/** The form as typed: dates and numbers stay text until they are read, so a half-typed date is not lost. */
export interface CandidateDraft {
  surname: string;
  givenName: string;
  patronymic: string;
  iin: string;
  birthDate: string;
  sex: Sex | '';
  citizenship: Citizenship | '';
  residentSince: string;
  disability: boolean;
  residenceRegion: string;
  residenceSettlement: string;
  education: EducationLevel | '';
  occupation: string;
  workplace: string;
  partyMembership: string;
  nationality: string;
  kind: NominationKind | '';
  partyId: string;
  associationName: string;
  districtId: string;
  listPosition: string;
  receivedOn: string;
}

export type DraftField = keyof CandidateDraft;

export const PERSON_FIELDS = [
  'surname', 'givenName', 'patronymic', 'iin', 'birthDate', 'sex', 'citizenship', 'residentSince', 'disability',
  'residenceRegion', 'residenceSettlement', 'education', 'occupation', 'workplace', 'partyMembership', 'nationality',
] as const satisfies readonly (keyof PersonInput & DraftField)[];

export function emptyDraft(todayIso: string): CandidateDraft {
  return {
    surname: '', givenName: '', patronymic: '', iin: '', birthDate: '', sex: '', citizenship: '', residentSince: '',
    disability: false, residenceRegion: '', residenceSettlement: '', education: '', occupation: '', workplace: '',
    partyMembership: '', nationality: '', kind: '', partyId: '', associationName: '', districtId: '',
    listPosition: '', receivedOn: formatDate(todayIso),
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
    nationality: p.nationality,
  };
}

export function draftOf(view: CandidateView): CandidateDraft {
  const n = view.nomination;
  return withPerson(
    {
      ...emptyDraft(n.receivedOn),
      kind: n.kind, partyId: idText(n.partyId), associationName: n.associationName, districtId: idText(n.districtId),
      listPosition: n.listPosition === null ? '' : String(n.listPosition), receivedOn: dateText(n.receivedOn),
    },
    view.person,
  );
}

/** A typed date as ISO when it reads as one; otherwise as typed, so that the format check names the problem. */
const readDate = (text: string): string => parseDate(text) ?? text.trim();

export function personOf(d: CandidateDraft): PersonInput {
  return {
    surname: d.surname.trim(), givenName: d.givenName.trim(), patronymic: d.patronymic.trim(),
    iin: d.iin.replace(/\s+/g, ''), birthDate: readDate(d.birthDate), sex: d.sex, citizenship: d.citizenship,
    residentSince: readDate(d.residentSince), disability: d.disability, residenceRegion: d.residenceRegion,
    residenceSettlement: d.residenceSettlement.trim(), education: d.education, occupation: d.occupation.trim(),
    workplace: d.workplace.trim(), partyMembership: d.partyMembership, nationality: d.nationality.trim(),
  };
}

export function personOfView(p: PersonView): PersonInput {
  const out: Record<string, unknown> = {};
  for (const field of PERSON_FIELDS) out[field] = p[field];
  return out as unknown as PersonInput;
}

export function nominationOf(d: CandidateDraft): NominationInput {
  const needs = d.kind === '' ? null : nominationNeeds(d.kind);
  const position = d.listPosition.trim();
  return {
    kind: d.kind,
    partyId: needs?.party && d.partyId !== '' ? Number(d.partyId) : null,
    associationName: needs?.association ? d.associationName.trim() : '',
    districtId: needs?.district && d.districtId !== '' ? Number(d.districtId) : null,
    // Not a number reads as NaN, which the format check reports at the field.
    listPosition: needs?.listPosition && position !== '' ? (/^\d+$/.test(position) ? Number(position) : Number.NaN) : null,
    receivedOn: readDate(d.receivedOn),
  };
}

/** Every format finding of the form; an existing person chosen from the ledger is not re-checked here. */
export function formFindings(d: CandidateDraft, todayIso: string, existingPerson: boolean): Finding[] {
  return [
    ...(existingPerson ? [] : checkPersonFormat(personOf(d), todayIso)),
    ...checkNominationFormat(nominationOf(d), todayIso),
  ];
}

export function samePerson(a: PersonInput, b: PersonInput): boolean {
  return PERSON_FIELDS.every((f) => a[f] === b[f]);
}
