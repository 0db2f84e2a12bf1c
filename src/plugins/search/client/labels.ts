/** Finnish labels for search results and facets, from the content model. */

import {pageTypes} from '@site/src/data/contentNames';

/** Names of the kinds of result (the `tyyppi` facet's own labels). */
export const typeLabels = pageTypes;

/** "1 tulos" / "12 tulosta". */
export function resultCount(count: number): string {
  return count === 1 ? '1 tulos' : `${count} tulosta`;
}

/** A result's address: the section, with the matched words to highlight. */
export function resultHref(result: {path: string; anchor: string; marks: string[]}): string {
  const query =
    result.marks.length > 0 ? `?korosta=${encodeURIComponent(result.marks.join(' '))}` : '';
  return `${result.path}${query}${result.anchor ? `#${result.anchor}` : ''}`;
}

/** Said when the index cannot be fetched. */
export const unavailableMessage = 'Haku ei nyt toimi. Yritä hetken päästä uudelleen.';
