/**
 * Wraps @docusaurus/theme-classic 3.10 `Layout` (not ejected).
 * Why: under `npm start`, front matter problems are shown at the top of
 * every page's content (see `src/components/ContentProblems`); a built site
 * has none, and the wrapper adds nothing to it.
 */

import React, {type ReactNode} from 'react';

import type {Props} from '@theme/Layout';
import Layout from '@theme-original/Layout';

import ContentProblems from '@site/src/components/ContentProblems';

export default function LayoutWrapper({children, ...props}: Props): ReactNode {
  return (
    <Layout {...props}>
      <ContentProblems />
      {children}
    </Layout>
  );
}
