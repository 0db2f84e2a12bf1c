import React, {type ReactNode} from 'react';

import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';

import PagedNotes from '@site/src/components/PagedNotes';
import {municipalities, municipalityKeys} from '@site/src/data/municipalities';
import {themes} from '@site/src/data/themes';
import {finderUrl} from '@site/src/model/aggregate';
import type {ThemeNotesPageData} from '@site/src/model/types';

/**
 * `/kunnat/teema/<teema>` and its further pages: one theme's case notes from
 * every municipality, a page at a time, latest update first.
 */
export default function ThemeNotesPage({data}: {data: ThemeNotesPageData}): ReactNode {
  const theme = themes[data.theme];
  const {page} = data;
  const title =
    page.page > 1
      ? `Teema: ${theme.label}, sivu ${page.page}/${page.count}`
      : `Teema: ${theme.label}`;
  return (
    <Layout title={title} description={`Kuntien esimerkit teemasta ${theme.label}.`}>
      <main className="container margin-vert--lg">
        <nav aria-label="Murupolku" className="margin-bottom--md">
          <Link to="/kunnat">Kunnat</Link> › {theme.label}
        </nav>
        <Heading as="h1">{title}</Heading>
        <p className="lead">{theme.description}</p>
        <p>
          Kunnittain:{' '}
          {municipalityKeys
            .filter((key) => (data.municipalityCounts[key] ?? 0) > 0)
            .map((key, index) => (
              <React.Fragment key={key}>
                {index > 0 && ', '}
                <Link to={finderUrl({kunta: [key], teema: [data.theme]})}>
                  {municipalities[key].label}
                </Link>{' '}
                ({data.municipalityCounts[key]})
              </React.Fragment>
            ))}
          .
        </p>
        <PagedNotes
          notes={data.notes}
          page={page}
          pagerLabel={`Teeman ${theme.label} esimerkkien sivut`}
        />
      </main>
    </Layout>
  );
}
