import { parseDate } from '../../../domain/dates';
import type { JournalQuery } from '../../queries/journal';

/** The journal's filters as typed and chosen. */
export interface JournalFilterDraft {
  query: string;
  /** A candidate's IIN: asked for once all 12 digits are typed. */
  iin: string;
  actor: string;
  action: string;
  /** dd.mm.yyyy as typed; the days are the reader's, as the journal's times on this screen are. */
  from: string;
  to: string;
}

export const NO_JOURNAL_FILTERS: JournalFilterDraft = { query: '', iin: '', actor: '', action: '', from: '', to: '' };

/** The start of a day in the reader's own time zone, as the instant the journal stores. */
function dayStart(iso: string, plusDays = 0): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return new Date(y, m - 1, d + plusDays).toISOString();
}

/** What the service is asked: only what is filled in and readable (a date that cannot be read filters nothing). */
export function journalQuery(f: JournalFilterDraft): JournalQuery {
  const from = parseDate(f.from);
  const to = parseDate(f.to);
  const iin = f.iin.trim();
  return {
    ...(f.query.trim() ? { query: f.query.trim() } : {}),
    ...(/^\d{12}$/.test(iin) ? { iin } : {}),
    ...(f.actor ? { actor: f.actor } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(from ? { from: dayStart(from) } : {}),
    // The "to" day is included: the entries before the next day begins.
    ...(to ? { to: dayStart(to, 1) } : {}),
  };
}
