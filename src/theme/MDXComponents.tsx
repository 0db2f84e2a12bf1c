/**
 * Wraps @docusaurus/theme-classic 3.10 `MDXComponents` (not ejected).
 * Why: Markdown tables get a scroll box that keyboard users can reach when
 * the table is wider than the screen (see ScrollableTable).
 *
 * The page components `<TilanneNyt aiheet={[…]} />` (see src/data/tilanne.ts)
 * and `<IndicatorList />` need no import either, but are not here: every
 * doc page would load them. src/plugins/remark/componentImports.ts writes
 * their import into the pages that use them.
 */

import MDXComponents from '@theme-original/MDXComponents';

import ScrollableTable from '@site/src/components/ScrollableTable';

export default {
  ...MDXComponents,
  table: ScrollableTable,
};
