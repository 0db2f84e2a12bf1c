import React, {type ReactNode} from 'react';

import Link from '@docusaurus/Link';

import SiteLink from '@site/src/components/SiteLink';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';

import IndicatorView from '@site/src/components/IndicatorView';
import ItemCard from '@site/src/components/ItemCard';
import PhaseChart from '@site/src/components/PhaseChart';
import PdfLink from '@site/src/components/PdfLink';
import PhaseTable from '@site/src/components/PhaseTable';
import {municipalities} from '@site/src/data/municipalities';
import {themes} from '@site/src/data/themes';
import {countByPhase, distinctContacts, finderUrl, groupByTheme} from '@site/src/model/aggregate';
import type {MunicipalityPageData} from '@site/src/model/types';

import styles from './styles.module.css';

/** `/kunnat/<kunta>`: one municipality's case notes, phases and contacts. */
export default function MunicipalityPage({data}: {data: MunicipalityPageData}): ReactNode {
  const municipality = municipalities[data.municipality];
  const counts = countByPhase(data.notes);
  const contacts = distinctContacts(data.notes);
  return (
    <Layout
      title={municipality.label}
      description={`${municipality.label}: kunnan ilmastotyön esimerkit vaiheittain ja teemoittain.`}>
      <main className="container margin-vert--lg">
        <nav aria-label="Murupolku" className="margin-bottom--md">
          <Link to="/kunnat">Kunnat</Link> › {municipality.label}
        </nav>
        <Heading as="h1">{municipality.label}</Heading>
        <p className="lead">{municipality.description}</p>
        <PdfLink permalink={`/kunnat/${data.municipality}`} />

        <div className={styles.overview}>
          <section aria-labelledby="vaiheet">
            <Heading as="h2" id="vaiheet">
              Esimerkit vaiheittain
            </Heading>
            <PhaseChart
              id={`kaavio-${data.municipality}`}
              name={`${municipality.label}, esimerkit vaiheittain`}
              counts={counts}
            />
            <PhaseTable
              caption={`${municipality.label}: esimerkit vaiheittain`}
              rowHeader="Kunta"
              rows={[{label: municipality.label, counts}]}
            />
          </section>
          <section aria-labelledby="yhteyshenkilot">
            <Heading as="h2" id="yhteyshenkilot">
              Yhteyshenkilöt
            </Heading>
            {contacts.length > 0 ? (
              <ul>
                {contacts.map((contact) => (
                  <li key={`${contact.role}-${contact.organisation}`}>
                    {[contact.name, contact.role, contact.organisation].filter(Boolean).join(', ')}
                  </li>
                ))}
              </ul>
            ) : (
              <p>Esimerkeissä ei ole kirjattu yhteyshenkilöitä. Kysy kunnan kirjaamosta.</p>
            )}
            <p>
              Yhteyshenkilöt on kirjattu roolin ja organisaation mukaan. Katso yhteystiedot kunnan
              verkkosivuilta.
            </p>
          </section>
        </div>

        <section aria-labelledby="mittarit">
          <Heading as="h2" id="mittarit">
            Mittarit
          </Heading>
          <p>
            Kunnan julkiset luvut oppaan mittareista, kukin lähteineen. Kaikki mittarit ja
            tietopalvelut, joista uudet luvut saa, ovat luvussa{' '}
            <SiteLink to="/opas/menetelmat/mittarit">Mittarit</SiteLink>.
          </p>
          {data.indicators.length > 0 ? (
            data.indicators.map((indicator) => (
              <IndicatorView
                key={indicator.id}
                indicator={indicator}
                only={[data.municipality]}
                headingLevel="h3"
              />
            ))
          ) : (
            <p>Oppaan mittareissa ei ole kunnan julkisia lukuja.</p>
          )}
        </section>

        <section aria-labelledby="teemoittain">
          <Heading as="h2" id="teemoittain">
            Esimerkit teemoittain
          </Heading>
          <p>
            Esimerkki voi kuulua useaan teemaan.{' '}
            <Link to={finderUrl({kunta: [data.municipality]})}>
              {municipality.label}: kaikki esimerkit ja käytännöt hakemistossa
            </Link>
            .
          </p>
          {groupByTheme(data.notes).map((group) => (
            <section key={group.theme} aria-labelledby={`teema-${group.theme}`}>
              <Heading as="h3" id={`teema-${group.theme}`}>
                {themes[group.theme].label}
              </Heading>
              <ul className={styles.cards}>
                {group.notes.map((note) => (
                  <li key={note.permalink}>
                    <ItemCard item={note} headingLevel="h4" />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      </main>
    </Layout>
  );
}
