/**
 * Every indicator of the guide with its chart and table, for the chapter
 * on indicators (`<IndicatorList />` in a docs page's Markdown). Reads the
 * checked content from the content-model plugin (the page's own data, see
 * `src/plugins/remark/pageData.ts`), so a new indicator file appears here
 * with no edit to the chapter.
 */

import React, {type ReactNode} from 'react';

import IndicatorView from '@site/src/components/IndicatorView';
import {usePageModel} from '@site/src/components/PageParts/usePageModel';

export default function IndicatorList(): ReactNode {
  const {indicators = []} = usePageModel();
  if (indicators.length === 0) return <p>Oppaassa ei ole vielä mittareita.</p>;
  return (
    <>
      {indicators.map((indicator) => (
        <IndicatorView key={indicator.id} indicator={indicator} headingLevel="h3" />
      ))}
    </>
  );
}
