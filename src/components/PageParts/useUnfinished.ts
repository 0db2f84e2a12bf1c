import {usePluginData} from '@docusaurus/useGlobalData';

import type {ContentModelGlobalData} from '@site/src/model/types';

const none: readonly string[] = [];

/**
 * The labels of the required fields that a draft still leaves empty, as the content-model
 * plugin worked them out at build time (the validator does not ship to the
 * browser). Empty for every page that is not an unfinished draft.
 *
 * @param file the page's source file relative to the site root
 */
export function useUnfinished(file: string): readonly string[] {
  const data = usePluginData('content-model') as ContentModelGlobalData | undefined;
  return data?.drafts[file] ?? none;
}
