import { dateProblem, isRealIsoDate } from './dates';
import type { Finding } from './finding';
import { iinFacts, iinProblem } from './iin';
import { nominationNeeds, type NominationInput, type PersonInput } from './types';

// Format checks: what must be true of a candidate's data before it can be stored at all. The eligibility rules
// (age, residence, declarations, deadlines…) come on top of these and cite the law; these cite the IIN rules only.

function required(field: string, value: string): Finding | null {
  return value.trim() === ''
    ? { rule: 'format.required', severity: 'error', field, messageKey: 'finding.required' }
    : null;
}

/**
 * A date as the form and the import hand it in: ISO text when it was read (a day the calendar may lack, as
 * 1980-02-31), or the text as typed when it was in no date format. Each gets its own words.
 */
function realDate(field: string, value: string, todayIso: string): Finding | null {
  if (value === '') return null;
  const problem = dateProblem(value);
  if (problem !== null) return dateFinding(field, problem);
  if (value > todayIso) return { rule: 'format.date', severity: 'error', field, messageKey: 'finding.dateInFuture' };
  return null;
}

/** "Format not recognised" for text that is no date, "no such date" only for a day like 31.02. */
export function dateFinding(field: string, problem: 'unreadable' | 'no-such-date'): Finding {
  return { rule: 'format.date', severity: 'error', field, messageKey: problem === 'unreadable' ? 'finding.dateUnreadable' : 'finding.dateInvalid' };
}

/** The finding for a date typed into a dialog (a resolution's date); null when it reads as a real date. */
export function typedDateFinding(field: string, text: string): Finding | null {
  const problem = dateProblem(text);
  return problem === null ? null : dateFinding(field, problem);
}

const MAX_NAME = 100;

export function checkPersonFormat(p: PersonInput, todayIso: string): Finding[] {
  const out: (Finding | null)[] = [
    required('surname', p.surname),
    required('givenName', p.givenName),
    required('iin', p.iin),
    required('birthDate', p.birthDate),
    required('sex', p.sex),
    required('citizenship', p.citizenship),
    realDate('birthDate', p.birthDate, todayIso),
    realDate('residentSince', p.residentSince, todayIso),
  ];
  for (const field of ['surname', 'givenName', 'patronymic'] as const) {
    if (p[field].length > MAX_NAME)
      out.push({ rule: 'format.length', severity: 'error', field, messageKey: 'finding.tooLong', params: { max: MAX_NAME } });
  }
  const iinIssue = iinProblem(p.iin);
  if (iinIssue && iinIssue !== 'empty') {
    // How the number is formed, not the 2013 rule on its date digits, which is about something else.
    out.push({ rule: 'iin.format', severity: 'error', field: 'iin', messageKey: `finding.iin.${iinIssue}`, legalRef: 'legal.iinFormat' });
  }
  if (!iinIssue) {
    // Since 2013 the IIN's date and sex digits need not match the person: a warning, never an error (domain §7).
    const facts = iinFacts(p.iin);
    if (facts.birthDate && isRealIsoDate(p.birthDate) && facts.birthDate !== p.birthDate)
      out.push({ rule: 'iin.birthDate', severity: 'warning', field: 'birthDate', messageKey: 'finding.iin.birthDateDiffers', params: { iinDate: facts.birthDate }, legalRef: 'legal.iin' });
    if (facts.sex && p.sex !== '' && facts.sex !== p.sex)
      out.push({ rule: 'iin.sex', severity: 'warning', field: 'sex', messageKey: 'finding.iin.sexDiffers', legalRef: 'legal.iin' });
  }
  if (isRealIsoDate(p.birthDate) && isRealIsoDate(p.residentSince) && p.residentSince < p.birthDate)
    out.push({ rule: 'format.residentSince', severity: 'error', field: 'residentSince', messageKey: 'finding.residentBeforeBirth' });
  return out.filter((f): f is Finding => f !== null);
}

export function checkNominationFormat(n: NominationInput, todayIso: string): Finding[] {
  const out: Finding[] = [];
  if (n.kind === '') {
    out.push({ rule: 'format.required', severity: 'error', field: 'kind', messageKey: 'finding.required' });
    return out;
  }
  const needs = nominationNeeds(n.kind);
  if (needs.party && n.partyId === null)
    out.push({ rule: 'format.required', severity: 'error', field: 'partyId', messageKey: 'finding.required' });
  if (needs.association && n.associationName.trim() === '')
    out.push({ rule: 'format.required', severity: 'error', field: 'associationName', messageKey: 'finding.required' });
  if (needs.district && n.districtId === null)
    out.push({ rule: 'format.required', severity: 'error', field: 'districtId', messageKey: 'finding.required' });
  if (n.listPosition !== null && (!Number.isInteger(n.listPosition) || n.listPosition < 1))
    out.push({ rule: 'format.listPosition', severity: 'error', field: 'listPosition', messageKey: 'finding.listPosition' });
  const received = required('receivedOn', n.receivedOn) ?? realDate('receivedOn', n.receivedOn, todayIso);
  if (received) out.push(received);
  if (n.receivedTime !== '' && !/^([01]\d|2[0-3]):[0-5]\d$/.test(n.receivedTime))
    out.push({ rule: 'format.time', severity: 'error', field: 'receivedTime', messageKey: 'finding.timeInvalid' });
  return out;
}
