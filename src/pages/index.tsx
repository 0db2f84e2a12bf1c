import React, {type ReactNode} from 'react';

import Link from '@docusaurus/Link';
import {useBaseUrlUtils} from '@docusaurus/useBaseUrl';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';

import styles from './index.module.css';

interface Entry {
  to: string;
  title: string;
  text: string;
}

const entries: Entry[] = [
  {
    to: '/opas',
    title: 'Lue opas',
    text: 'Aloita johdannosta: mitä hankkeessa tehtiin, milloin ja miten opasta käytetään.',
  },
  {
    to: '/kaytannot',
    title: 'Käytännöt ja esimerkit',
    text: 'Hyvät käytännöt ja kuntien esimerkit yhdessä listassa: rajaa kunnan, teeman, vaiheen tai toimijoiden mukaan.',
  },
  {
    to: '/kunnat',
    title: 'Kuntien esimerkit',
    text: 'Pälkäne, Valkeakoski, Akaa ja Urjala: toimenpiteet, niiden vaiheet ja yhteyshenkilöt.',
  },
  {
    to: '/ajankohtaista',
    title: 'Ajankohtaista',
    text: 'Hankkeen uutiset aikajärjestyksessä.',
  },
];

export default function Home(): ReactNode {
  const {withBaseUrl} = useBaseUrlUtils();
  return (
    <Layout
      title="Etusivu"
      description="Ilmastotyön jalkauttamisen opas: miten neljä kuntaa vei yhteisen ilmasto-ohjelmansa käytäntöön.">
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            Ilmastotyön jalkauttamisen opas
          </Heading>
          <p className={styles.lead}>
            Pälkäne, Valkeakoski, Akaa ja Urjala veivät yhteisen ilmasto-ohjelmansa käytäntöön
            Hiilineutraali Etelä-Pirkanmaa 2030 -hankkeessa vuosina 2021–2022. Tähän oppaaseen on
            koottu jälkikäteen julkisista lähteistä, miten se tehtiin: ilmastojohtamisen
            toimintamalli, hyvät käytännöt ja esimerkit kunnista.
          </p>
          <p className={styles.lead}>
            Opas on tehty muille kunnille. Kopioi se, mikä sopii teille, ja katso, keneltä voi kysyä
            lisää.
          </p>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <ul className={styles.entries}>
          {entries.map((entry) => (
            <li key={entry.to} className={styles.entry}>
              {/* The base in front in full: `/opas` is also a possible base. */}
              <Link
                to={withBaseUrl(entry.to, {forcePrependBaseUrl: true})}
                className={styles.entryLink}>
                {entry.title}
              </Link>
              <p>{entry.text}</p>
            </li>
          ))}
        </ul>
      </main>
    </Layout>
  );
}
