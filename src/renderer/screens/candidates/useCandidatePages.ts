import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { CandidateRow } from '../../../service/contract';
import { call } from '../../api/client';
import type { ServiceError } from '../../i18n/messages';
import { listInput, type CandidateFilters } from './filters';
import { PageCache, pagesOf } from './page-cache';

interface Store {
  cache: PageCache<CandidateRow>;
  inFlight: Set<number>;
  total: number | null;
  error: ServiceError | null;
}

export interface CandidatePages {
  /** The count of this query, or of the previous one while this one is on its way; null before any answer. */
  total: number | null;
  /** Whether the current query has answered. */
  settled: boolean;
  error: ServiceError | null;
  rowAt: (index: number) => CandidateRow | undefined;
  /** Fetches the pages holding these rows unless they are cached or on their way. */
  need: (indexes: readonly number[]) => void;
  retry: () => void;
}

/** The rows of one query, page by page; a new query (or a refresh) starts a new cache. */
export function useCandidatePages(electionId: number, filters: CandidateFilters, refresh: number): CandidatePages {
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify([electionId, filters, refresh, attempt]);
  const store = useMemo<Store>(
    () => ({ cache: new PageCache<CandidateRow>(), inFlight: new Set(), total: null, error: null }),
    // The key says everything the store depends on.
    [key],
  );
  const current = useRef(store);
  current.current = store;
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  // While a new search is on its way the table keeps its size, so it does not blink at every keystroke.
  const lastTotal = useRef<number | null>(null);
  if (store.total !== null) lastTotal.current = store.total;

  const need = useCallback(
    (indexes: readonly number[]) => {
      for (const page of pagesOf(indexes, store.cache.pageSize)) {
        if (store.cache.has(page)) {
          store.cache.touch(page);
          continue;
        }
        if (store.inFlight.has(page) || store.error) continue;
        store.inFlight.add(page);
        const input = listInput(electionId, filters, page * store.cache.pageSize, store.cache.pageSize);
        void call('nominations.list', input).then((result) => {
          store.inFlight.delete(page);
          if (current.current !== store) return;
          if (result.ok) {
            store.cache.put(page, result.value.rows);
            store.total = result.value.total;
          } else store.error = result.error;
          rerender();
        });
      }
    },
    [store, electionId, filters],
  );

  useEffect(() => need([0]), [need]);

  const retry = useCallback(() => setAttempt((a) => a + 1), []);

  return {
    total: store.total ?? lastTotal.current,
    settled: store.total !== null,
    error: store.error,
    rowAt: (index) => store.cache.rowAt(index),
    need,
    retry,
  };
}
