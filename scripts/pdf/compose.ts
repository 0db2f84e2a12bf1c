/**
 * Composes one printable HTML document from pages of the production build:
 * a cover, a table of contents, and each page's article in reading order.
 * Pure functions over HTML strings (cheerio), so the rules are unit-tested
 * without a browser; `render.ts` prints the result with Chromium.
 *
 * Own code: Docusaurus has no PDF export, and the PDF plugins that exist
 * (docusaurus-prince-pdf, docs-to-pdf) download their own browser or need a
 * commercial renderer; this uses the build and the Chromium the tests use.
 */

import {load, type CheerioAPI} from 'cheerio';

/** One page of the build, as the PDF includes it. */
export interface SourcePage {
  /** The page's path on the site, without a trailing slash: `/opas/menetelmat`. */
  path: string;
  /** The page's built HTML. */
  html: string;
}

/** What the cover says. */
export interface Cover {
  /** The document's title: the PDF's Title and the cover's heading. */
  title: string;
  /** A line under the title. */
  subtitle: string;
  /** The edition's date as the reader sees it (30.11.2022). */
  edition: string;
  /** Where the same content lives online. */
  onlineUrl: string;
}

/** A chapter of the document: its anchor, title and (after pass one) its page. */
export interface Chapter {
  path: string;
  anchor: string;
  title: string;
}

/** Normalises a site path: no trailing slash (except `/`), no `.html`. */
export function normalisePath(pathname: string): string {
  const clean = pathname.replace(/\.html$/, '').replace(/\/index$/, '/');
  return clean.length > 1 ? clean.replace(/\/+$/, '') : clean;
}

/** The in-document anchor of a page, or of a heading within it. */
export function anchorOf(pagePath: string, id?: string): string {
  const base = `sivu-${
    normalisePath(pagePath)
      .replace(/^\//, '')
      .replace(/[^a-zA-Z0-9]+/g, '-') || 'etusivu'
  }`;
  return id ? `${base}--${id}` : base;
}

/** Parts of a built page that belong to the web only, not to paper. */
const WEB_ONLY = [
  '.theme-doc-breadcrumbs',
  '.theme-doc-footer',
  '.theme-doc-version-badge',
  '.theme-doc-toc-mobile',
  '.pagination-nav',
  'a.hash-link',
  '[data-pdf-hide]',
  'script',
  'noscript',
  'button',
];

/**
 * A page's article, ready for the document: web-only parts removed, ids made
 * unique to the page, links to included pages turned into in-document
 * anchors and other site links into absolute addresses.
 */
export function pageArticle(
  page: SourcePage,
  included: ReadonlySet<string>,
  siteUrl: string,
): {title: string; html: string} {
  const $ = load(page.html);
  const article = $('article').first();
  if (article.length === 0) {
    throw new Error(`PDF: sivulla ${page.path} ei ole <article>-osaa; onko se oppaan sivu?`);
  }
  article.find(WEB_ONLY.join(',')).remove();
  const heading = article.find('h1').first();
  const title = heading.text().trim();
  if (!title) throw new Error(`PDF: sivulta ${page.path} puuttuu otsikko (h1).`);

  article.find('[id]').each((_, element) => {
    const node = $(element);
    node.attr('id', anchorOf(page.path, node.attr('id')));
  });
  heading.attr('id', anchorOf(page.path));
  // Labels and references inside the page follow their renamed ids.
  for (const attribute of ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for']) {
    article.find(`[${attribute}]`).each((_, element) => {
      const node = $(element);
      const ids = (node.attr(attribute) ?? '').split(/\s+/).filter(Boolean);
      node.attr(attribute, ids.map((id) => anchorOf(page.path, id)).join(' '));
    });
  }
  article.find('a[href]').each((_, element) => {
    const node = $(element);
    node.attr('href', rewriteHref(node.attr('href') ?? '', page.path, included, siteUrl));
    node.removeAttr('target');
  });
  article.find('img[src]').each((_, element) => {
    const node = $(element);
    node.removeAttr('loading');
  });
  const section = `<section class="pdf-page" aria-labelledby="${anchorOf(page.path)}">${
    article.html() ?? ''
  }</section>`;
  return {title, html: section};
}

