import { hashKey, useQueries, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { ServiceError } from '../i18n/messages';
import { serviceError } from './client';

// A long table read page by page: a query per page (the query's key, then the page's index), fetched when its rows
// come into view. A page scrolled out of view is dropped from memory a while later, so a table of 100,000 rows is
// never held whole. The first page also carries the total; while a new query's first page is on its way the table
// may go on showing the last one's total (a placeholder), so that it does not blink at every keystroke.

/** How long a page out of view is kept, in case the clerk scrolls back. */
const PAGE_GC_MS = 30_000;

/** The pages that hold the given row indexes, each once, in ascending order. */
export function pagesOf(indexes: readonly number[], pageSize: number): number[] {
  return [...new Set(indexes.map((i) => Math.floor(i / pageSize)))].sort((a, b) => a - b);
}

export interface PagedQuery<TPage, TRow> {
  /** What the pages answer (election, filters…); the page's index is added to it. */
  queryKey: QueryKey;
  pageSize: number;
  fetchPage: (offset: number, limit: number) => Promise<TPage>;
  rowsOf: (page: TPage) => readonly TRow[];
  /** Whether the previous query's first page stands in for this one's while it is on its way. */
  keepPrevious: (previous: TPage) => boolean;
  /** False while there is nothing to ask yet (no file chosen): nothing is fetched. */
  enabled?: boolean;
}

export interface Pages<TPage, TRow> {
  /** The first page: this query's, or while it is on its way the placeholder; undefined before either. */
  first: TPage | undefined;
  /** Whether `first` is this query's own, up-to-date answer. */
  settled: boolean;
  error: ServiceError | null;
  rowAt: (index: number) => TRow | undefined;
  /** The rows in view: their pages are fetched unless cached or on their way. */
  need: (indexes: readonly number[]) => void;
  /** Reads every page again: after a failure, or when the service says the data changed. */
  reload: () => void;
}

const same = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

export function usePages<TPage, TRow>({ queryKey, pageSize, fetchPage, rowsOf, keepPrevious, enabled = true }: PagedQuery<TPage, TRow>): Pages<TPage, TRow> {
  const client = useQueryClient();
  const asked = hashKey(queryKey);
  // The pages in view belong to one query; a new query starts at its first page.
  const [inView, setInView] = useState<{ asked: string; pages: readonly number[] }>({ asked, pages: [] });
  const pages = inView.asked === asked ? inView.pages.filter((p) => p !== 0) : [];
  const page = (index: number) => ({
    queryKey: [...queryKey, index],
    queryFn: () => fetchPage(index * pageSize, pageSize),
    gcTime: PAGE_GC_MS,
    enabled,
  });
  const first = useQuery({
    ...page(0),
    placeholderData: (previous) => (previous !== undefined && keepPrevious(previous) ? previous : undefined),
  });
  const rest = useQueries({ queries: pages.map(page) });

  const need = useCallback(
    (indexes: readonly number[]) => {
      const wanted = pagesOf(indexes, pageSize);
      setInView((now) => (now.asked === asked && same(now.pages, wanted) ? now : { asked, pages: wanted }));
    },
    [asked, pageSize],
  );

  const rows = new Map<number, readonly TRow[]>();
  if (first.data !== undefined && !first.isPlaceholderData) rows.set(0, rowsOf(first.data));
  pages.forEach((p, i) => {
    const data = rest[i]?.data;
    if (data !== undefined) rows.set(p, rowsOf(data));
  });
  const failed = [first, ...rest].filter((q) => q.isError);

  return {
    first: first.data,
    settled: first.isSuccess && !first.isPlaceholderData && !first.isFetching,
    error: serviceError(failed[0]?.error ?? null),
    rowAt: (index) => rows.get(Math.floor(index / pageSize))?.[index % pageSize],
    need,
    reload: () => void client.invalidateQueries({ queryKey }),
  };
}
