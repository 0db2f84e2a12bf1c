/** `/pohjat`: every template, with links to its page and its file. */

import React, {type ReactNode} from 'react';

import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';

import {TemplateDownload} from '@site/src/components/TemplatePage';
import {templates} from '@site/src/data/templates';

export default function TemplatesPage(): ReactNode {
  return (
    <Layout
      title="Pohjat"
      description="Ilmastotyön pohjat ladattaviksi: vastuutaulukko, toimintakertomuksen ilmasto-osio, mittarikortti, päätösehdotuksen ilmastovaikutukset, työpajan tuloslomake ja ilmastosuunnitelman tarkistuslista.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Pohjat</Heading>
        <p className="lead">
          Oppaan työkalut pohjina, jotka voi ladata ja muokata omaan käyttöön. Jokainen pohja on
          sivu ja tiedosto samasta sisällöstä. Pohjissa ei ole valmiita vastauksia: ne kertovat,
          mitä kuhunkin kohtaan kirjoitetaan.
        </p>
        {templates.map((template) => (
          <section key={template.id} aria-labelledby={`pohja-${template.id}`}>
            <Heading as="h2" id={`pohja-${template.id}`}>
              <Link to={`/pohjat/${template.id}`}>{template.title}</Link>
            </Heading>
            <p>{template.description}</p>
            <p>
              <TemplateDownload template={template} />
            </p>
          </section>
        ))}
      </main>
    </Layout>
  );
}
