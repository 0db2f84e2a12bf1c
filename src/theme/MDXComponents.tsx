/**
 * Wraps @docusaurus/theme-classic 3.10 `MDXComponents` (not ejected).
 * Why: Markdown tables get a scroll box that keyboard users can reach when
 * the table is wider than the screen (see ScrollableTable), and pages can
 * show the current facts with `<TilanneNyt aiheet={[…]} />` without an
 * import (see src/data/tilanne.ts).
 */

import MDXComponents from '@theme-original/MDXComponents';

import ScrollableTable from '@site/src/components/ScrollableTable';
import TilanneNyt from '@site/src/components/TilanneNyt';

export default {
  ...MDXComponents,
  table: ScrollableTable,
  TilanneNyt,
};
