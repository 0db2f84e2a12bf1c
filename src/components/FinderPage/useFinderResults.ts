import {useEffect, useState} from 'react';

import useBaseUrl from '@docusaurus/useBaseUrl';

import {ROUTES} from '@site/src/data/routes';
import {decodeFacets, type FacetItem} from '@site/src/model/finderData';
import {pageCount} from '@site/src/model/paging';
import {facetCounts, filterItems, type Filters} from '@site/src/model/aggregate';
import type {FinderFacets, Item} from '@site/src/model/types';

/** A filtered view: one page of cards and the counts over every item. */
export interface FilteredResults {
  status: 'loading' | 'ready' | 'error';
  /** Items that pass the filters, over every page. */
  total: number;
  /** The page shown (clamped to the pages there are). */
  page: number;
  pageCount: number;
  items: Item[];
  counts?: Record<string, Record<string, number>>;
}

// Fetched once per visit and shared by every view: the filter data, then
// each page of cards when a view first needs it.
let facetsPromise: Promise<{pageSize: number; items: FacetItem[]}> | undefined;
const chunkPromises = new Map<string, Promise<Item[]>>();

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

function loadFacets(url: string) {
  facetsPromise ??= getJson<FinderFacets>(url).then((facets) => ({
    pageSize: facets.pageSize,
    items: decodeFacets(facets),
  }));
  facetsPromise.catch(() => (facetsPromise = undefined));
  return facetsPromise;
}

function loadChunk(url: string) {
  let promise = chunkPromises.get(url);
  if (!promise) {
    promise = getJson<Item[]>(url);
    promise.catch(() => chunkPromises.delete(url));
    chunkPromises.set(url, promise);
  }
  return promise;
}

/**
 * The finder's filtered results in the browser, or `undefined` when no
 * filter is on (the pre-rendered page is then shown as it is). Fetches the
 * compact filter data once, and only the pages of cards that the requested
 * page of results takes its items from.
 */
export function useFinderResults(
  filters: Filters | undefined,
  requestedPage: number,
): FilteredResults | undefined {
  const base = useBaseUrl(`${ROUTES.finderData}/`);
  const [results, setResults] = useState<FilteredResults | undefined>();
  const key = filters ? JSON.stringify(filters) : '';

  useEffect(() => {
    if (!filters) {
      setResults(undefined);
      return undefined;
    }
    let cancelled = false;
    setResults((previous) =>
      previous
        ? {...previous, status: 'loading'}
        : {status: 'loading', total: 0, page: 1, pageCount: 1, items: []},
    );
    (async () => {
      const facets = await loadFacets(`${base}rajaukset.json`);
      const matching = filterItems(facets.items, filters);
      const count = pageCount(matching.length, facets.pageSize);
      const page = Math.min(Math.max(1, requestedPage), count);
      const shown = matching.slice((page - 1) * facets.pageSize, page * facets.pageSize);
      const chunks = [
        ...new Set(shown.map((item) => Math.floor(item.index / facets.pageSize) + 1)),
      ];
      const loaded = new Map(
        await Promise.all(
          chunks.map(async (chunk) => [chunk, await loadChunk(`${base}${chunk}.json`)] as const),
        ),
      );
      const items = shown.map(
        (item) =>
          loaded.get(Math.floor(item.index / facets.pageSize) + 1)![item.index % facets.pageSize]!,
      );
      if (!cancelled) {
        setResults({
          status: 'ready',
          total: matching.length,
          page,
          pageCount: count,
          items,
          counts: facetCounts(facets.items, filters),
        });
      }
    })().catch(() => {
      if (!cancelled) setResults({status: 'error', total: 0, page: 1, pageCount: 1, items: []});
    });
    return () => {
      cancelled = true;
    };
    // `key` stands for `filters`, which is a new object on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, requestedPage, base]);

  return filters ? results : undefined;
}
