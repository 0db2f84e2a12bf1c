/**
 * Wraps @docusaurus/theme-classic 3.10 `DocItem/Content` (not ejected).
 * Why: every guide page and case note shows parts drawn from its front
 * matter around the Markdown body: the example notice and summary above; a
 * case note's phases above and its tasks and summary box below; a
 * practice's or event's facts; an indicator's chart and table; impact and
 * lessons and related pages (from the page's own data, see
 * `src/theme/DocItem`); and the sources last. Under `npm start` a
 * file whose front matter is wrong shows its body only.
 */

import React, {type ReactNode} from 'react';

import {useDoc} from '@docusaurus/plugin-content-docs/client';
import type {Props} from '@theme/DocItem/Content';
import Content from '@theme-original/DocItem/Content';

import {useContentProblems} from '@site/src/components/ContentProblems';
import {PageIntro, PageOutro} from '@site/src/components/PageParts';
import {usePageModel} from '@site/src/components/PageParts/usePageModel';
import {useUnfinished} from '@site/src/components/PageParts/useUnfinished';
import PdfLink from '@site/src/components/PdfLink';
import {typeOfPath} from '@site/src/data/contentNames';

export default function ContentWrapper({children}: Props): ReactNode {
  const {metadata, frontMatter} = useDoc();
  const file = metadata.source.replace(/^@site\//, '');
  const type = typeOfPath(file);
  const data = frontMatter as Record<string, unknown>;
  const unfinished = useUnfinished(file);
  const {related, indicator, IndicatorPart} = usePageModel();
  // Under `npm start` a file with front matter problems still renders; the
  // parts drawn from its front matter would read wrong values, so only the
  // body is shown until the file is fixed (the notice above says what to fix).
  if (useContentProblems()[file]) return <Content>{children}</Content>;
  return (
    <Content>
      <PdfLink permalink={metadata.permalink} />
      <PageIntro
        type={type}
        frontMatter={data}
        unfinished={unfinished}
        indicator={indicator}
        IndicatorPart={IndicatorPart}
      />
      {children}
      <PageOutro type={type} frontMatter={data} unfinished={unfinished} related={related} />
    </Content>
  );
}
