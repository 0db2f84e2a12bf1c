import assert from 'node:assert/strict';
import path from 'node:path';
import {before, describe, it} from 'node:test';

import config from '../docusaurus.config';
import {checkSite, formatFinding, type CheckResult} from '../scripts/lib/check';
import {lineOfField} from '../scripts/lib/check/frontMatterLines';
import {collectionsOf, isCollectionPath, routeOf} from '../scripts/lib/check/routes';

const fixtureSite = path.join(__dirname, 'fixtures', 'check-site');

/** The findings about one file, as printed. */
function linesFor(findings: CheckResult['errors'], file: string): string[] {
  return findings.filter((finding) => finding.file === file).map(formatFinding);
}

describe('npm run check on a site with mistakes', () => {
  let result: CheckResult;

  before(async () => {
    result = await checkSite(fixtureSite, {spelling: true});
  });

  it('gives a wrong field, a broken link and an image without alt text three Finnish messages with file and line', () => {
    assert.deepEqual(linesFor(result.errors, 'kunnat/akaa/kolme-virhetta.md'), [
      'kunnat/akaa/kolme-virhetta.md, rivi 14: kenttä "contact" on tuntematon; tarkoititko "contacts"?',
      'kunnat/akaa/kolme-virhetta.md, rivi 23: linkki "/opas/menetelmat/mittari" vie sivulle, jota ei ole. Tarkoititko "/opas/menetelmat/mittarit"?',
      'kunnat/akaa/kolme-virhetta.md, rivi 25: kuvalta "kaavio.svg" puuttuu vaihtoehtoinen teksti. Kirjoita hakasulkeisiin, mitä kuvassa näkyy, esimerkiksi ![Kaavio päästöjen kehityksestä](kaavio.svg).',
    ]);
  });

  it('finds headings out of order, empty sections, bad links and unfinished marks', () => {
    assert.deepEqual(linesFor(result.errors, 'docs/rakenne.md'), [
      'docs/rakenne.md, rivi 10: otsikko "Toinen pääotsikko" on pääotsikon tasolla 1 (#). Sivun pääotsikko tulee kentästä title; kirjoita tämä otsikko tasolle 2 (##).',
      'docs/rakenne.md, rivi 14: otsikon "Tyhjä osio" alla ei ole tekstiä. Kirjoita osioon tekstiä tai poista otsikko.',
      'docs/rakenne.md, rivi 18: otsikko "Liian syvä otsikko" on tasolla 4 (####), mutta edellinen otsikko on tasolla 2. Käytä tasoa 3 (###), niin otsikot etenevät järjestyksessä.',
      'docs/rakenne.md, rivi 20: linkki "./menetelmat/mittari.md" osoittaa tiedostoon docs/menetelmat/mittari.md, jota ei ole. Tarkista tiedoston nimi ja kansio; tarkoititko "menetelmat/mittarit.md"?',
      'docs/rakenne.md, rivi 20: linkki "/opas/luonnos" vie luonnokseen docs/luonnos.md, joka ei näy julkaistussa oppaassa. Poista linkki tai julkaise sivu ensin (poista sen tiedostosta rivi draft: true).',
      'docs/rakenne.md, rivi 20: linkki "../kunnat/akaa/kolme-virhetta.md" osoittaa toisen osion tiedostoon kunnat/akaa/kolme-virhetta.md. Linkitä sen sijaan sivun osoitteeseen "/kunnat/akaa/kolme-virhetta".',
      'docs/rakenne.md, rivi 22: tässä on vielä täyttämätön kohta (TÄYDENNÄ). Kirjoita kohtaan oikea sisältö ja poista sana TÄYDENNÄ, tai palauta tiedostoon rivi draft: true, jos sivu on vielä kesken.',
      'docs/rakenne.md, rivi 24: otsikon "Loppu" alla ei ole tekstiä. Kirjoita osioon tekstiä tai poista otsikko.',
    ]);
  });

  it('refuses a source that is only a site’s front page, naming the line and the fix', () => {
    assert.deepEqual(linesFor(result.errors, 'docs/lahteet.md'), [
      'docs/lahteet.md, rivi 6: kenttä "sources", kohta 1, "url": "https://www.urjala.fi/" on sivuston etusivu, josta lukija ei löydä tietoa; kirjoita tähän sen sivun oma osoite, jolla tieto kerrotaan, tai jos sellaista sivua ei löydy, poista lähde ja kerro tekstissä, ettei tiedolle löytynyt julkista sivua',
      'docs/lahteet.md, rivi 12: kenttä "sources", kohta 3, "url": "https://www.akaa.fi/?kieli=fi" on sivuston etusivu, josta lukija ei löydä tietoa; kirjoita tähän sen sivun oma osoite, jolla tieto kerrotaan, tai jos sellaista sivua ei löydy, poista lähde ja kerro tekstissä, ettei tiedolle löytynyt julkista sivua',
    ]);
  });

  it('checks the facts a page names in <TilanneNyt aiheet={[…]} />', () => {
    assert.deepEqual(linesFor(result.errors, 'docs/tilanne.md'), [
      'docs/tilanne.md, rivi 14: komponentin TilanneNyt aihetta "ilmastosunnitelma" ei ole; tarkoititko "ilmastosuunnitelma"? Sallitut aiheet: ilmastosuunnitelma, aluehallinto, saavutettavuusvalvonta, kuntien-ilmastoratkaisut, kets, paastotiedot, ilmasto-ohjelma (tiedosto src/data/tilanne.ts).',
      "docs/tilanne.md, rivi 16: komponentin TilanneNyt aiheet pitää kirjoittaa luettelona lainausmerkeissä, esimerkiksi <TilanneNyt aiheet={['ilmastosuunnitelma', 'aluehallinto']} />.",
      "docs/tilanne.md, rivi 18: komponentilla TilanneNyt ei ole ominaisuutta \"aihe\"; ainoa ominaisuus on aiheet, esimerkiksi <TilanneNyt aiheet={['ilmastosuunnitelma', 'aluehallinto']} />.",
    ]);
  });

  it('says where MDX cannot read the text and how to write the character', () => {
    assert.deepEqual(linesFor(result.errors, 'blog/2022-01-01-merkit.md'), [
      'blog/2022-01-01-merkit.md, rivi 11: tekstiä ei voi lukea: merkki < luetaan HTML-merkinnän aluksi. Jos tarkoitat merkkiä tekstinä, kirjoita sen eteen kenoviiva (\\< tai \\{).',
    ]);
  });

  it('passes a valid file and lets a draft be unfinished, with a notice', () => {
    assert.deepEqual(linesFor(result.errors, 'docs/menetelmat/mittarit.md'), []);
    assert.deepEqual(linesFor(result.errors, 'docs/luonnos.md'), []);
    assert.deepEqual(result.notices.map(formatFinding), [
      'docs/luonnos.md, rivi 5: luonnos (draft: true), joka ei näy julkaistussa oppaassa. Täyttämättä: Tiivistelmä (description), Lähteet (sources). TÄYDENNÄ-merkintöjä: 1. Kun sivu on valmis, poista rivi draft: true ja aja npm run check.',
    ]);
    assert.equal(result.files, 7);
  });

  it('reports the words that the Finnish dictionary and the word list do not know', () => {
    assert.deepEqual(result.spelling.map(formatFinding), [
      'docs/menetelmat/mittarit.md, rivi 10: sanaa "kuntalaisile" ei löydy sanakirjasta. Korjaa kirjoitusvirhe, tai jos sana on oikein, lisää se omalle rivilleen tiedostoon cspell-words.txt.',
    ]);
  });
});

