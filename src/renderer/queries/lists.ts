import {
  MutationObserver,
  skipToken,
  useIsMutating,
  useMutation,
  useQuery,
  useQueryClient,
  type MutationOptions,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import type { InputOf, ListView } from '../../service/contract';
import type { ServiceError } from '../i18n/messages';
import { renumber } from '../screens/lists/list-order';
import { answer, serviceError } from './client';
import { changes, invalidate, keys } from './keys';

// The party lists of an election: every list's summary, one list in either order, and the changes to a list (its
// order, the commission's decision on it, its mandate holders after the vote).

export type ListOrder = 'submitted' | 'alphabetical';

export const listSummaries = {
  queryKey: (electionId: number) => [...keys.lists(electionId), 'list'] as const,
  useQuery: (electionId: number) =>
    useQuery({ queryKey: listSummaries.queryKey(electionId), queryFn: () => answer('lists.list', { electionId }) }),
};

export const partyList = {
  queryKey: (electionId: number, partyId: number, order: ListOrder) => [...keys.lists(electionId), 'get', partyId, order] as const,
  useQuery: (electionId: number, partyId: number, order: ListOrder) =>
    useQuery({
      queryKey: partyList.queryKey(electionId, partyId, order),
      queryFn: () => answer('lists.get', { electionId, partyId, order }),
    }),
};

/** What blocks registering the list now, per candidate: the decision dialog shows it before the clerk submits. */
export const listRegistrationCheck = {
  queryKey: (electionId: number, partyId: number) => [...keys.lists(electionId), 'registrationCheck', partyId] as const,
  useQuery: (electionId: number, partyId: number, enabled = true) =>
    useQuery({
      queryKey: listRegistrationCheck.queryKey(electionId, partyId),
      queryFn: enabled ? () => answer('lists.registrationCheck', { electionId, partyId }) : skipToken,
    }),
};

/** Documents marked for several candidates of a list at once; the list as it now stands comes back with the answer. */
export const listMarkDocuments = {
  useMutation: (electionId: number) => {
    const client = useQueryClient();
    return useMutation({
      mutationFn: (input: InputOf<'lists.markDocuments'>) => answer('lists.markDocuments', input),
      onSuccess: (marked) => {
        const key = partyList.queryKey(electionId, marked.list.partyId, 'submitted');
        client.setQueryData(key, marked.list);
        invalidate(client, changes.nominations(electionId), key);
      },
    });
  },
};

/**
 * A change the service answers with the list as it now stands, which is put in the cache as it is; what else the
 * change touches is stale.
 */
function listChange<M extends 'lists.decide' | 'lists.correctDecision' | 'mandates.designate'>(method: M, stale: (electionId: number) => QueryKey[]) {
  return {
    useMutation: (electionId: number) => {
      const client = useQueryClient();
      return useMutation({
        mutationFn: (input: InputOf<M>): Promise<ListView> => answer(method, input),
        onSuccess: (view: ListView) => {
          const key = partyList.queryKey(electionId, view.partyId, 'submitted');
          client.setQueryData(key, view);
          invalidate(client, stale(electionId), key);
        },
      });
    },
  };
}

/** Registering a list registers its candidates: everything a change of nominations touches. */
export const listDecide = listChange('lists.decide', changes.nominations);
export const mandatesDesignate = listChange('mandates.designate', changes.mandates);
/** A correction of the list's resolution corrects its candidates' decisions too, and the print that names it. */
export const listCorrectDecision = listChange('lists.correctDecision', changes.nominations);

// Reordering. A move shows at once (optimistically) and is sent as `lists.reorder` with the version the service last
// confirmed; at most one is on its way, and moves made meanwhile are sent together after it, on the version it
// returned. A refusal puts back the list the service last confirmed, which drops the moves made on top of it.

export const orderOf = (list: Pick<ListView, 'members'>): number[] => list.members.map((m) => m.nominationId);
const same = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** The list with its standing members in this order (nomination ids), numbered 1, 2, 3… */
export function arranged(list: ListView, order: readonly number[]): ListView {
  const byId = new Map(list.members.map((m) => [m.nominationId, m]));
  const members = order.flatMap((id) => {
    const m = byId.get(id);
    return m ? [m] : [];
  });
  return { ...list, members: renumber(members) };
}

/** An order to send: `base` is the list as the service last confirmed it, whose version the request carries. */
export interface Reorder {
  base: ListView;
  order: readonly number[];
}

export const reorderKey = (electionId: number, partyId: number) => ['lists.reorder', electionId, partyId] as const;

export function reorderOptions(
  client: QueryClient,
  electionId: number,
  partyId: number,
): MutationOptions<ListView, Error, Reorder, { base: ListView }> {
  const key = partyList.queryKey(electionId, partyId, 'submitted');
  return {
    mutationKey: reorderKey(electionId, partyId),
    mutationFn: ({ base, order }) => answer('lists.reorder', { electionId, partyId, version: base.version, order: [...order] }),
    onMutate: async ({ base, order }) => {
      // A refetch landing now would put the old order back on screen.
      await client.cancelQueries({ queryKey: key });
      client.setQueryData(key, arranged(base, order));
      return { base };
    },
    onError: (_error, _reorder, context) => {
      if (context) client.setQueryData(key, context.base);
    },
    onSuccess: (view, { order }) => {
      // Moves made while this order was on its way stay on screen, on the version just returned, to be sent next.
      client.setQueryData<ListView>(key, (shown) =>
        shown && !same(orderOf(shown), order) ? { ...view, members: shown.members } : view,
      );
    },
    // The list itself is the service's answer; its summary, the candidates' positions and the print are stale.
    onSettled: () => invalidate(client, changes.listOrder(electionId), key),
  };
}

/** The clerk's moves on one party's list, sent to the service one request at a time. */
export class ListReorder {
  private sending = false;
  private readonly observer: MutationObserver<ListView, Error, Reorder, { base: ListView }>;
  private readonly key: QueryKey;

  constructor(
    private readonly client: QueryClient,
    electionId: number,
    partyId: number,
  ) {
    this.observer = new MutationObserver(client, reorderOptions(client, electionId, partyId));
    this.key = partyList.queryKey(electionId, partyId, 'submitted');
  }

  /** Shows the list in this order and has the service keep it; resolves with the service's refusal, or null. */
  async keep(order: readonly number[]): Promise<ServiceError | null> {
    const shown = this.client.getQueryData<ListView>(this.key);
    if (!shown) return null;
    if (this.sending) {
      this.client.setQueryData(this.key, arranged(shown, order));
      return null;
    }
    this.sending = true;
    try {
      // Nothing is on its way, so the list shown is the one the service confirmed.
      let request: Reorder = { base: shown, order };
      for (;;) {
        const view = await this.observer.mutate(request);
        const now = this.client.getQueryData<ListView>(this.key);
        if (!now || same(orderOf(now), orderOf(view))) return null;
        request = { base: view, order: orderOf(now) };
      }
    } catch (error) {
      return serviceError(error instanceof Error ? error : new Error(String(error)));
    } finally {
      this.sending = false;
    }
  }
}

/** Whether an order of this list is on its way to the service. */
export function useReordering(electionId: number, partyId: number): boolean {
  return useIsMutating({ mutationKey: reorderKey(electionId, partyId) }) > 0;
}
