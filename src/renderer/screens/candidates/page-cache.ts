// The candidates table holds only the pages the clerk has scrolled past, never the whole election: with 100,000
// nominations a page is fetched by offset when its rows come into view, and the least recently seen pages are
// dropped once the cache is full.

export const PAGE_SIZE = 100;

/** The pages that hold the given row indexes, each once, in ascending order. */
export function pagesOf(indexes: readonly number[], pageSize = PAGE_SIZE): number[] {
  return [...new Set(indexes.map((i) => Math.floor(i / pageSize)))].sort((a, b) => a - b);
}

export class PageCache<T> {
  // A Map keeps insertion order; re-inserting a page on use makes the first key the least recently used.
  private readonly pages = new Map<number, readonly T[]>();

  constructor(
    private readonly maxPages = 40,
    readonly pageSize = PAGE_SIZE,
  ) {}

  has(page: number): boolean {
    return this.pages.has(page);
  }

  rowAt(index: number): T | undefined {
    return this.pages.get(Math.floor(index / this.pageSize))?.[index % this.pageSize];
  }

  touch(page: number): void {
    const rows = this.pages.get(page);
    if (rows === undefined) return;
    this.pages.delete(page);
    this.pages.set(page, rows);
  }

  put(page: number, rows: readonly T[]): void {
    this.pages.delete(page);
    this.pages.set(page, rows);
    for (const oldest of this.pages.keys()) {
      if (this.pages.size <= this.maxPages) break;
      this.pages.delete(oldest);
    }
  }

  get size(): number {
    return this.pages.size;
  }
}
