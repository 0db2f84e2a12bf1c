import {createContext, useContext} from 'react';

import type {PageModelData} from '@site/src/model/types';

const none: PageModelData = {related: []};

/**
 * The docs page's own data from the content-model plugin, provided by
 * `src/theme/DocItem` from the page's `contentModel` export.
 */
export const PageModelContext = createContext<PageModelData>(none);

/** The current docs page's data (related pages, indicators); empty for a page without any. */
export function usePageModel(): PageModelData {
  return useContext(PageModelContext);
}

/** The data a page's content module exports, if it has any. */
export function pageModelOf(content: unknown): PageModelData {
  const exported = content as
    | {contentModel?: PageModelData; contentModelIndicators?: PageModelData['indicators']}
    | undefined;
  const data = exported?.contentModel ?? none;
  return exported?.contentModelIndicators
    ? {...data, indicators: exported.contentModelIndicators}
    : data;
}
