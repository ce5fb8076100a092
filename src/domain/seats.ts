// List seats (domain §6): a list needs at least the threshold share of all list votes plus the "against all" votes;
// the quotient is the votes of the lists that passed divided by the mandates ("against all" is not in it); each list
// takes the whole quotients its votes hold and the rest go to the largest remainders. Not D'Hondt. On equal
// remainders the list registered first takes the seat [L].

export interface ListVotes {
  partyId: number;
  votes: number;
  /** The order in which the lists were registered: the lower wins a tie on remainders. */
  registeredOrder: number;
}

export interface ListSeats {
  partyId: number;
  votes: number;
  /** Share of the threshold base (all list votes plus "against all"). */
  share: number;
  passed: boolean;
  seats: number;
}

/** Whether votes reach threshold × base, compared in whole numbers so that exactly 5% passes. */
function reaches(votes: number, base: number, threshold: number): boolean {
  const perMillion = Math.round(threshold * 1_000_000);
  return votes * 1_000_000 >= perMillion * base;
}

export function allocateSeats(lists: readonly ListVotes[], againstAll: number, mandates: number, threshold: number): ListSeats[] {
  const base = lists.reduce((sum, l) => sum + l.votes, 0) + againstAll;
  const rows = lists.map((l) => ({
    partyId: l.partyId,
    votes: l.votes,
    registeredOrder: l.registeredOrder,
    share: base === 0 ? 0 : l.votes / base,
    passed: base > 0 && l.votes > 0 && reaches(l.votes, base, threshold),
    seats: 0,
    remainder: 0,
  }));
  const passed = rows.filter((r) => r.passed);
  const passedVotes = passed.reduce((sum, r) => sum + r.votes, 0);
  if (passedVotes > 0 && mandates > 0) {
    // votes ÷ (passedVotes ÷ mandates) = votes × mandates ÷ passedVotes: whole numbers, no rounding error.
    for (const r of passed) {
      r.seats = Math.floor((r.votes * mandates) / passedVotes);
      r.remainder = (r.votes * mandates) % passedVotes;
    }
    let left = mandates - passed.reduce((sum, r) => sum + r.seats, 0);
    const byRemainder = [...passed].sort((a, b) => b.remainder - a.remainder || a.registeredOrder - b.registeredOrder);
    for (const r of byRemainder) {
      if (left === 0) break;
      r.seats++;
      left--;
    }
  }
  return rows.map(({ partyId, votes, share, passed: ok, seats }) => ({ partyId, votes, share, passed: ok, seats }));
}
