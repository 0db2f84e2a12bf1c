import React, {type ReactNode} from 'react';

import type {Fragment} from '../shared/engine';

/**
 * A snippet with its matched words in <mark>. Text is rendered as text,
 * never as HTML, so nothing in the content or the query can inject markup.
 */
export default function Snippet({fragments}: {fragments: Fragment[]}): ReactNode {
  return (
    <>
      {fragments.map((fragment, index) =>
        fragment.mark ? (
          <mark key={index}>{fragment.text}</mark>
        ) : (
          <React.Fragment key={index}>{fragment.text}</React.Fragment>
        ),
      )}
    </>
  );
}
