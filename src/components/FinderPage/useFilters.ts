import {useCallback} from 'react';

import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';

import {useFocusAfterNavigation} from '@site/src/components/FacetFilters/useFocusAfterNavigation';

import {
  formatFilters,
  parseFilters,
  type FilterName,
  type Filters,
} from '@site/src/model/aggregate';

/**
 * The finder's filters, kept only in the URL: every filtered view is a link
 * one can send, and the back button steps through earlier choices.
 *
 * Choosing a filter opens the list's first address (`pathname`) with the
 * filters and no page number.
 *
 * The first render in the browser uses no filters, like the pre-rendered
 * HTML, so hydration matches; the URL's filters apply right after.
 */
export function useFilters(pathname: string = '/kaytannot'): {
  filters: Filters;
  /** Turns a value on or off; `focusId` is the control to keep focused. */
  toggle: (name: FilterName, value: string, focusId?: string) => void;
  clear: (focusId?: string) => void;
} {
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const history = useHistory();
  const filters = parseFilters(isBrowser ? location.search : '');

  const focusAfterNavigation = useFocusAfterNavigation();

  const push = useCallback(
    (next: Filters) => {
      // A new choice starts from the first page of the list.
      history.push({pathname, search: formatFilters(next)});
    },
    [history, pathname],
  );

  const toggle = useCallback(
    (name: FilterName, value: string, focusId?: string) => {
      focusAfterNavigation(focusId);
      const current = parseFilters(location.search);
      const values = current[name] as string[];
      const nextValues = values.includes(value)
        ? values.filter((item) => item !== value)
        : [...values, value];
      push({...current, [name]: nextValues} as Filters);
    },
    [focusAfterNavigation, location.search, push],
  );

  const clear = useCallback(
    (focusId?: string) => {
      focusAfterNavigation(focusId);
      push(parseFilters(''));
    },
    [focusAfterNavigation, push],
  );

  return {filters, toggle, clear};
}
