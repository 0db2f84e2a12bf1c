import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {anchorOf, chaptersOf, composeDocument, rewriteHref} from '../scripts/pdf/compose';

const site = 'https://opas.example.fi';
const included = new Set(['/opas', '/opas/menetelmat/mittarit']);

describe('links in the PDF', () => {
  const cases: [string, string][] = [
    ['#tavoitteet', `#${anchorOf('/opas/menetelmat/raportointi', 'tavoitteet')}`],
    ['/opas/menetelmat/mittarit', '#sivu-opas-menetelmat-mittarit'],
    ['/opas/menetelmat/mittarit#lahteet', '#sivu-opas-menetelmat-mittarit--lahteet'],
    ['mittarit', '#sivu-opas-menetelmat-mittarit'],
    ['/opas/', '#sivu-opas'],
    ['https://opas.example.fi/opas/menetelmat/mittarit', '#sivu-opas-menetelmat-mittarit'],
    ['/kaytannot?kunta=akaa', 'https://opas.example.fi/kaytannot?kunta=akaa'],
    ['/kunnat/akaa', 'https://opas.example.fi/kunnat/akaa'],
    ['https://ilmastovahti.palkane.fi/actions/27', 'https://ilmastovahti.palkane.fi/actions/27'],
  ];
  for (const [href, expected] of cases) {
    it(`${href} → ${expected}`, () => {
      assert.equal(rewriteHref(href, '/opas/menetelmat/raportointi', included, site), expected);
    });
  }
});

describe('composing pages', () => {
  const page = (path: string, body: string) => ({
    path,
    html: `<html><body><nav class="navbar">N</nav><article><nav class="theme-doc-breadcrumbs">B</nav>
      <h1>Otsikko ${path}</h1><h2 id="tavoitteet">Tavoitteet<a class="hash-link" href="#tavoitteet">#</a></h2>
      <section aria-labelledby="tavoitteet">${body}</section>
      <footer class="theme-doc-footer">Muokkaa</footer></article></body></html>`,
  });

  it('keeps the article, drops web-only parts and makes ids unique per page', () => {
    const [first, second] = chaptersOf(
      [page('/opas', '<a href="/opas/b#tavoitteet">b</a>'), page('/opas/b', '')],
      site,
    );
    assert.equal(first!.chapter.title, 'Otsikko /opas');
    assert.doesNotMatch(first!.html, /Muokkaa|theme-doc-breadcrumbs|hash-link|navbar/);
    assert.match(first!.html, /<h1 id="sivu-opas">/);
    assert.match(first!.html, /id="sivu-opas--tavoitteet"/);
    assert.match(first!.html, /aria-labelledby="sivu-opas--tavoitteet"/);
    assert.match(first!.html, /href="#sivu-opas-b--tavoitteet"/);
    assert.match(second!.html, /id="sivu-opas-b--tavoitteet"/);
  });

  it('refuses a page without an article, in Finnish', () => {
    assert.throws(() => chaptersOf([{path: '/x', html: '<p>x</p>'}], site), {
      message: 'PDF: sivulla /x ei ole <article>-osaa; onko se oppaan sivu?',
    });
  });

  it('writes placeholders of the same width before the page numbers are known', () => {
    const chapters = chaptersOf([page('/opas', '')], site);
    const cover = {title: 'T & K', subtitle: 's', edition: '1.12.2026', onlineUrl: `${site}/opas`};
    const first = composeDocument({cover, chapters, pageNumbers: new Map(), stylesheets: []});
    const second = composeDocument({
      cover,
      chapters,
      pageNumbers: new Map([['sivu-opas', 3]]),
      stylesheets: [],
    });
    assert.match(first, /<span class="pdf-toc-page">000<\/span>/);
    assert.match(second, /<span class="pdf-toc-page">3<\/span>/);
    assert.match(first, /<html lang="fi"/);
    assert.match(first, /<title>T &amp; K<\/title>/);
  });
});
