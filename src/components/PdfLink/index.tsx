/**
 * A link to the PDF that holds the page: the whole guide (`/opas.pdf`) for
 * guide pages, a municipality's notes (`/kunnat/<kunta>.pdf`) for its case
 * notes and its page. `npm run pdf` writes the files after the build.
 */

import React, {type ReactNode} from 'react';

import Link from '@docusaurus/Link';

import {
  municipalities,
  municipalityKeys,
  type MunicipalityKey,
} from '@site/src/data/municipalities';

import styles from './styles.module.css';

/** The PDF a site path belongs to, or undefined when it is in none. */
export function pdfOf(permalink: string): {href: string; label: string} | undefined {
  if (permalink === '/opas' || permalink.startsWith('/opas/')) {
    return {href: '/opas.pdf', label: 'Koko opas PDF-tiedostona'};
  }
  const key = /^\/kunnat\/([^/]+)/.exec(permalink)?.[1];
  if (key && (municipalityKeys as readonly string[]).includes(key)) {
    const {label} = municipalities[key as MunicipalityKey];
    return {href: `/kunnat/${key}.pdf`, label: `${label}: kaikki esimerkit PDF-tiedostona`};
  }
  return undefined;
}

export default function PdfLink({permalink}: {permalink: string}): ReactNode {
  const pdf = pdfOf(permalink);
  if (!pdf) return null;
  return (
    <p className={styles.pdf} data-pdf-hide data-print-hide>
      <Link to={`pathname://${pdf.href}`} download>
        {pdf.label}
      </Link>{' '}
      (tulostettava, saavutettava PDF)
    </p>
  );
}
