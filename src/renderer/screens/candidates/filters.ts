import type { NominationKind, NominationStatus } from '../../../domain/types';
import type { InputOf } from '../../../service/contract';

export type CandidateSort = 'name' | 'received' | 'list-position';

/** Only nominations with an error finding, or with warnings (and no error). */
export type CandidateFlag = '' | 'errors' | 'warnings';

export interface CandidateFilters {
  search: string;
  kind: NominationKind | '';
  partyId: string;
  districtId: string;
  status: NominationStatus | '';
  flag: CandidateFlag;
  sort: CandidateSort;
}

export const NO_FILTERS: CandidateFilters = { search: '', kind: '', partyId: '', districtId: '', status: '', flag: '', sort: 'name' };

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
    ...(f.status ? { status: f.status } : {}),
    ...(f.flag ? { flag: f.flag } : {}),
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
