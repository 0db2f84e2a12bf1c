/**
 * Stands in for `@docusaurus/Link` in the editor's preview, which runs
 * outside Docusaurus (no router): a link is a plain link there.
 */

import React, {type ComponentProps, type ReactNode} from 'react';

type Props = ComponentProps<'a'> & {to?: string};

export default function Link({to, href, ...props}: Props): ReactNode {
  // A plain anchor is the point here: the preview has no Docusaurus router.
  // eslint-disable-next-line @docusaurus/no-html-links
  return <a href={to ?? href} {...props} />;
}
