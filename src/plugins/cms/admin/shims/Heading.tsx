/**
 * Stands in for `@theme/Heading` in the editor's preview, which runs outside
 * Docusaurus: the site's page parts render their headings through it.
 */

import React, {type ComponentProps, type ReactNode} from 'react';

type Props = ComponentProps<'h2'> & {as: 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6'};

export default function Heading({as: As, ...props}: Props): ReactNode {
  return <As {...props} />;
}
