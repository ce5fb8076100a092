// List seats (domain §6): a list needs at least the threshold share of all list votes plus the "against all" votes;
// the quotient is the votes of the lists that passed divided by the mandates ("against all" is not in it); each list
// takes the whole quotients its votes hold and the rest go to the largest remainders. Not D'Hondt. On equal
// remainders the list registered first takes the seat [L].
//
// A list cannot take more seats than it has registered candidates. The domain reference says nothing of the seats it
// cannot fill, so the profile does (`unfilledSeats`, [U]): they go to the other lists that passed, by the same method
// over their votes, or they stay vacant.

/** What happens to the seats a list wins beyond its registered candidates. */
export const UNFILLED_SEATS = ['redistribute', 'vacant'] as const;
export type UnfilledSeats = (typeof UNFILLED_SEATS)[number];

export interface ListVotes {
  partyId: number;
  votes: number;
  /** The order in which the lists were registered: the lower wins a tie on remainders. */
  registeredOrder: number;
  /** The list's registered candidates: the most seats it can fill; no limit when not given. */
  candidates?: number;
}

export interface ListSeats {
  partyId: number;
  votes: number;
  /** Share of the threshold base (all list votes plus "against all"). */
  share: number;
  passed: boolean;
  /** The seats its votes win, before any limit by its candidates. */
  won: number;
  /** The seats it takes: what it won, at most its registered candidates, plus what other lists could not fill. */
  seats: number;
}

/** Whether votes reach threshold × base, compared in whole numbers so that exactly 5% passes. */
function reaches(votes: number, base: number, threshold: number): boolean {
  const perMillion = Math.round(threshold * 1_000_000);
  return votes * 1_000_000 >= perMillion * base;
}

interface Share {
  partyId: number;
  votes: number;
  registeredOrder: number;
}

/** The largest-remainder method over some lists and mandates: whole quotients first, then the largest remainders. */
function largestRemainders(lists: readonly Share[], mandates: number): Map<number, number> {
  const seats = new Map<number, number>(lists.map((l) => [l.partyId, 0]));
  const total = lists.reduce((sum, l) => sum + l.votes, 0);
  if (total === 0 || mandates <= 0) return seats;
  // votes ÷ (total ÷ mandates) = votes × mandates ÷ total: whole numbers, no rounding error.
  const remainders = lists.map((l) => {
    seats.set(l.partyId, Math.floor((l.votes * mandates) / total));
    return { ...l, remainder: (l.votes * mandates) % total };
  });
  let left = mandates - [...seats.values()].reduce((sum, n) => sum + n, 0);
  for (const r of remainders.sort((a, b) => b.remainder - a.remainder || a.registeredOrder - b.registeredOrder)) {
    if (left === 0) break;
    seats.set(r.partyId, (seats.get(r.partyId) ?? 0) + 1);
    left--;
  }
  return seats;
}

/**
 * The seats a list takes when some win more than their candidates: each such list keeps as many seats as it has
 * candidates, and the mandates left are shared out again among the others by the same method, until every list can
 * fill its seats or none is left to take them (those seats stay vacant).
 */
function redistributed(passed: readonly (Share & { candidates: number })[], mandates: number): Map<number, number> {
  const taken = new Map<number, number>();
  let open = [...passed];
  let left = mandates;
  for (;;) {
    const round = largestRemainders(open, left);
    const over = open.filter((l) => (round.get(l.partyId) ?? 0) > l.candidates);
    if (over.length === 0) {
      for (const [partyId, n] of round) taken.set(partyId, n);
      return taken;
    }
    for (const l of over) {
      taken.set(l.partyId, l.candidates);
      left -= l.candidates;
    }
    open = open.filter((l) => !over.includes(l));
    if (open.length === 0 || left <= 0) return taken;
  }
}

export function allocateSeats(
  lists: readonly ListVotes[],
  againstAll: number,
  mandates: number,
  threshold: number,
  unfilled: UnfilledSeats = 'redistribute',
): ListSeats[] {
  const base = lists.reduce((sum, l) => sum + l.votes, 0) + againstAll;
  const rows = lists.map((l) => ({
    partyId: l.partyId,
    votes: l.votes,
    registeredOrder: l.registeredOrder,
    candidates: l.candidates ?? Number.MAX_SAFE_INTEGER,
    share: base === 0 ? 0 : l.votes / base,
    passed: base > 0 && l.votes > 0 && reaches(l.votes, base, threshold),
  }));
  const passed = rows.filter((r) => r.passed);
  const won = largestRemainders(passed, mandates);
  const short = passed.some((r) => (won.get(r.partyId) ?? 0) > r.candidates);
  const taken = !short
    ? won
    : unfilled === 'vacant'
      ? new Map(passed.map((r) => [r.partyId, Math.min(won.get(r.partyId) ?? 0, r.candidates)]))
      : redistributed(passed, mandates);
  return rows.map((r) => ({
    partyId: r.partyId,
    votes: r.votes,
    share: r.share,
    passed: r.passed,
    won: won.get(r.partyId) ?? 0,
    seats: taken.get(r.partyId) ?? 0,
  }));
}
