import React, {type ReactNode} from 'react';

import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';

import IndicatorView from '@site/src/components/IndicatorView';
import PagedNotes from '@site/src/components/PagedNotes';
import PdfLink from '@site/src/components/PdfLink';
import PhaseChart from '@site/src/components/PhaseChart';
import PhaseTable from '@site/src/components/PhaseTable';
import SiteLink from '@site/src/components/SiteLink';
import {municipalities} from '@site/src/data/municipalities';
import {themeKeys, themes} from '@site/src/data/themes';
import {finderUrl} from '@site/src/model/aggregate';
import type {MunicipalityPageData} from '@site/src/model/types';

import styles from './styles.module.css';

/**
 * `/kunnat/<kunta>` and `/kunnat/<kunta>/sivu/N`: one municipality's phases,
 * contacts and themes (figures over all its notes), and one page of its
 * notes, latest update first.
 */
export default function MunicipalityPage({data}: {data: MunicipalityPageData}): ReactNode {
  const municipality = municipalities[data.municipality];
  const {page} = data;
  const title =
    page.page > 1 ? `${municipality.label}, sivu ${page.page}/${page.count}` : municipality.label;
  return (
    <Layout
      title={title}
      description={`${municipality.label}: kunnan ilmastotyön esimerkit vaiheittain ja teemoittain.`}>
      <main className="container margin-vert--lg">
        <nav aria-label="Murupolku" className="margin-bottom--md">
          <Link to="/kunnat">Kunnat</Link> › {municipality.label}
        </nav>
        <Heading as="h1">{title}</Heading>
        <p className="lead">{municipality.description}</p>
        <PdfLink permalink={`/kunnat/${data.municipality}`} />

        {page.page === 1 && (
          <div className={styles.overview}>
            <section aria-labelledby="vaiheet" className={styles.phases}>
              <Heading as="h2" id="vaiheet">
                Esimerkit vaiheittain
              </Heading>
              <PhaseChart
                id={`kaavio-${data.municipality}`}
                name={`${municipality.label}, esimerkit vaiheittain`}
                counts={data.counts}
              />
              <PhaseTable
                caption={`${municipality.label}: esimerkit vaiheittain`}
                rowHeader="Kunta"
                rows={[{label: municipality.label, counts: data.counts}]}
              />
            </section>
            <section aria-labelledby="teemat">
              <Heading as="h2" id="teemat">
                Esimerkit teemoittain
              </Heading>
              <ul>
                {themeKeys
                  .filter((key) => (data.themeCounts[key] ?? 0) > 0)
                  .map((key) => (
                    <li key={key}>
                      <Link to={finderUrl({kunta: [data.municipality], teema: [key]})}>
                        {themes[key].label}
                      </Link>{' '}
                      ({data.themeCounts[key]})
                    </li>
                  ))}
              </ul>
              <p>Esimerkki voi kuulua useaan teemaan.</p>
            </section>
            <section aria-labelledby="yhteyshenkilot">
              <Heading as="h2" id="yhteyshenkilot">
                Yhteyshenkilöt
              </Heading>
              {data.contacts.length > 0 ? (
                <ul>
                  {data.contacts.map((contact) => (
                    <li key={`${contact.role}-${contact.organisation}-${contact.name ?? ''}`}>
                      {[contact.name, contact.role, contact.organisation]
                        .filter(Boolean)
                        .join(', ')}
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
        )}

        {page.page === 1 && (
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
        )}

        <PagedNotes
          notes={data.notes}
          page={page}
          pagerLabel={`${municipality.label}: esimerkkien sivut`}>
          <Link to={finderUrl({kunta: [data.municipality]})}>
            {municipality.label}: rajaa esimerkkejä hakemistossa
          </Link>
          .
        </PagedNotes>
      </main>
    </Layout>
  );
}
