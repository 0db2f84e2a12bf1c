/**
 * Wraps @docusaurus/theme-classic 3.10 `MDXComponents` (not ejected).
 * Why: Markdown tables get a scroll box that keyboard users can reach when
 * the table is wider than the screen (see ScrollableTable).
 */

import MDXComponents from '@theme-original/MDXComponents';

import ScrollableTable from '@site/src/components/ScrollableTable';

export default {
  ...MDXComponents,
  table: ScrollableTable,
};
