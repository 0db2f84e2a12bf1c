/**
 * Wraps @docusaurus/theme-classic 3.10 `DocItem/Content` (not ejected).
 * Why: every guide page and case note shows parts drawn from its front
 * matter around the Markdown body: the example notice and summary above; a
 * case note's phases above and its tasks and summary box below; a
 * practice's or event's facts; and the sources last.
 */

import React, {type ReactNode} from 'react';

import {useDoc} from '@docusaurus/plugin-content-docs/client';
import type {Props} from '@theme/DocItem/Content';
import Content from '@theme-original/DocItem/Content';

import {PageIntro, PageOutro} from '@site/src/components/PageParts';
import {useUnfinished} from '@site/src/components/PageParts/useUnfinished';
import {typeOfPath} from '@site/src/data/contentTypes';

export default function ContentWrapper({children}: Props): ReactNode {
  const {metadata, frontMatter} = useDoc();
  const file = metadata.source.replace(/^@site\//, '');
  const type = typeOfPath(file);
  const data = frontMatter as Record<string, unknown>;
  const unfinished = useUnfinished(file);
  return (
    <Content>
      <PageIntro type={type} frontMatter={data} unfinished={unfinished} />
      {children}
      <PageOutro type={type} frontMatter={data} unfinished={unfinished} />
    </Content>
  );
}
