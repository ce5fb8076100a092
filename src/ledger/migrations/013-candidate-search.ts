// Issue 12's load run: twenty workstations searching a 100,000-nomination election. Counting the nominations of the
// persons a name matches («Әли»: 10,730 of them) looked each nomination row up to test its election and voiding:
// 19 ms a search on the only thread that answers every workstation. On this index the count reads no row: 6 ms.
// Its cost is one more index entry per nomination written: 100,000 nominations inserted into the table with its other
// indexes took 0.87–0.96 s without it and 0.93–1.11 s with it, under 1 % of the 33 s journaled bulk write they are part of.
export const candidateSearch = `
CREATE INDEX nomination_person_election ON nomination (person_id, election_id, voided_at);
`;
