// Issue 12's load run: twenty workstations searching a 100,000-nomination election. Counting the nominations of the
// persons a name matches («Әли»: 10,730 of them) looked each nomination row up to test its election and voiding:
// 19 ms a search on the only thread that answers every workstation. On this index the count reads no row: 6 ms.
// It costs a fourth index entry per nomination written (measured in `npm run bench`, bulk write).
export const candidateSearch = `
CREATE INDEX nomination_person_election ON nomination (person_id, election_id, voided_at);
`;