/** Where a link of an included page points in the document. */
export function rewriteHref(
  href: string,
  fromPath: string,
  included: ReadonlySet<string>,
  siteUrl: string,
): string {
  if (href.startsWith('#')) return `#${anchorOf(fromPath, decodeURIComponent(href.slice(1)))}`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) {
    const absolute = new URL(href);
    if (absolute.origin !== new URL(siteUrl).origin) return href;
    href = absolute.pathname + absolute.search + absolute.hash;
  }
  const target = new URL(href, new URL(fromPath, 'https://site.invalid'));
  const targetPath = normalisePath(decodeURIComponent(target.pathname));
  if (included.has(targetPath) && !target.search) {
    const id = target.hash ? decodeURIComponent(target.hash.slice(1)) : undefined;
    return `#${anchorOf(targetPath, id)}`;
  }
  return new URL(target.pathname + target.search + target.hash, siteUrl).href;
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The whole document. `pages` maps a chapter's anchor to its page number in
 * the printed PDF; pass one leaves it empty and prints placeholders of the
 * same width, so pass two's numbers do not move the text.
 */
export function composeDocument(options: {
  cover: Cover;
  chapters: readonly {chapter: Chapter; html: string}[];
  pageNumbers: ReadonlyMap<string, number>;
  stylesheets: readonly string[];
  /** Extra CSS written into the document itself. */
  css?: string;
}): string {
  const {cover, chapters, pageNumbers, stylesheets, css = ''} = options;
  const toc = chapters
    .map(({chapter}) => {
      const number = pageNumbers.get(chapter.anchor);
      return `<li><a href="#${chapter.anchor}"><span class="pdf-toc-title">${escapeHtml(
        chapter.title,
      )}</span><span class="pdf-toc-dots" aria-hidden="true"></span><span class="pdf-toc-page">${
        number === undefined ? '000' : String(number)
      }</span></a></li>`;
    })
    .join('');
  return `<!doctype html>
<html lang="fi" data-theme="light">
<head>
<meta charset="utf-8">
<title>${escapeHtml(cover.title)}</title>
${stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('\n')}
<style>${css}</style>
</head>
<body class="pdf-document">
<main>
<section class="pdf-cover" aria-label="Kansilehti">
<p class="pdf-cover-title">${escapeHtml(cover.title)}</p>
<p class="pdf-cover-subtitle">${escapeHtml(cover.subtitle)}</p>
<p class="pdf-cover-edition">Painos ${escapeHtml(cover.edition)}</p>
<p class="pdf-cover-online">Ajantasainen versio verkossa: <a href="${escapeHtml(
    cover.onlineUrl,
  )}">${escapeHtml(cover.onlineUrl)}</a></p>
</section>
<nav class="pdf-toc" aria-labelledby="pdf-sisallys">
<h2 id="pdf-sisallys">Sisällys</h2>
<ol>${toc}</ol>
</nav>
${chapters.map(({html}) => html).join('\n')}
</main>
</body>
</html>`;
}

/** The chapters of the composed pages, in order. */
export function chaptersOf(
  pages: readonly SourcePage[],
  siteUrl: string,
): {chapter: Chapter; html: string}[] {
  const included = new Set(pages.map((page) => normalisePath(page.path)));
  return pages.map((page) => {
    const {title, html} = pageArticle(page, included, siteUrl);
    return {chapter: {path: normalisePath(page.path), anchor: anchorOf(page.path), title}, html};
  });
}

/** The page the "next" link of a built doc page points to, if any. */
export function nextPath($: CheerioAPI): string | undefined {
  const href = $('a.pagination-nav__link--next').attr('href');
  return href ? normalisePath(href) : undefined;
}

/** The page the "previous" link of a built doc page points to, if any. */
export function previousPath($: CheerioAPI): string | undefined {
  const href = $('a.pagination-nav__link--prev').attr('href');
  return href ? normalisePath(href) : undefined;
}
