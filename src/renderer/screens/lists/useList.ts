import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { fullName } from '../../../domain/names';
import type { ElectionView, ListView } from '../../../service/contract';
import { type ServiceError } from '../../i18n/messages';
import { said, saidOfError, type Said } from '../../i18n/said';
import { serviceError } from '../../queries/client';
import { ListReorder, partyList, useReordering, type ListOrder } from '../../queries/lists';
import { moveMember } from './list-order';

export type { ListOrder } from '../../queries/lists';

export interface ListState {
  /** The list as shown: the service's answer, or the clerk's order while the service is asked to keep it. */
  list: ListView | null;
  error: ServiceError | null;
  /** Whether the order shown is the clerk's and not yet confirmed by the service. */
  pending: boolean;
  /** What the last move did, for the aria-live region. */
  announcement: Said | null;
  move: (from: number, to: number) => void;
  reload: () => void;
}

/** One party's list, in either order, with the clerk's moves shown at once and kept by the service (queries/lists). */
export function useList(election: ElectionView, partyId: number, order: ListOrder): ListState {
  const client = useQueryClient();
  const query = partyList.useQuery(election.id, partyId, order);
  const reorder = useMemo(() => new ListReorder(client, election.id, partyId), [client, election.id, partyId]);
  const pending = useReordering(election.id, partyId);
  const [announcement, setAnnouncement] = useState<Said | null>(null);
  const list = query.data ?? null;

  const move = (from: number, to: number): void => {
    if (!list || from === to) return;
    const members = moveMember(list.members, from, to);
    const moved = members[to];
    if (!moved) return;
    setAnnouncement(said('lists.moved', { name: fullName(moved), position: to + 1, length: members.length }));
    void reorder.keep(members.map((m) => m.nominationId)).then((refusal) => {
      if (refusal) setAnnouncement(said('lists.reorderRefused', { error: saidOfError(refusal) }));
    });
  };

  return {
    list,
    error: serviceError(query.error),
    pending,
    announcement,
    move,
    reload: () => void query.refetch(),
  };
}
