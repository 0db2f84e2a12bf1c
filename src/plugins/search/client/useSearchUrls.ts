import {usePluginData} from '@docusaurus/useGlobalData';

import type {SearchGlobalData} from '../shared/format';

/**
 * The search page's address and the index's, both under the site's
 * `baseUrl`, as the search plugin made them.
 */
export function useSearchUrls(): SearchGlobalData {
  return usePluginData('finnish-search') as SearchGlobalData;
}
