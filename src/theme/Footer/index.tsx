/**
 * Wraps @docusaurus/theme-classic 3.10 `Footer` (not ejected).
 * Why: every page, whatever its layout (docs, blog, pages, 404), ends with
 * the feedback box "Oliko sivusta apua?" just above the footer.
 */

import React, {type ReactNode} from 'react';

import type FooterType from '@theme/Footer';
import Footer from '@theme-original/Footer';
import type {WrapperProps} from '@docusaurus/types';

import Feedback from '@site/src/components/Feedback';

type Props = WrapperProps<typeof FooterType>;

export default function FooterWrapper(props: Props): ReactNode {
  return (
    <>
      <Feedback />
      <Footer {...props} />
    </>
  );
}
