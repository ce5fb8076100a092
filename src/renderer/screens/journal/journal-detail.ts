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
}

/** What a journal row is about (a person, a party…), and for a decision which one, by which resolution. */
export function journalDetail(r: Pick<JournalEntryView, 'subject' | 'change'>, words: DetailWords, lang: Lang): string {
  const subject = r.subject === null ? '' : typeof r.subject === 'string' ? r.subject : r.subject[lang];
  const note = decisionOfChange(r.change);
  const decided = note
    ? words.message('journal.decided', {
        decision: note.decision,
        number: note.resolutionNumber,
        date: note.resolutionDate,
      })
    : '';
  return [subject, decided].filter((s) => s !== '').join(' — ') || '—';
}
