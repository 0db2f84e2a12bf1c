import {useQueryString} from '@docusaurus/theme-common';

import {useFacetFilters} from '@site/src/components/FacetFilters/useFacetFilters';

/**
 * The search page's state, kept only in its URL: the query `q` through
 * theme-common's `useQueryString`, the facets (`kunta`, `teema`, `vaihe`,
 * `tyyppi`, `toimija`) through the finder's own hook over the facet
 * registry. On the server and during hydration both are empty, so the first
 * render matches the pre-rendered page; the URL's state applies right after.
 */
export function useSearchParams(): {
  q: string;
  /** Sets the query, a new history entry; the filters stay. */
  setQuery: (q: string) => void;
} & ReturnType<typeof useFacetFilters> {
  const [q, setQ] = useQueryString('q');
  const facetState = useFacetFilters();
  return {q, setQuery: (next) => setQ(next || null, {push: true}), ...facetState};
}
