import React, {type ReactNode} from 'react';

import Heading from '@theme/Heading';

import ItemCard from '@site/src/components/ItemCard';
import Pager from '@site/src/components/Pager';
import {pagePath, type PageInfo} from '@site/src/model/paging';
import type {CaseNote} from '@site/src/model/types';

import styles from './styles.module.css';

/**
 * One pre-rendered page of a case-note index (a municipality's or a
 * theme's): the count over the whole list, the page's cards and the links
 * to the other pages.
 */
export default function PagedNotes({
  notes,
  page,
  pagerLabel,
  children,
}: {
  notes: readonly CaseNote[];
  page: PageInfo;
  /** The pager's landmark name, e.g. "Akaa: esimerkkien sivut". */
  pagerLabel: string;
  /** Said after the count, e.g. a link to the finder. */
  children?: ReactNode;
}): ReactNode {
  return (
    <section aria-labelledby="esimerkit">
      <Heading as="h2" id="esimerkit">
        Esimerkit
      </Heading>
      <p>
        {page.total === 1 ? '1 esimerkki' : `${page.total} esimerkkiä`}, viimeksi päivitetty ensin.
        {children && ' '}
        {children}
      </p>
      <ul className={styles.cards}>
        {notes.map((note) => (
          <li key={note.permalink}>
            <ItemCard item={note} />
          </li>
        ))}
      </ul>
      <Pager
        page={page.page}
        count={page.count}
        href={(number) => pagePath(page.base, number)}
        label={pagerLabel}
      />
    </section>
  );
}
