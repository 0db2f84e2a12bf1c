import React, {type ReactNode} from 'react';

import Heading from '@theme/Heading';
import Layout from '@theme/Layout';

import FacetFilters from '@site/src/components/FacetFilters';
import {useFacetFilters} from '@site/src/components/FacetFilters/useFacetFilters';
import ItemCard from '@site/src/components/ItemCard';
import {facetNames} from '@site/src/data/facets';
import {facetCounts, filterItems, finderFacets} from '@site/src/model/aggregate';
import type {FinderData} from '@site/src/model/types';

import styles from './styles.module.css';

/** `/kaytannot`: every good practice and case note, with filters. */
export default function FinderPage({finder}: {finder: FinderData}): ReactNode {
  const {filters, toggle, clear} = useFacetFilters();
  const results = filterItems(finder.items, filters);
  const counts = facetCounts(finder.items, filters);
  const active = facetNames.some((name) => filters[name].length > 0);

  return (
    <Layout
      title="Käytännöt ja esimerkit"
      description="Hyvät käytännöt ja kuntien esimerkit: suodata kunnan, teeman, vaiheen ja toimijoiden mukaan.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Käytännöt ja esimerkit</Heading>
        <p className="lead">
          Kaikki oppaan hyvät käytännöt ja kuntien esimerkit. Rajaa valinnoilla; jokainen rajattu
          näkymä on oma osoitteensa, jonka voit jakaa.
        </p>
        <div className={styles.layout}>
          <section aria-labelledby="suodattimet" className={styles.filters}>
            <Heading as="h2" id="suodattimet" className={styles.filtersTitle} tabIndex={-1}>
              Rajaa
            </Heading>
            <FacetFilters
              idPrefix="suodatin"
              facets={finderFacets}
              counts={counts}
              selected={filters}
              onToggle={toggle}
            />
            {active && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => clear('suodattimet')}>
                Poista rajaukset
              </button>
            )}
          </section>
          <section aria-labelledby="tulokset" className={styles.results}>
            <Heading as="h2" id="tulokset" className={styles.resultsTitle}>
              Tulokset
            </Heading>
            <p role="status" className={styles.status}>
              {active
                ? `Rajauksilla löytyi ${results.length} / ${finder.items.length}.`
                : `${finder.items.length} käytäntöä ja esimerkkiä.`}
            </p>
            {results.length === 0 ? (
              <p>Valinnoilla ei löytynyt mitään. Poista jokin rajaus.</p>
            ) : (
              <ul className={styles.list}>
                {results.map((item) => (
                  <li key={item.permalink}>
                    <ItemCard item={item} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </main>
    </Layout>
  );
}
