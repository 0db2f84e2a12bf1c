import React, {type ReactNode} from 'react';

import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';

import ItemCard from '@site/src/components/ItemCard';
import PhaseChart from '@site/src/components/PhaseChart';
import PhaseTable from '@site/src/components/PhaseTable';
import {municipalities, municipalityKeys} from '@site/src/data/municipalities';
import {finderUrl} from '@site/src/model/aggregate';
import type {MunicipalitiesOverview} from '@site/src/model/types';

import styles from './styles.module.css';

/** `/kunnat`: the four municipalities side by side. */
export default function MunicipalitiesPage({
  overview,
}: {
  overview: MunicipalitiesOverview;
}): ReactNode {
  const {table} = overview;
  return (
    <Layout
      title="Kunnat"
      description="Hankkeen neljän kunnan esimerkit vaiheittain: Pälkäne, Valkeakoski, Akaa ja Urjala.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Kunnat</Heading>
        <p className="lead">
          Hankkeessa oli mukana neljä kuntaa. Jokaisesta on koottu esimerkkejä ilmastotyöstä: mitä
          tehtiin, missä vaiheessa työ on ja keneltä voi kysyä. Luvut lasketaan oppaan sisällöstä.
        </p>
        <div className={styles.grid}>
          {municipalityKeys.map((key) => {
            const count = Object.values(table[key]).reduce((sum, value) => sum + value, 0);

            return (
              <section key={key} className={styles.card} aria-labelledby={`kunta-${key}`}>
                <Heading as="h2" id={`kunta-${key}`} className={styles.cardTitle}>
                  <Link to={`/kunnat/${key}`}>{municipalities[key].label}</Link>
                </Heading>
                <p>{municipalities[key].description}</p>
                <p className={styles.count}>
                  {count === 1 ? '1 esimerkki' : `${count} esimerkkiä`}
                </p>
                <PhaseChart
                  id={`kaavio-${key}`}
                  name={`${municipalities[key].label}, esimerkit vaiheittain`}
                  counts={table[key]}
                />
              </section>
            );
          })}
        </div>

        <PhaseTable
          caption="Esimerkit kunnittain ja vaiheittain"
          rowHeader="Kunta"
          rows={municipalityKeys.map((key) => ({
            label: municipalities[key].label,
            counts: table[key],
          }))}
        />

        <section className="margin-top--xl" aria-labelledby="viimeksi-paivitetyt">
          <Heading as="h2" id="viimeksi-paivitetyt">
            Viimeksi päivitetyt
          </Heading>
          <ul className={styles.cards}>
            {overview.latest.map((note) => (
              <li key={note.permalink}>
                <ItemCard item={note} />
              </li>
            ))}
          </ul>
          <p>
            <Link to={finderUrl({tyyppi: ['tapaus']})}>Kaikki kuntien esimerkit</Link> · Tilaa uudet
            ja päivitetyt esimerkit syötteenä: <Link to="pathname:///kunnat/atom.xml">Atom</Link>,{' '}
            <Link to="pathname:///kunnat/rss.xml">RSS</Link>
          </p>
        </section>
      </main>
    </Layout>
  );
}
