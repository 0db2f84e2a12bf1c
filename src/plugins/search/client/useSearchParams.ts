import {useCallback} from 'react';

import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';

import {facetNames, facetOptions, type SearchFilters} from '../shared/engine';

/** The search page's state, kept only in its URL. */
export interface SearchParams {
  q: string;
  filters: SearchFilters;
}

/** Reads `?q=…&kunta=…&teema=…&vaihe=…&tyyppi=…`; unknown values are dropped. */
export function parseSearchParams(search: string): SearchParams {
  const params = new URLSearchParams(search);
  const filters = Object.fromEntries(
    facetNames.map((name) => [
      name,
      [...new Set(params.getAll(name).flatMap((value) => value.split(',')))].filter((value) =>
        facetOptions[name].includes(value),
      ),
    ]),
  ) as unknown as SearchFilters;
  return {q: params.get('q') ?? '', filters};
}

export function formatSearchParams({q, filters}: SearchParams): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const name of facetNames) {
    for (const value of facetOptions[name])
      if (filters[name].includes(value)) params.append(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The URL's search state, read in one place. Like the finder, the first
 * render in the browser matches the pre-rendered page (no query), and the
 * URL's state applies right after.
 */
export function useSearchParams(): [SearchParams, (next: SearchParams, replace?: boolean) => void] {
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const history = useHistory();
  const params = parseSearchParams(isBrowser ? location.search : '');
  const set = useCallback(
    (next: SearchParams, replace = false) => {
      const target = {pathname: location.pathname, search: formatSearchParams(next)};
      if (replace) history.replace(target);
      else history.push(target);
    },
    [history, location.pathname],
  );
  return [params, set];
}
