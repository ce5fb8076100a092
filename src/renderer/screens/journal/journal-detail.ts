import { DECISIONS, type Decision, type Lang } from '../../../domain/types';
import type { JournalEntryView } from '../../../service/contract';

export interface DecisionNote {
  decision: Decision;
  resolutionNumber: string;
  resolutionDate: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The decision a journal row records, if it records one: `{decision, resolutionNumber, resolutionDate, …}`. */
export function decisionOfChange(change: unknown): DecisionNote | null {
  if (!isObject(change)) return null;
  const inner = isObject(change.decision) ? change.decision : change;
  const decision = DECISIONS.find((d) => d === inner.decision);
  if (!decision) return null;
  return { decision, resolutionNumber: text(inner.resolutionNumber), resolutionDate: text(inner.resolutionDate) };
}

interface DetailWords {
  /** A catalog message with its parameters localized (a decision code as its name, an ISO date as dd.mm.yyyy). */
  message: (key: string, params?: Record<string, string | number>) => string;
  /** A field's label, for the ballot fields a second entry names; the code itself when not given. */
  fieldLabel?: (field: string) => string;
}

/**
 * What a step of four eyes on ballot data says (issue 13): who made the first entry and who the second, which fields
 * differed, and, for a resolution, which entry the secretary accepted.
 */
function ballotNote(b: Record<string, unknown>, words: DetailWords): string {
  const label = words.fieldLabel ?? ((f: string) => f);
  const fields = (v: unknown): string => text(v).split(',').filter((f) => f !== '').map((f) => `«${label(f)}»`).join(', ');
  const first = text(b.firstEntry) || '—';
  const second = text(b.secondEntry) || '—';
  if (b.step === 'secondEntry') {
    const differing = fields(b.differing);
    return words.message(differing === '' ? 'journal.ballot.equal' : 'journal.ballot.differs', { first, second, fields: differing });
  }
  if (b.step === 'resolve') return words.message(`journal.ballot.accepted.${text(b.accepted) === 'second' ? 'second' : 'first'}`, { first, second, fields: fields(b.fields) });
  if (b.step === 'return') return words.message('journal.ballot.returned', { first, second, fields: fields(b.fields) });
  return '';
}

/** What a correction row says: which decision, its number and date before and after, and why. */
function correctionNote(change: Record<string, unknown>, words: DetailWords): string {
  const c = change.correction;
  if (!isObject(c) || !isObject(c.before) || !isObject(c.after)) return '';
  const decision = DECISIONS.find((d) => d === c.decision) ?? 'registered';
  return words.message('journal.corrected', {
    decision,
    beforeNumber: text(c.before.resolutionNumber),
    beforeDate: text(c.before.resolutionDate),
    afterNumber: text(c.after.resolutionNumber),
    afterDate: text(c.after.resolutionDate),
    reason: text(c.reason),
  });
}

/**
 * What a journal row is about (a person, a party…), and what it did: for a decision which one, by which resolution;
 * for a voiding or a take-back why; for a correction what it corrected; for a list step how many candidates it moved.
 */
export function journalDetail(r: Pick<JournalEntryView, 'subject' | 'change' | 'action'>, words: DetailWords, lang: Lang): string {
  const subject = r.subject === null ? '' : typeof r.subject === 'string' ? r.subject : r.subject[lang];
  const change = isObject(r.change) ? r.change : {};
  const notes: string[] = [];
  if (isObject(change.correction)) notes.push(correctionNote(change, words));
  else {
    const note = decisionOfChange(r.change);
    if (note) notes.push(words.message('journal.decided', { decision: note.decision, number: note.resolutionNumber, date: note.resolutionDate }));
  }
  if (r.action.endsWith('.void') && typeof change.reason === 'string') notes.push(words.message('journal.voided', { reason: change.reason }));
  // A take-back keeps its reason on its own row, which the entry's image holds.
  if (r.action === 'person_distinction.withdraw' && isObject(change.after) && typeof change.after.reason === 'string')
    notes.push(words.message('journal.takenBack', { reason: change.after.reason }));
  if (isObject(change.ballot)) notes.push(ballotNote(change.ballot, words));
  if (Array.isArray(change.moves) && change.moves.length > 0) notes.push(words.message('journal.moved', { count: change.moves.length }));
  return [subject, ...notes].filter((s) => s !== '').join(' — ') || '—';
}
