import React, {type ReactNode} from 'react';

import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';

import PhaseBadge from '@site/src/components/PhaseBadge';
import {municipalities, municipalityKeys} from '@site/src/data/municipalities';
import type {MunicipalitiesOverview} from '@site/src/plugins/content-model/types';
import {formatDate} from '@site/src/utils/date';

import styles from './styles.module.css';

/** `/kunnat`: the four municipalities side by side with their case notes. */
export default function MunicipalitiesPage({
  overview,
}: {
  overview: MunicipalitiesOverview;
}): ReactNode {
  return (
    <Layout
      title="Kunnat"
      description="Hankkeen neljän kunnan esimerkit: Pälkäne, Valkeakoski, Akaa ja Urjala.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Kunnat</Heading>
        <p className={styles.lead}>
          Hankkeessa oli mukana neljä kuntaa. Jokaisesta kunnasta on koottu esimerkkejä
          ilmastotyöstä: mitä tehtiin, missä vaiheessa työ on ja keneltä voi kysyä.
        </p>
        <div className={styles.grid}>
          {municipalityKeys.map((key) => {
            const notes = overview.notes.filter((note) => note.municipality === key);
            return (
              <section key={key} className={styles.card} aria-labelledby={`kunta-${key}`}>
                <Heading as="h2" id={`kunta-${key}`}>
                  {municipalities[key].label}
                </Heading>
                <p>{municipalities[key].description}</p>
                <p className={styles.count}>
                  {notes.length === 1 ? '1 esimerkki' : `${notes.length} esimerkkiä`}
                </p>
                <ul className={styles.notes}>
                  {notes.map((note) => (
                    <li key={note.permalink}>
                      <Link to={note.permalink}>{note.title}</Link>
                      {note.example && <span className={styles.example}> (esimerkki)</span>}
                      <div className={styles.meta}>
                        <PhaseBadge phase={note.phase} />{' '}
                        <span>päivitetty {formatDate(note.updated)}</span>
                      </div>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      </main>
    </Layout>
  );
}
