/**
 * Pages of long lists: the municipality and theme indexes of case notes and
 * the finder. Every list page is its own address (`/kunnat/akaa`,
 * `/kunnat/akaa/sivu/2`), pre-rendered with only its own items, so nothing a
 * reader loads grows with the size of the collection. Pure functions: the
 * plugin uses them at build time, the pages in the browser.
 */

/** Items on one list page. */
export const PAGE_SIZE = 50;

/** The address of page `page` (1-based) of a list at `base`. */
export function pagePath(base: string, page: number): string {
  return page <= 1 ? base : `${base}/sivu/${page}`;
}

/** How many pages `total` items take (at least one, so an empty list has a page). */
export function pageCount(total: number, size: number = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The items of page `page` (1-based). */
export function pageItems<T>(items: readonly T[], page: number, size: number = PAGE_SIZE): T[] {
  return items.slice((page - 1) * size, page * size);
}

/**
 * The page numbers a pager shows: the first, the last, and the current one
 * with its neighbours; `null` marks a gap. Seven entries at most, so the
 * pager fits a phone's width at any list length.
 */
export function pagerPages(current: number, count: number): (number | null)[] {
  const shown = new Set([1, count, current - 1, current, current + 1]);
  const pages = [...shown].filter((page) => page >= 1 && page <= count).sort((a, b) => a - b);
  const result: (number | null)[] = [];
  for (const page of pages) {
    const previous = result[result.length - 1];
    if (typeof previous === 'number' && page - previous > 1) {
      result.push(page - previous === 2 ? previous + 1 : null);
    }
    result.push(page);
  }
  return result;
}

/** Reads `?sivu=N` from a query string; anything else is page 1. */
export function parsePage(search: string): number {
  const value = new URLSearchParams(search).get('sivu');
  const page = value && /^\d{1,6}$/.test(value) ? Number(value) : 1;
  return page >= 1 ? page : 1;
}

/** One pre-rendered list page's position in its list. */
export interface PageInfo {
  /** 1-based. */
  page: number;
  /** Number of pages in the list. */
  count: number;
  /** Items in the whole list. */
  total: number;
  /** The list's first page, e.g. `/kunnat/akaa`. */
  base: string;
}
