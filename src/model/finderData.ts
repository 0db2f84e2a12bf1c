/**
 * The finder's filter data in compact form: each item's values of every
 * facet (`src/data/facets.ts`) as indexes into that facet's values. The
 * browser fetches this one file when a filter is first used, and then only
 * the pages of cards it shows.
 */

import {facetNames, facets, type FacetValues} from '../data/facets';
import type {FinderFacets, Item} from './types';

/** What the filters read of an item, and its place in the title order. */
export interface FacetItem {
  index: number;
  facets: FacetValues;
}

/** Items (in title order) → the compact filter data. */
export function encodeFacets(items: readonly Item[], pageSize: number): FinderFacets {
  return {
    pageSize,
    items: items.map((item) =>
      facetNames.map((name) =>
        (item.facets[name] as readonly string[])
          .map((value) => (facets[name].values as readonly string[]).indexOf(value))
          .filter((index) => index >= 0),
      ),
    ),
  };
}

/** The compact filter data → items the finder's filter functions accept. */
export function decodeFacets(data: FinderFacets): FacetItem[] {
  return data.items.map((encoded, index) => {
    const values = Object.fromEntries(
      facetNames.map((name, position) => {
        const allowed = facets[name].values as readonly string[];
        return [
          name,
          (encoded[position] ?? [])
            .map((value) => allowed[value])
            .filter((value) => value !== undefined),
        ];
      }),
    ) as unknown as FacetValues;
    return {index, facets: values};
  });
}
