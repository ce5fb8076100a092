import type { BallotState } from '../../../domain/ballot';
import type { NominationKind, NominationStatus } from '../../../domain/types';
import type { InputOf } from '../../../service/contract';

export type CandidateSort = 'name' | 'received' | 'list-position';

/** Only nominations with an error finding, or with warnings (and no error). */
export type CandidateFlag = '' | 'errors' | 'warnings';

/** A status, or the entries made in error, which the table shows only when asked. */
export type StatusFilter = NominationStatus | '' | 'voided';

export interface CandidateFilters {
  search: string;
  kind: NominationKind | '';
  partyId: string;
  districtId: string;
  status: StatusFilter;
  flag: CandidateFlag;
  /** Only nominations whose ballot data is in this state of its verification (issue 13). */
  ballot: BallotState | '';
  sort: CandidateSort;
}

export const NO_FILTERS: CandidateFilters = { search: '', kind: '', partyId: '', districtId: '', status: '', flag: '', ballot: '', sort: 'name' };

export function listInput(
  electionId: number,
  f: CandidateFilters,
  offset: number,
  limit: number,
): InputOf<'nominations.list'> {
  return {
    electionId,
    query: f.search.trim(),
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.partyId ? { partyId: Number(f.partyId) } : {}),
    ...(f.districtId ? { districtId: Number(f.districtId) } : {}),
    ...(f.status === 'voided' ? { voided: true } : f.status ? { status: f.status } : {}),
    ...(f.flag ? { flag: f.flag } : {}),
    ...(f.ballot ? { ballot: f.ballot } : {}),
    sort: f.sort,
    offset,
    limit,
  };
}

/** The row the clerk is on, and the query it belongs to: back from the form the same query finds the same row. */
export interface ActiveRow {
  query: string;
  index: number;
}
