import React, {type ReactNode} from 'react';

import Link from '@docusaurus/Link';

import {pagerPages} from '@site/src/model/paging';

import styles from './styles.module.css';

/**
 * Links to the other pages of a list: plain links, so they work before and
 * without JavaScript, and each page is an address of its own. `href` gives
 * a page's address (the pre-rendered `/…/sivu/N`, or the finder's
 * `?…&sivu=N` when filters are on).
 */
export default function Pager({
  page,
  count,
  href,
  label,
}: {
  page: number;
  count: number;
  href: (page: number) => string;
  /** The navigation landmark's name, e.g. "Akaan esimerkkien sivut". */
  label: string;
}): ReactNode {
  if (count <= 1) return null;
  return (
    <nav aria-label={label} className={styles.pager}>
      <ul>
        {page > 1 && (
          <li>
            <Link to={href(page - 1)} rel="prev">
              ‹ Edellinen<span className={styles.hidden}> sivu</span>
            </Link>
          </li>
        )}
        {pagerPages(page, count).map((number, index) =>
          number === null ? (
            <li key={`gap-${index}`} aria-hidden="true" className={styles.gap}>
              …
            </li>
          ) : (
            <li key={number}>
              {number === page ? (
                <span aria-current="page" className={styles.current}>
                  <span className={styles.hidden}>Sivu </span>
                  {number}
                </span>
              ) : (
                <Link to={href(number)}>
                  <span className={styles.hidden}>Sivu </span>
                  {number}
                </Link>
              )}
            </li>
          ),
        )}
        {page < count && (
          <li>
            <Link to={href(page + 1)} rel="next">
              Seuraava<span className={styles.hidden}> sivu</span> ›
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
