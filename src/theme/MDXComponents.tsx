/**
 * Wraps @docusaurus/theme-classic 3.10 `MDXComponents` (not ejected).
 * Why: Markdown tables get a scroll box that keyboard users can reach when
 * the table is wider than the screen (see ScrollableTable); `<IndicatorList />`
 * draws every indicator in the chapter on indicators without an import.
 */

import MDXComponents from '@theme-original/MDXComponents';

import IndicatorList from '@site/src/components/IndicatorList';
import ScrollableTable from '@site/src/components/ScrollableTable';

export default {
  ...MDXComponents,
  table: ScrollableTable,
  IndicatorList,
};