describe('front matter lines', () => {
  const text = [
    '---', // 1
    'title: Energiakatselmus', // 2
    'themes: [energia, ilmasto]', // 3
    'sources:', // 4
    '  # comment', // 5
    '  - title: Akaan kaupunki', // 6
    '    url: https://www.akaa.fi/', // 7
    '  - title: Toinen', // 8
    '    url: ftp://x', // 9
    'responsible:', // 10
    '- Akaan kaupunki', // 11
    'updated: 2023-01-30', // 12
    '---', // 13
  ].join('\n');
  const table: [(string | number)[], number][] = [
    [['title'], 2],
    [['themes', 1], 3],
    [['sources'], 4],
    [['sources', 0], 6],
    [['sources', 1, 'url'], 9],
    [['sources', 1, 'title'], 8],
    [['responsible', 0], 11],
    [['updated'], 12],
    [['phase'], 1],
  ];
  for (const [fieldPath, line] of table) {
    it(`${JSON.stringify(fieldPath)} is on line ${line}`, () => {
      assert.equal(lineOfField(text, fieldPath), line);
    });
  }
});

describe('page addresses of content files', () => {
  const collections = collectionsOf(config);

  it('reads the collections from the site config', () => {
    assert.deepEqual(collections, [
      {folder: 'docs', routeBase: '/opas', kind: 'docs'},
      {folder: 'blog', routeBase: '/ajankohtaista', kind: 'blog'},
      {folder: 'kunnat', routeBase: '/kunnat', kind: 'docs'},
    ]);
  });

  const table: [string, Record<string, unknown>, string][] = [
    ['docs/index.md', {slug: '/'}, '/opas'],
    ['docs/sanasto.md', {}, '/opas/sanasto'],
    ['docs/kaytannot/index.md', {}, '/opas/kaytannot'],
    ['docs/menetelmat/mittarit.md', {}, '/opas/menetelmat/mittarit'],
    ['docs/01-osa/02-luku.md', {}, '/opas/osa/luku'],
    ['docs/menetelmat/x.md', {slug: 'oma'}, '/opas/menetelmat/oma'],
    ['kunnat/akaa/energiakatselmus.md', {}, '/kunnat/akaa/energiakatselmus'],
    ['blog/2021-05-01-hanke-alkoi.md', {}, '/ajankohtaista/2021/05/01/hanke-alkoi'],
    ['blog/2021-05-01-hanke-alkoi/index.md', {}, '/ajankohtaista/2021/05/01/hanke-alkoi'],
  ];
  for (const [file, frontMatter, route] of table) {
    it(`${file} → ${route}`, () => {
      assert.equal(routeOf(collections, file, frontMatter), route);
    });
  }

  it('judges only links into the collections; the build checks the rest', () => {
    assert.equal(isCollectionPath(collections, '/opas/menetelmat/mittarit'), true);
    assert.equal(isCollectionPath(collections, '/kunnat/akaa/x'), true);
    assert.equal(isCollectionPath(collections, '/ajankohtaista/2021/05/01/x'), true);
    assert.equal(isCollectionPath(collections, '/kunnat/akaa'), false);
    assert.equal(isCollectionPath(collections, '/kunnat/atom.xml'), false);
    assert.equal(isCollectionPath(collections, '/ajankohtaista/archive'), false);
    assert.equal(isCollectionPath(collections, '/kaytannot'), false);
  });
});
