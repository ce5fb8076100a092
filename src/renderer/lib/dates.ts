function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** An ISO 8601 instant, as the ledger stores them: nothing else is read as a date here. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * A journal timestamp as dd.mm.yyyy hh:mm:ss in the desk's local time. Only an ISO instant is read: a text that is
 * already worded (01.12.2026) is shown as it is, since Date would take it for a US date (12 January).
 */
export function formatMoment(at: string): string {
  if (!ISO_INSTANT.test(at)) return at;
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return at;
  return `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** Day, month and year of an ISO date, or null when it is not one. */
export function dateParts(iso: string): { day: number; month: number; year: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}
