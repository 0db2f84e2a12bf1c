import React, {type ReactNode} from 'react';

import Heading from '@theme/Heading';
import Layout from '@theme/Layout';

import FacetFilters from '@site/src/components/FacetFilters';
import ItemCard from '@site/src/components/ItemCard';
import {actors} from '@site/src/data/actors';
import {contentTypes} from '@site/src/data/contentTypes';
import {municipalities} from '@site/src/data/municipalities';
import {phases} from '@site/src/data/phases';
import {themes} from '@site/src/data/themes';
import {
  facetCounts,
  filterItems,
  filterNames,
  filterOptions,
  type FilterName,
} from '@site/src/plugins/content-model/aggregate';
import type {FinderData} from '@site/src/plugins/content-model/types';

import ExportButtons from './ExportButtons';
import styles from './styles.module.css';
import {useFilters} from './useFilters';

/** Each filter's legend and its values' labels, from the content model. */
const filterLabels: Record<FilterName, {legend: string; label: (value: string) => string}> = {
  tyyppi: {
    legend: 'Sisältö',
    label: (value) => contentTypes[value as keyof typeof contentTypes].pluralLabel,
  },
  kunta: {
    legend: 'Kunta',
    label: (value) => municipalities[value as keyof typeof municipalities].label,
  },
  teema: {legend: 'Teema', label: (value) => themes[value as keyof typeof themes].label},
  vaihe: {legend: 'Vaihe', label: (value) => phases[value as keyof typeof phases].label},
  toimija: {legend: 'Toimijat', label: (value) => actors[value as keyof typeof actors].label},
};

/** `/kaytannot`: every good practice and case note, with filters. */
export default function FinderPage({finder}: {finder: FinderData}): ReactNode {
  const {filters, toggle, clear} = useFilters();
  const results = filterItems(finder.items, filters);
  const counts = facetCounts(finder.items, filters);
  const active = filterNames.some((name) => filters[name].length > 0);

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
              groups={filterNames.map((name) => ({
                name,
                legend: filterLabels[name].legend,
                options: filterOptions[name].map((value) => ({
                  value,
                  label: filterLabels[name].label(value),
                  count: counts[name][value] ?? 0,
                  checked: (filters[name] as readonly string[]).includes(value),
                })),
              }))}
              onToggle={(name, value, id) => toggle(name as FilterName, value, id)}
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
            {results.length > 0 && <ExportButtons items={results} />}
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
