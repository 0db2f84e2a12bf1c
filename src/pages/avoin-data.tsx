import React, {type ReactNode} from 'react';

import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';

import FieldTable from '@site/src/components/FieldTable';
import {csvColumns, datasets} from '@site/src/model/opendata';

/** `/avoin-data`: the open data files and their fields. */
export default function OpenData(): ReactNode {
  return (
    <Layout
      title="Avoin data"
      description="Oppaan kuntien esimerkit ja hyvät käytännöt avoimena datana: JSON, CSV ja JSON Schema.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Avoin data</Heading>
        <p className="lead">
          Oppaan kuntien esimerkit ja hyvät käytännöt ovat saatavilla myös koneluettavina
          tiedostoina. Tiedostot tehdään joka kerta samasta sisällöstä kuin sivut, joten ne ovat
          aina ajan tasalla.
        </p>
        <ul>
          <li>
            JSON-tiedostoissa on olio, jonka kentässä <code>items</code> on yksi kohta jokaista
            sivua kohden. Jokaisella tiedostolla on JSON Schema -kuvaus (luonnos 2020-12).
          </li>
          <li>
            CSV-tiedostot ovat UTF-8-muotoisia, ja niiden alussa on BOM-merkki, jotta
            taulukko-ohjelmat näyttävät ääkköset oikein. Erotin on pilkku, ja yhden solun luettelot
            on erotettu puolipisteellä. Jokainen sivu on yksi rivi.
          </li>
          <li>
            Tunniste <code>id</code> on sivun polku sivustolla, ja <code>url</code> on sivun osoite.
          </li>
        </ul>
        {datasets.map((dataset) => (
          <section key={dataset.name} aria-labelledby={`data-${dataset.name}`}>
            <Heading as="h2" id={`data-${dataset.name}`}>
              {dataset.title}
            </Heading>
            <p>{dataset.description}</p>
            <ul>
              <li>
                <Link to={`pathname:///data/${dataset.name}.json`}>{dataset.name}.json</Link>
              </li>
              <li>
                <Link to={`pathname:///data/${dataset.name}.csv`}>{dataset.name}.csv</Link>{' '}
                (sarakkeet: {csvColumns(dataset).join(', ')})
              </li>
              <li>
                <Link to={`pathname:///data/${dataset.name}.schema.json`}>
                  {dataset.name}.schema.json
                </Link>
              </li>
            </ul>
            <FieldTable type={dataset.type} />
          </section>
        ))}
        <section aria-labelledby="syotteet">
          <Heading as="h2" id="syotteet">
            Syötteet
          </Heading>
          <ul>
            <li>
              Uutiset: <Link to="pathname:///ajankohtaista/atom.xml">Atom</Link>,{' '}
              <Link to="pathname:///ajankohtaista/rss.xml">RSS</Link>
            </li>
            <li>
              Uudet ja päivitetyt kuntien esimerkit:{' '}
              <Link to="pathname:///kunnat/atom.xml">Atom</Link>,{' '}
              <Link to="pathname:///kunnat/rss.xml">RSS</Link>
            </li>
          </ul>
        </section>
      </main>
    </Layout>
  );
}
