/**
 * Wraps @docusaurus/theme-classic 3.10 `DocItem` (not ejected).
 * Why: a page's related pages come from its own data file, which its
 * Markdown exports as `contentModel` (src/plugins/remark/pageData.ts), not
 * from global data, which every page would load; only this component sees
 * the page's content module, so it hands the data on to the page parts.
 */

import React, {type ReactNode} from 'react';

import type {Props} from '@theme/DocItem';
import DocItem from '@theme-original/DocItem';

import {PageModelContext, pageModelOf} from '@site/src/components/PageParts/usePageModel';

export default function DocItemWrapper(props: Props): ReactNode {
  return (
    <PageModelContext.Provider value={pageModelOf(props.content)}>
      <DocItem {...props} />
    </PageModelContext.Provider>
  );
}
