/**
 * `/pohjat/<pohja>`: a template as a page, drawn from the same definition
 * (`src/data/templates.ts`) as its file, with a link to the file the build
 * generates under `/pohjat/`.
 */

import React, {type ReactNode} from 'react';

import Link from '@docusaurus/Link';

import SiteLink from '@site/src/components/SiteLink';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';

import ScrollableTable from '@site/src/components/ScrollableTable';
import type {Template, TemplateBlock} from '@site/src/data/templates';
import type {TemplatePageData} from '@site/src/model/types';

import styles from './styles.module.css';

const formatNames = {docx: 'Word-tiedosto (.docx)', xlsx: 'Excel-taulukko (.xlsx)'} as const;

function Block({block, index}: {block: TemplateBlock; index: number}): ReactNode {
  switch (block.kind) {
    case 'heading':
      return (
        <Heading as="h2" id={`osa-${index}`}>
          {block.text}
        </Heading>
      );
    case 'guidance':
      return <p className={styles.guidance}>{block.text}</p>;
    case 'fields':
      return (
        <dl className={styles.fields}>
          {block.items.map((item) => (
            <React.Fragment key={item.label}>
              <dt>{item.label}</dt>
              <dd>{item.guidance ?? <span className={styles.blank}>täytetään</span>}</dd>
            </React.Fragment>
          ))}
        </dl>
      );
    case 'lines':
      return <p className={styles.blank}>Tilaa vapaalle tekstille ({block.count} riviä).</p>;
    case 'checklist':
      return (
        <ul className={styles.checklist}>
          {block.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <>
          <ScrollableTable>
            <thead>
              <tr>
                {block.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row) => (
                <tr key={row}>
                  <th scope="row">{row}</th>
                  {block.columns.slice(1).map((column) => (
                    <td key={column} />
                  ))}
                </tr>
              ))}
            </tbody>
          </ScrollableTable>
          <p className={styles.blank}>
            {block.rows.length > 0
              ? `Tiedostossa on lisäksi ${block.blankRows} tyhjää riviä omille kohdille.`
              : `Tiedostossa on ${block.blankRows} tyhjää riviä.`}
            {block.options ? ` Sallitut merkinnät: ${block.options.values.join(', ')}.` : ''}
          </p>
        </>
      );
  }
}

export function TemplateDownload({template}: {template: Template}): ReactNode {
  // `pathname://`: a file of the build, not a route of the router.
  return (
    <Link
      className="button button--primary"
      to={`pathname:///pohjat/${template.id}.${template.format}`}
      download>
      Lataa {template.title}: {formatNames[template.format]}
    </Link>
  );
}

export default function TemplatePage({data}: {data: TemplatePageData}): ReactNode {
  const {template} = data;
  return (
    <Layout title={template.title} description={template.description}>
      <main className="container margin-vert--lg">
        <nav aria-label="Murupolku" className="margin-bottom--md">
          <Link to="/pohjat">Pohjat</Link> › {template.title}
        </nav>
        <Heading as="h1">{template.title}</Heading>
        <p className="lead">{template.description}</p>
        <p>
          <TemplateDownload template={template} />
        </p>
        <p>
          Alla on pohjan sisältö. Tiedosto tehdään samasta sisällöstä, joten sivu ja tiedosto ovat
          aina samat. Vinolla kirjoitetut ohjeet kertovat, mitä kuhunkin kohtaan kirjoitetaan.
        </p>
        {template.blocks.map((block, index) => (
          <Block key={index} block={block} index={index} />
        ))}
        <Heading as="h2" id="lisaa">
          Lue lisää oppaasta
        </Heading>
        <ul>
          {template.guide.map((page) => (
            <li key={page.to}>
              <SiteLink to={page.to}>{page.title}</SiteLink>
            </li>
          ))}
        </ul>
        {template.sources.length > 0 && (
          <>
            <Heading as="h2" id="lahteet">
              Lähteet
            </Heading>
            <ul>
              {template.sources.map((source) => (
                <li key={source.url}>
                  <Link href={source.url}>{source.title}</Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </main>
    </Layout>
  );
}
