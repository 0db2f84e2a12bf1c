import React, {type ReactNode} from 'react';

import {useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';

import FacetFilters from '@site/src/components/FacetFilters';
import {useFacetFilters} from '@site/src/components/FacetFilters/useFacetFilters';
import ItemCard from '@site/src/components/ItemCard';
import Pager from '@site/src/components/Pager';
import {facetNames} from '@site/src/data/facets';
import {finderFacets, finderUrl, type Filters} from '@site/src/model/aggregate';
import {pagePath, parsePage} from '@site/src/model/paging';
import type {FinderData} from '@site/src/model/types';

import ExportButtons from './ExportButtons';
import styles from './styles.module.css';
import {useFinderResults} from './useFinderResults';

/** A filtered view's address on page `page`. */
function filteredPageUrl(filters: Filters, page: number): string {
  return `${finderUrl(filters)}${page > 1 ? `&sivu=${page}` : ''}`;
}

/**
 * `/kaytannot` and `/kaytannot/sivu/N`: every good practice and case note,
 * a page at a time, with filters. The unfiltered pages are pre-rendered;
 * with filters on (`?kunta=…&sivu=N`), the browser fetches the compact
 * filter data and the pages of cards it shows (useFinderResults).
 */
export default function FinderPage({data}: {data: FinderData}): ReactNode {
  const {filters, toggle, clear} = useFacetFilters();
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const active = facetNames.some((name) => filters[name].length > 0);
  const filtered = useFinderResults(
    active ? filters : undefined,
    parsePage(isBrowser ? location.search : ''),
  );
  const total = data.page.total;
  const counts = filtered?.counts ?? data.counts;
  const results = filtered ? filtered.items : data.items;
  const page = filtered ? filtered.page : data.page.page;
  const count = filtered ? filtered.pageCount : data.page.count;
  const title =
    !active && page > 1
      ? `Käytännöt ja esimerkit, sivu ${page}/${count}`
      : 'Käytännöt ja esimerkit';

  let status: string;
  if (!filtered) status = `${total} käytäntöä ja esimerkkiä.`;
  else if (filtered.status === 'error')
    status = 'Rajauksia ei saatu haettua. Tarkista verkkoyhteys ja lataa sivu uudelleen.';
  else if (filtered.status === 'loading' && !filtered.counts) status = 'Haetaan rajauksia…';
  else status = `Rajauksilla löytyi ${filtered.total} / ${total}.`;

  return (
    <Layout
      title={title}
      description="Hyvät käytännöt ja kuntien esimerkit: suodata kunnan, teeman, vaiheen ja toimijoiden mukaan.">
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
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
              {status}
            </p>
            {(filtered ? filtered.status === 'ready' && filtered.total > 0 : total > 0) && (
              <ExportButtons filters={filters} />
            )}
            {filtered?.status === 'ready' && results.length === 0 ? (
              <p>Valinnoilla ei löytynyt mitään. Poista jokin rajaus.</p>
            ) : (
              <ul className={styles.list} aria-busy={filtered?.status === 'loading'}>
                {results.map((item) => (
                  <li key={item.permalink}>
                    <ItemCard item={item} />
                  </li>
                ))}
              </ul>
            )}
            <Pager
              page={page}
              count={count}
              href={(number) =>
                active ? filteredPageUrl(filters, number) : pagePath(data.page.base, number)
              }
              label="Tulosten sivut"
            />
          </section>
        </div>
      </main>
    </Layout>
  );
}
