import {createContext, useContext, type ComponentType} from 'react';

import type {Indicator} from '@site/src/model/indicators';
import type {PageModelData} from '@site/src/model/types';

/**
 * The page's data, and on an indicator page the component that draws its
 * facts, chart and table (./IndicatorPart.tsx), exported by the page's own
 * module so that only indicator pages load it.
 */
export type PageModel = PageModelData & {
  IndicatorPart?: ComponentType<{indicator: Indicator}>;
};

const none: PageModel = {related: []};

/**
 * The docs page's own data from the content-model plugin, provided by
 * `src/theme/DocItem` from the page's `contentModel` export.
 */
export const PageModelContext = createContext<PageModel>(none);

/** The current docs page's data (related pages, indicators); empty for a page without any. */
export function usePageModel(): PageModel {
  return useContext(PageModelContext);
}

/** The data a page's content module exports, if it has any. */
export function pageModelOf(content: unknown): PageModel {
  const exported = content as
    | {
        contentModel?: PageModelData;
        contentModelIndicators?: PageModelData['indicators'];
        contentModelIndicatorPart?: PageModel['IndicatorPart'];
      }
    | undefined;
  const data: PageModel = exported?.contentModel ?? none;
  const indicators = exported?.contentModelIndicators;
  const IndicatorPart = exported?.contentModelIndicatorPart;
  if (!indicators && !IndicatorPart) return data;
  return {
    ...data,
    ...(indicators ? {indicators} : {}),
    ...(IndicatorPart ? {IndicatorPart} : {}),
  };
}
