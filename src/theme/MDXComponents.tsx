/**
 * Wraps @docusaurus/theme-classic 3.10 `MDXComponents` (not ejected).
 * Why: Markdown tables get a scroll box that keyboard users can reach when
 * the table is wider than the screen (see ScrollableTable); pages can show
 * the current facts with `<TilanneNyt aiheet={[…]} />` (see src/data/tilanne.ts)
 * and `<IndicatorList />` draws every indicator, both without an import.
 */

import MDXComponents from '@theme-original/MDXComponents';

import IndicatorList from '@site/src/components/IndicatorList';
import ScrollableTable from '@site/src/components/ScrollableTable';
import TilanneNyt from '@site/src/components/TilanneNyt';

export default {
  ...MDXComponents,
  table: ScrollableTable,
  TilanneNyt,
  IndicatorList,
};
