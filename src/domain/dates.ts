// Dates are calendar dates, kept as ISO text (YYYY-MM-DD) so that no time zone can shift a birthday.

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Day first, as Kazakh and Russian documents write it: 01.02.1980, 1.2.1980, 01/02/1980, 01-02-1980. */
const DAY_FIRST = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/;
/** Eight digits typed without separators: 01021980 is 1 February 1980 (dd mm yyyy). */
const EIGHT_DIGITS = /^(\d{2})(\d{2})(\d{4})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number written by the ASCII digits of `text` from `start` to `end`, or -1 when one of them is not a digit. */
function digitsAt(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Is `iso` a YYYY-MM-DD day the calendar has (from 1800 on)? Read digit by digit rather than with a match and a
 * Date: an import of 100,000 rows asks this about a dozen times a row, and the match, its array and the Date were
 * 8 % of the preview's time (profiled); the Gregorian rule below is the one Date.UTC applies.
 */
export function isRealIsoDate(iso: string): boolean {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return false;
  const y = digitsAt(iso, 0, 4);
  const mo = digitsAt(iso, 5, 7);
  const d = digitsAt(iso, 8, 10);
  if (y < 1800 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= (mo === 2 && isLeapYear(y) ? 29 : (DAYS_IN_MONTH[mo - 1] ?? 0));
}

/**
 * The ISO text (YYYY-MM-DD) a typed date reads as, whether or not the calendar has that day («31.02.1980» reads as
 * 1980-02-31), or null when the text is in no date format at all. Kept apart from `parseDate` so that the checks can
 * say "format not recognised" and "no such date" each where it is true.
 */
export function dateShape(text: string): string | null {
  const t = text.trim();
  if (ISO.test(t)) return t;
  const m = DAY_FIRST.exec(t);
  if (m) return `${m[4] ?? ''}-${(m[3] ?? '').padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`;
  const e = EIGHT_DIGITS.exec(t);
  return e ? `${e[3] ?? ''}-${e[2] ?? ''}-${e[1] ?? ''}` : null;
}

/** Reads a date as clerks type it (dd.mm.yyyy, dd/mm/yyyy, dd-mm-yyyy, ddmmyyyy) or as ISO; null when it is not a real calendar date. */
export function parseDate(text: string): string | null {
  const shape = dateShape(text);
  return shape !== null && isRealIsoDate(shape) ? shape : null;
}

/** What is wrong with a typed date: not in a date format, or a day the calendar does not have; null when it reads. */
export function dateProblem(text: string): 'unreadable' | 'no-such-date' | null {
  const shape = dateShape(text);
  if (shape === null) return 'unreadable';
  return isRealIsoDate(shape) ? null : 'no-such-date';
}

/** dd.mm.yyyy, the way Kazakh and Russian documents write dates. */
export function formatDate(iso: string): string {
  const m = ISO.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/**
 * Full years reached on `onIso`; a birthday falling on that day counts as reached. A person born on 29 February
 * reaches a new year of age on 28 February of a common year: a term in years that ends in a month without the
 * matching day ends on that month's last day (Civil Code of the Republic of Kazakhstan, Art. 173).
 */
export function ageOn(birthIso: string, onIso: string): number {
  const [by, bm, birthDay] = birthIso.split('-').map(Number) as [number, number, number];
  const [oy, om, od] = onIso.split('-').map(Number) as [number, number, number];
  const bd = bm === 2 && birthDay === 29 && !isLeapYear(oy) ? 28 : birthDay;
  let age = oy - by;
  if (om < bm || (om === bm && od < bd)) age -= 1;
  return age;
}

/**
 * The calendar date and the time of day at a fixed offset from UTC, whatever the machine's own zone: a commission in
 * Astana at 01:00 is already in tomorrow, which a server set to UTC (or a laptop set to another zone) is not.
 * Kazakhstan keeps no daylight-saving time, so an offset in whole hours is the zone.
 */
export function localAt(now: Date, utcOffsetHours: number): { date: string; time: string } {
  const shifted = new Date(now.getTime() + utcOffsetHours * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`,
    time: `${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}`,
  };
}

/** Today's date at a fixed offset from UTC (see `localAt`). */
export function todayAt(now: Date, utcOffsetHours: number): string {
  return localAt(now, utcOffsetHours).date;
}

/** `UTC+6`, `UTC−3`, `UTC`: how a printed time names its zone. */
export function utcOffsetLabel(utcOffsetHours: number): string {
  if (utcOffsetHours === 0) return 'UTC';
  return `UTC${utcOffsetHours > 0 ? '+' : '−'}${Math.abs(utcOffsetHours)}`;
}
