import { useCallback, useEffect, useRef, useState } from 'react';
import { fullName } from '../../../domain/names';
import type { ElectionView, ListView } from '../../../service/contract';
import { call } from '../../api/client';
import { useWords, type ServiceError } from '../../i18n/messages';
import { moveMember, renumber } from './list-order';

export type ListOrder = 'submitted' | 'alphabetical';

export interface ListState {
  /** The list as shown: the service's answer, or the clerk's order while the service is asked to keep it. */
  list: ListView | null;
  error: ServiceError | null;
  /** Whether the order shown is the clerk's and not yet confirmed by the service. */
  pending: boolean;
  /** What the last move did, for the aria-live region. */
  announcement: string;
  move: (from: number, to: number) => void;
  replace: (list: ListView) => void;
  reload: () => void;
}

const orderOf = (list: ListView): number[] => list.members.map((m) => m.nominationId);
const same = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * One party's list with optimistic reordering: each move shows at once and is sent as `lists.reorder`; moves made
 * while one is on its way are sent together after it; a refusal puts back the order the service last confirmed.
 */
export function useList(election: ElectionView, partyId: number, order: ListOrder): ListState {
  const { t, errorText } = useWords();
  const [list, setList] = useState<ListView | null>(null);
  const [error, setError] = useState<ServiceError | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [pending, setPending] = useState(false);
  const [round, setRound] = useState(0);
  const confirmed = useRef<ListView | null>(null);
  const wanted = useRef<ListView | null>(null);
  const sending = useRef(false);

  useEffect(() => {
    let current = true;
    void call('lists.get', { electionId: election.id, partyId, order }).then((result) => {
      if (!current) return;
      if (result.ok) {
        confirmed.current = result.value;
        wanted.current = result.value;
        setList(result.value);
        setError(null);
      } else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [election.id, partyId, order, round]);

  const sync = useCallback(async (): Promise<void> => {
    if (sending.current) return;
    const base = confirmed.current;
    const want = wanted.current;
    if (!base || !want || same(orderOf(base), orderOf(want))) {
      setPending(false);
      return;
    }
    sending.current = true;
    const result = await call('lists.reorder', { electionId: election.id, partyId, version: base.version, order: orderOf(want) });
    sending.current = false;
    if (!result.ok) {
      wanted.current = base;
      setList(base);
      setPending(false);
      setAnnouncement(t('lists.reorderRefused', { error: errorText(result.error) }));
      return;
    }
    confirmed.current = result.value;
    if (wanted.current && !same(orderOf(wanted.current), orderOf(result.value))) {
      wanted.current = { ...result.value, members: wanted.current.members };
      await sync();
      return;
    }
    wanted.current = result.value;
    setList(result.value);
    setPending(false);
  }, [election.id, partyId, t, errorText]);

  const move = (from: number, to: number): void => {
    const current = wanted.current;
    if (!current) return;
    const members = renumber(moveMember(current.members, from, to));
    const moved = members[to];
    if (!moved || from === to) return;
    const next = { ...current, members };
    wanted.current = next;
    setList(next);
    setPending(true);
    setAnnouncement(t('lists.moved', { name: fullName(moved), position: to + 1, length: members.length }));
    void sync();
  };

  const replace = (next: ListView): void => {
    confirmed.current = next;
    wanted.current = next;
    setList(next);
  };

  return { list, error, pending, announcement, move, replace, reload: () => setRound((r) => r + 1) };
}
