/** Votes as typed: a whole number from 0 (spaces between thousands allowed), or null when it is not one. */
export function readVotes(text: string): number | null {
  const s = text.replace(/[\s\u00a0]/g, '');
  if (!/^\d{1,9}$/.test(s)) return null;
  const n = Number(s);
  return n <= 100_000_000 ? n : null;
}

export const votesText = (votes: number | null): string => (votes === null ? '' : String(votes));
