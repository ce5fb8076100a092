import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { ImportPreview, ImportRowView } from '../../../domain/import-records';
import type { InputOf } from '../../../service/contract';
import { call } from '../../api/client';
import type { ServiceError } from '../../i18n/messages';
import { PageCache, pagesOf } from '../candidates/page-cache';

// The preview of a chosen file, page by page: the first answer carries the counts, the lists and the columns; the
// table asks for the pages of rows as they come into view, so a file of 100,000 rows is never held whole.

export const IMPORT_PAGE_SIZE = 500;

export interface ImportQuery {
  electionId: number;
  fileId: string;
  partyId: number | null;
  only: 'all' | 'problems';
}

export function previewInput(q: ImportQuery, offset: number, limit: number): InputOf<'imports.preview'> {
  return {
    electionId: q.electionId,
    fileId: q.fileId,
    ...(q.partyId !== null ? { partyId: q.partyId } : {}),
    only: q.only,
    offset,
    limit,
  };
}

interface Store {
  cache: PageCache<ImportRowView>;
  inFlight: Set<number>;
  preview: ImportPreview | null;
  error: ServiceError | null;
}

export interface ImportPreviewPages {
  /** The first answer (or, while it is on its way, the last one for the same file); null before any, or when refused. */
  preview: ImportPreview | null;
  /** Whether `preview` answers the current query (not the previous one, kept on screen meanwhile). */
  settled: boolean;
  error: ServiceError | null;
  total: number;
  rowAt: (index: number) => ImportRowView | undefined;
  need: (indexes: readonly number[]) => void;
  reload: () => void;
}

export function useImportPreview(query: ImportQuery, refresh: number): ImportPreviewPages {
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify([query, refresh, attempt]);
  const store = useMemo<Store>(
    () => ({ cache: new PageCache<ImportRowView>(20, IMPORT_PAGE_SIZE), inFlight: new Set(), preview: null, error: null }),
    // The key says everything the store depends on.
    [key],
  );
  const current = useRef(store);
  current.current = store;
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  // While another view of the same file is on its way (the filter, a refresh after a commit) the figures stay on
  // screen, so the controls the clerk is using do not vanish under the keyboard.
  const last = useRef<ImportPreview | null>(null);
  if (store.preview !== null) last.current = store.preview;
  const shown = store.preview ?? (last.current?.fileId === query.fileId ? last.current : null);

  const need = useCallback(
    (indexes: readonly number[]) => {
      for (const page of pagesOf(indexes, store.cache.pageSize)) {
        if (store.cache.has(page)) {
          store.cache.touch(page);
          continue;
        }
        if (store.inFlight.has(page) || store.error) continue;
        store.inFlight.add(page);
        void call('imports.preview', previewInput(query, page * store.cache.pageSize, store.cache.pageSize)).then((result) => {
          store.inFlight.delete(page);
          if (current.current !== store) return;
          if (result.ok) {
            store.cache.put(page, result.value.page.rows);
            // The first answer is the preview; a later page's figures are the same plan's.
            store.preview ??= result.value;
          } else store.error = result.error;
          rerender();
        });
      }
    },
    // `query` is in the key, and so in `store`.
    [store],
  );

  useEffect(() => need([0]), [need]);

  return {
    preview: shown,
    settled: store.preview !== null,
    error: store.error,
    total: shown?.page.total ?? 0,
    rowAt: (index) => store.cache.rowAt(index),
    need,
    reload: useCallback(() => setAttempt((a) => a + 1), []),
  };
}
