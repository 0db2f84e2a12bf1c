/**
 * `/haku`: the search page. Query and filters live in the URL, so a search
 * is a link one can send; facet counts, snippets with the matched words in
 * whatever inflected form, and a suggestion when nothing is found.
 */

import React, {useEffect, useRef, useState, type ReactNode} from 'react';

import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';

import FacetFilters from '@site/src/components/FacetFilters';
import {facetNames, facets} from '@site/src/data/facets';

import {MAX_QUERY, type SearchResponse} from '../shared/engine';
import {search} from '../client/client';
import {resultCount, resultHref, typeLabels, unavailableMessage} from '../client/labels';
import Snippet from './Snippet';
import styles from './SearchPage.module.css';
import {useSearchParams} from '../client/useSearchParams';

const PAGE = 20;

const searchFacets = facetNames.map((name) => facets[name]);

type State =
  {kind: 'idle'} | {kind: 'loading'} | {kind: 'done'; response: SearchResponse} | {kind: 'error'};

export default function SearchPage(): ReactNode {
  const params = useSearchParams();
  const [draft, setDraft] = useState(params.q);
  const [limit, setLimit] = useState(PAGE);
  const [state, setState] = useState<State>({kind: 'idle'});
  const ticket = useRef(0);
  const filtersKey = JSON.stringify(params.filters);

  // The box follows the URL when it changes from outside (back button, links).
  useEffect(() => setDraft(params.q), [params.q]);
  useEffect(() => setLimit(PAGE), [params.q, filtersKey]);

  useEffect(() => {
    if (params.q.trim() === '') {
      setState({kind: 'idle'});
      return;
    }
    const current = ++ticket.current;
    setState((previous) => (previous.kind === 'done' ? previous : {kind: 'loading'}));
    search({query: params.q, filters: JSON.parse(filtersKey), limit}).then(
      (response) => current === ticket.current && setState({kind: 'done', response}),
      () => current === ticket.current && setState({kind: 'error'}),
    );
  }, [params.q, filtersKey, limit]);

  const response = state.kind === 'done' ? state.response : undefined;
  const shownQuery = response?.query.trim() ?? params.q.trim();

  let status = '';
  if (state.kind === 'error') status = unavailableMessage;
  else if (response?.status === 'nothing')
    status = 'Hakusanassa ei ole kirjaimia eikä numeroita. Kirjoita hakusana.';
  else if (response) status = `Haulla ”${shownQuery}” löytyi ${resultCount(response.total)}.`;

  return (
    <Layout title="Haku" description="Hae oppaasta, kuntien esimerkeistä ja uutisista.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Haku</Heading>
        <form
          role="search"
          className={styles.form}
          action="/haku"
          method="get"
          onSubmit={(event) => {
            event.preventDefault();
            params.setQuery(draft.trim());
          }}>
          <label htmlFor="hakusana" className={styles.label}>
            Hakusana
          </label>
          <div className={styles.row}>
            <input
              id="hakusana"
              name="q"
              type="search"
              className={styles.input}
              value={draft}
              maxLength={10000}
              autoComplete="off"
              onChange={(event) => setDraft(event.target.value)}
            />
            <button type="submit" className="button button--primary">
              Hae
            </button>
          </div>
          <p className={styles.help}>
            Kirjoita sana missä muodossa tahansa: ”kaavoitus” löytää myös sanat ”kaavoituksessa” ja
            ”maankäytön kaavoitukseen”, ja ”johtaminen” myös sanan ”ilmastojohtamisen”.
          </p>
        </form>

        {response?.truncated && (
          <p className={styles.notice}>
            Hakusana oli pitkä, joten haettiin sen {MAX_QUERY} ensimmäisellä merkillä.
          </p>
        )}

        <div className={styles.layout}>
          <section aria-labelledby="rajaa" className={styles.filters}>
            <Heading as="h2" id="rajaa" className={styles.subheading}>
              Rajaa tuloksia
            </Heading>
            <FacetFilters
              idPrefix="rajaus"
              facets={searchFacets}
              counts={response?.facets}
              selected={params.filters}
              onToggle={params.toggle}
            />
          </section>

          <section aria-labelledby="hakutulokset" className={styles.results}>
            <Heading as="h2" id="hakutulokset" className={styles.subheading}>
              Tulokset
            </Heading>
            <p role="status" className={styles.status}>
              {status || (params.q.trim() === '' ? 'Kirjoita hakusana ja paina Hae.' : 'Haetaan…')}
            </p>
            {response && response.total === 0 && response.status === 'ok' && (
              <div className={styles.empty}>
                {response.suggestion && (
                  <p>
                    Tarkoititko{' '}
                    <Link to={`/haku?q=${encodeURIComponent(response.suggestion)}`}>
                      {response.suggestion}
                    </Link>
                    ?
                  </p>
                )}
                <p>Kokeile:</p>
                <ul>
                  <li>lyhyempää hakusanaa tai sanan alkua</li>
                  <li>toista sanaa samasta asiasta</li>
                  <li>rajausten poistamista</li>
                </ul>
                <p>
                  Voit myös selata <Link to="/kaytannot">käytäntöjä ja esimerkkejä</Link> tai{' '}
                  <Link to="/opas">oppaan sisällystä</Link>.
                </p>
              </div>
            )}
            {response && response.results.length > 0 && (
              <ol className={styles.list}>
                {response.results.map((result) => (
                  <li key={`${result.path}#${result.anchor}`} className={styles.result}>
                    <p className={styles.type}>{typeLabels[result.type].one}</p>
                    <Heading as="h3" className={styles.resultTitle}>
                      <Link to={resultHref(result)}>
                        {result.title}
                        {result.heading && ` › ${result.heading}`}
                      </Link>
                    </Heading>
                    <p className={styles.snippet}>
                      <Snippet fragments={result.snippet} />
                    </p>
                  </li>
                ))}
              </ol>
            )}
            {response && response.total > response.results.length && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setLimit(limit + PAGE)}>
                Näytä lisää tuloksia
              </button>
            )}
          </section>
        </div>
      </main>
    </Layout>
  );
}
