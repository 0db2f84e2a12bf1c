/**
 * The finder's filter data in compact form: each item's facet values as
 * indexes into the filters' option lists. The browser fetches this one file
 * when a filter is first used, and then only the pages of cards it shows.
 */

import {filterOptions} from './aggregate';
import type {FinderFacets, Item} from './types';

/** What the filters read of an item, and its place in the title order. */
export type FacetItem = Pick<Item, 'type' | 'municipalities' | 'themes' | 'phase' | 'actors'> & {
  index: number;
};

const indexes = (options: readonly string[], values: readonly string[]) =>
  values.map((value) => options.indexOf(value)).filter((index) => index >= 0);

/** Items (in title order) → the compact filter data. */
export function encodeFacets(items: readonly Item[], pageSize: number): FinderFacets {
  return {
    pageSize,
    items: items.map((item) => [
      filterOptions.tyyppi.indexOf(item.type),
      indexes(filterOptions.kunta, item.municipalities),
      indexes(filterOptions.teema, item.themes),
      item.phase ? filterOptions.vaihe.indexOf(item.phase) : -1,
      indexes(filterOptions.toimija, item.actors),
    ]),
  };
}

/** The compact filter data → items the finder's filter functions accept. */
export function decodeFacets(facets: FinderFacets): FacetItem[] {
  const pick = <T>(options: readonly T[], values: readonly number[]) =>
    values.map((index) => options[index]).filter((value): value is T => value !== undefined);
  return facets.items.map(([type, kunta, teema, vaihe, toimija], index) => ({
    index,
    type: filterOptions.tyyppi[type] ?? 'kaytanto',
    municipalities: pick(filterOptions.kunta, kunta),
    themes: pick(filterOptions.teema, teema),
    phase: vaihe >= 0 ? filterOptions.vaihe[vaihe] : undefined,
    actors: pick(filterOptions.toimija, toimija),
  }));
}
