/**
 * Ejected from @docusaurus/theme-classic 3.10 `BlogPostItem/Header/Info`.
 * Why: the original spells the month out ("1. toukokuuta 2021"); Finnish
 * public-sector sites use 1.5.2021. Reading time is off in this site's
 * config, so its branch is left out.
 */

import React, {type ReactNode} from 'react';

import {useBlogPost} from '@docusaurus/plugin-content-blog/client';
import type {Props} from '@theme/BlogPostItem/Header/Info';
import clsx from 'clsx';

import {formatDate} from '@site/src/utils/date';

export default function BlogPostItemHeaderInfo({className}: Props): ReactNode {
  const {metadata} = useBlogPost();
  return (
    <div className={clsx('margin-vert--md', className)}>
      <time dateTime={metadata.date}>{formatDate(metadata.date)}</time>
    </div>
  );
}
