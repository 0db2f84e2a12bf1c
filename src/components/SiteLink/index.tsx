/**
 * A link to a path of this site, written as in the content
 * (`/opas/menetelmat/mittarit`), below the site's `baseUrl`. Docusaurus'
 * `Link` adds the base only to paths that do not start with it already, so
 * under the base `/opas/` the guide's own `/opas/…` paths would lose it (the
 * Markdown side of the same rule is `src/plugins/remark/siteLinks.ts`).
 */

import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';

export default function SiteLink({to, children}: {to: string; children: ReactNode}): ReactNode {
  const href = useBaseUrl(to, {forcePrependBaseUrl: true});
  return (
    <Link to={href} autoAddBaseUrl={false}>
      {children}
    </Link>
  );
}
