import React, {type ReactNode} from 'react';

import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';

import PhaseBadge from '@site/src/components/PhaseBadge';
import {contentTypeNames} from '@site/src/data/contentNames';
import {municipalities} from '@site/src/data/municipalities';
import {themes} from '@site/src/data/themes';
import type {Item} from '@site/src/model/types';
import {formatDate} from '@site/src/utils/date';

import styles from './styles.module.css';

/** A good practice or case note as a card: title, summary and facets. */
export default function ItemCard({
  item,
  headingLevel = 'h3',
}: {
  item: Item;
  headingLevel?: 'h2' | 'h3' | 'h4';
}): ReactNode {
  return (
    <article className={styles.card}>
      <p className={styles.type}>
        {contentTypeNames[item.type].label}
        {item.example && <span className={styles.example}>Esimerkki</span>}
      </p>
      <Heading as={headingLevel} className={styles.title}>
        <Link to={item.permalink}>{item.title}</Link>
      </Heading>
      <p className={styles.description}>{item.description}</p>
      <dl className={styles.meta}>
        {item.facets.kunta.length > 0 && (
          <>
            <dt>{item.type === 'tapaus' ? 'Kunta' : 'Käytetty kunnissa'}</dt>
            <dd>{item.facets.kunta.map((key) => municipalities[key].label).join(', ')}</dd>
          </>
        )}
        <dt>Teemat</dt>
        <dd>{item.facets.teema.map((key) => themes[key].label).join(', ')}</dd>
        {item.facets.vaihe.map((phase) => (
          <React.Fragment key={phase}>
            <dt>Vaihe</dt>
            <dd>
              <PhaseBadge phase={phase} />
            </dd>
          </React.Fragment>
        ))}
        {item.updated && (
          <>
            <dt>Päivitetty</dt>
            <dd>
              <time dateTime={item.updated}>{formatDate(item.updated)}</time>
            </dd>
          </>
        )}
      </dl>
    </article>
  );
}
