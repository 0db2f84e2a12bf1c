import {useCallback, useEffect, useRef} from 'react';

import {useLocation} from '@docusaurus/router';

/**
 * On every pushed URL the theme moves focus to the top of the page, which is
 * right for a new page but loses a keyboard user's place when a filter
 * change only rewrites the query string. Remember the control that was used
 * before pushing; this effect runs after the theme's (the page is the
 * theme's parent), so focus goes back to it.
 */
export function useFocusAfterNavigation(): (id: string | undefined) => void {
  const {search} = useLocation();
  const pending = useRef<string | undefined>(undefined);
  useEffect(() => {
    const id = pending.current;
    pending.current = undefined;
    if (id) document.getElementById(id)?.focus();
  }, [search]);
  return useCallback((id) => {
    pending.current = id;
  }, []);
}
