/**
 * `<TilanneNyt aiheet={['ilmastosuunnitelma', 'aluehallinto']} />`: the
 * current facts (law, agencies, funding, statistics, programmes) that a page
 * relies on, drawn from `src/data/tilanne.ts` with the list's check date and
 * each fact's sources. Registered in `src/theme/MDXComponents.tsx`, so
 * Markdown pages use it without an import. Without `aiheet` it shows every
 * fact.
 *
 * A named region, not a heading: the box sits inside a page's own sections
 * and must not change their outline.
 */

import React, {useId, type ReactNode} from 'react';

import Link from '@docusaurus/Link';

import {selectTilanne, tilanneCheckedOn, tilanneKeys} from '@site/src/data/tilanne';
import {formatDate} from '@site/src/utils/date';

import styles from './styles.module.css';

function Day({date}: {date: string}): ReactNode {
  return <time dateTime={date}>{formatDate(date)}</time>;
}

export interface TilanneNytProps {
  /** Keys of the facts to show (see `tilanneKeys`), in this order; all when left out. */
  aiheet?: readonly string[];
}

export default function TilanneNyt({aiheet}: TilanneNytProps): ReactNode {
  const id = useId();
  const {items, unknown} = selectTilanne(aiheet);
  return (
    <section className={styles.box} aria-labelledby={id} data-tilanne-nyt>
      <p className={styles.title} id={id}>
        <strong>Tilanne nyt</strong>{' '}
        <span className={styles.checked}>
          (tarkistettu <Day date={tilanneCheckedOn} />)
        </span>
      </p>
      {unknown.length > 0 && (
        // `npm run check` refuses these too; this keeps the page readable.
        <p className={styles.unknown}>
          Tuntematon aihe {unknown.map((key) => `"${key}"`).join(', ')}. Sallitut aiheet:{' '}
          {tilanneKeys.join(', ')}.
        </p>
      )}
      <ul className={styles.items}>
        {items.map((item) => (
          <li key={item.key}>
            <strong>{item.title}.</strong> {item.text}{' '}
            <span className={styles.sources}>
              {item.sources.length === 1 ? 'Lähde' : 'Lähteet'}:{' '}
              {item.sources.map((source, index) => (
                <React.Fragment key={source.url}>
                  {index > 0 && '; '}
                  <Link href={source.url}>{source.title}</Link> (tarkistettu{' '}
                  <Day date={source.checked} />)
                </React.Fragment>
              ))}
              .
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
