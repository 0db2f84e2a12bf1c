/**
 * Facet logic over the registry in `src/data/facets.ts`, shared by the finder
 * (in the browser, over the build's items), the search index builder (in
 * Node) and the search engine (in the worker): a page's values, filters in
 * the URL, matching and faceted counts. Pure functions over plain data.
 */

import {
  facetNames,
  facets,
  type Facet,
  type FacetName,
  type FacetSource,
  type FacetValues,
} from '../data/facets';

/** Chosen values of each facet; several values of one facet mean OR, facets AND. */
export type Filters = FacetValues;

/** For each facet value, how many pages it would leave. */
export type FacetCounts = Record<FacetName, Record<string, number>>;

/** A page's values of every facet: the one place where front matter becomes facet values. */
export function facetValues(page: FacetSource): FacetValues {
  return Object.fromEntries(
    facetNames.map((name) => [name, facets[name].read(page)]),
  ) as unknown as FacetValues;
}

/** No facet chosen. */
export function noFilters(): Filters {
  return Object.fromEntries(facetNames.map((name) => [name, []])) as unknown as Filters;
}

/**
 * Reads filters from a query string. Unknown parameters and values are
 * ignored, so an old or mistyped link still shows a list; `a,b` counts as
 * two values.
 */
export function parseFilters(search: string | URLSearchParams): Filters {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters = noFilters();
  for (const name of facetNames) {
    const allowed = facets[name].values as readonly string[];
    const values = params
      .getAll(name)
      .flatMap((value) => value.split(','))
      .filter((value) => allowed.includes(value));
    (filters[name] as string[]) = [...new Set(values)];
  }
  return filters;
}

/**
 * Appends filters to query parameters in a stable order, each value as its
 * own parameter (`teema=a&teema=b`) in the registry's order.
 */
export function appendFilters(
  filters: Partial<Filters>,
  params = new URLSearchParams(),
): URLSearchParams {
  for (const name of facetNames) {
    const selected = new Set<string>(filters[name] ?? []);
    for (const value of facets[name].values) if (selected.has(value)) params.append(name, value);
  }
  return params;
}

/** Filters as a query string (`?kunta=akaa&teema=energia`), or '' for none. */
export function formatFilters(filters: Partial<Filters>): string {
  const query = appendFilters(filters).toString();
  return query ? `?${query}` : '';
}

/** Whether a page's values pass every filter but `except`. */
export function passes(values: FacetValues, filters: Filters, except?: FacetName): boolean {
  return facetNames.every((name) => {
    if (name === except || filters[name].length === 0) return true;
    const own = values[name] as readonly string[];
    return (filters[name] as readonly string[]).some((value) => own.includes(value));
  });
}

/**
 * For each facet value, how many pages there would be with that value
 * chosen, given the other filters: the usual faceted-search count.
 */
export function countFacets(pages: Iterable<FacetValues>, filters: Filters): FacetCounts {
  const counts = Object.fromEntries(
    facetNames.map((name) => [
      name,
      Object.fromEntries(facets[name].values.map((value) => [value, 0])),
    ]),
  ) as FacetCounts;
  for (const values of pages) {
    for (const name of facetNames) {
      if (!passes(values, filters, name)) continue;
      for (const value of values[name]) counts[name][value] = (counts[name][value] ?? 0) + 1;
    }
  }
  return counts;
}

/** A facet offering only some of its values (the finder's `tyyppi`). */
export function restrictFacet<N extends FacetName>(
  facet: Facet<N>,
  values: readonly FacetValues[N][number][],
): Facet<N> {
  return {...facet, values: facet.values.filter((value) => values.includes(value))};
}
