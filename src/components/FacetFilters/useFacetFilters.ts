import {useCallback} from 'react';

import {useHistory} from '@docusaurus/router';
import {useHistorySelector} from '@docusaurus/theme-common';

import {facetNames, type FacetName} from '@site/src/data/facets';
import {appendFilters, noFilters, parseFilters, type Filters} from '@site/src/model/facets';

import {useFocusAfterNavigation} from './useFocusAfterNavigation';

/**
 * The facet filters of the page's URL (`?kunta=akaa&teema=energia`), read
 * and written through the registry in `src/data/facets.ts`; the finder and
 * the search page share it, and other parameters (`q`) are left as they are.
 * Every filtered view is a link one can send, and the back button steps
 * through earlier choices.
 *
 * `useHistorySelector` (theme-common) gives an empty query string on the
 * server and during hydration, so the first render matches the pre-rendered
 * HTML; the URL's filters apply right after. (theme-common's
 * `useQueryStringList` keeps one parameter per hook, while a filter change
 * here rewrites several at once in one history entry.)
 */
export function useFacetFilters(): {
  filters: Filters;
  /** Turns a value on or off; `focusId` is the control to keep focused. */
  toggle: (name: FacetName, value: string, focusId?: string) => void;
  /** Removes every filter. */
  clear: (focusId?: string) => void;
} {
  const history = useHistory();
  const search = useHistorySelector((current) => current.location.search);
  const filters = parseFilters(search);
  const focusAfterNavigation = useFocusAfterNavigation();

  const push = useCallback(
    (next: Filters, focusId?: string) => {
      focusAfterNavigation(focusId);
      const params = new URLSearchParams(history.location.search);
      for (const name of facetNames) params.delete(name);
      const query = appendFilters(next, params).toString();
      history.push({pathname: history.location.pathname, search: query ? `?${query}` : ''});
    },
    [focusAfterNavigation, history],
  );

  const toggle = useCallback(
    (name: FacetName, value: string, focusId?: string) => {
      const current = parseFilters(history.location.search);
      const values = current[name] as string[];
      const next = values.includes(value)
        ? values.filter((item) => item !== value)
        : [...values, value];
      push({...current, [name]: next}, focusId);
    },
    [history, push],
  );

  const clear = useCallback((focusId?: string) => push(noFilters(), focusId), [push]);

  return {filters, toggle, clear};
}
