/**
 * The built pages of a corpus too large for one `docusaurus build` on the
 * benchmark's machine (10,000 pages: 11 GB of memory and more than half an
 * hour), written from a small real build of the same fixture site.
 *
 * A real build of the corpus' first two folders gives every piece of markup
 * a page of this site has: the head, the navbar, the sidebar (the page's own
 * folder open, the others closed), breadcrumbs, the rendered Markdown,
 * pagination and the table of contents. Each piece is cut from one built
 * page with that page's own values (route, title, headings …) turned into
 * slots, and every page of the large corpus is written from the pieces with
 * its own values: its sidebar lists all the corpus' folders, as a real build
 * of it would. Headings get their ids from Docusaurus' own slugger.
 *
 * The writer is checked on the small build every time: each page that
 * Docusaurus built must come out byte for byte the same (`checkPages`), so
 * the engines read the pages a real build of the large corpus would give.
 */

import {mkdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';

import {createSlugger} from '@docusaurus/utils';

import {categoryLabel, FOLDER_SIZE, type Corpus, type CorpusPage} from './corpus';

/** How many pages of a corpus the small build has: two folders, the second with two pages. */
export const TEMPLATE_PAGES = FOLDER_SIZE + 2;

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A piece of markup with named slots. */
class Piece {
  private readonly parts: string[];

  /**
   * @param markup the piece as built
   * @param slots the built values to turn into slots: literal → slot name
   */
  constructor(markup: string, slots: readonly (readonly [literal: string, name: string])[]) {
    let text = markup;
    for (const [literal, name] of slots) {
      if (!text.includes(literal)) throw new Error(`page template: "${literal}" not found`);
      text = text.split(literal).join(`\u0000${name}\u0000`);
    }
    this.parts = text.split('\u0000');
  }

  render(values: Record<string, string>): string {
    return this.parts
      .map((part, i) => {
        if (i % 2 === 0) return part;
        const value = values[part];
        if (value === undefined) throw new Error(`page template: no value for ${part}`);
        return value;
      })
      .join('');
  }
}

/** The text between two markers (the first `start` from `from`, the first `end` after it). */
function cut(html: string, start: string, end: string, from = 0) {
  const begin = html.indexOf(start, from);
  if (begin < 0) throw new Error(`page template: "${start}" not found`);
  const stop = html.indexOf(end, begin + start.length);
  if (stop < 0) throw new Error(`page template: "${end}" not found`);
  return {begin, inner: html.slice(begin + start.length, stop), end: stop + end.length};
}

/** The `<li …>…</a>` item of the sidebar that links to a route (from `from` on). */
function sidebarLink(html: string, route: string, from: number): string {
  const at = html.indexOf(`href=${route}>`, from);
  const begin = html.lastIndexOf('<li class="theme-doc-sidebar-item-link', at);
  const end = html.indexOf('</a>', at) + '</a>'.length;
  if (at < 0 || begin < 0) throw new Error(`page template: no sidebar link to ${route}`);
  return html.slice(begin, end);
}

/** A page's Markdown body as blocks: paragraphs and h2/h3 headings. */
function blocks(page: CorpusPage): {tag: 'p' | 'h2' | 'h3'; text: string}[] {
  const body = page.markdown.split('\n---\n').slice(1).join('\n---\n');
  return body
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => {
      const heading = /^(#{2,3}) (.*)$/.exec(block);
      if (!heading) return {tag: 'p' as const, text: block};
      return {tag: heading[1] === '##' ? ('h2' as const) : ('h3' as const), text: heading[2]!};
    });
}

const SIDEBAR = '<ul class="theme-doc-sidebar-menu menu__list">';
const SIDEBAR_END = '</ul></nav>';
const MARKDOWN = '<div class="theme-doc-markdown markdown">';
const MARKDOWN_END = '</div></article>';
const PAGINATION = '<nav class="docusaurus-mt-lg pagination-nav" aria-label="Docs pages">';
const TOC = '<ul class="table-of-contents table-of-contents__left-border">';
const TOC_END = '</ul></div></div>';

/** Writes the pages of a site whose small real build is given. */
export class PageWriter {
  private readonly head: Piece;
  private readonly middle: Piece;
  private readonly tail: string;
  private readonly category: Piece;
  private readonly closed: Piece;
  private readonly link: Piece;
  private readonly active: Piece;
  private readonly heading: Piece;
  private readonly tocItem: Piece;
  private readonly previous: Piece;
  private readonly next: Piece;
  private readonly folders = new Map<string, CorpusPage[]>();

  /**
   * @param html the built HTML of `template`, a page of the first folder with pages before and after it
   * @param template that page
   * @param first the first page of the corpus
   * @param secondFolder the first page of the second folder (closed in the template's sidebar)
   */
  constructor(
    html: string,
    template: CorpusPage,
    first: CorpusPage,
    secondFolder: CorpusPage,
    private readonly corpus: Corpus,
  ) {
    const id = template.file.replace(/\.md$/, '');
    const title = escapeHtml(template.title);
    const sidebar = cut(html, SIDEBAR, SIDEBAR_END);
    this.head = new Piece(html.slice(0, sidebar.begin + SIDEBAR.length), [
      [`docs-doc-id-${id}"`, 'id'],
      [template.route, 'route'],
      [title, 'title'],
      [escapeHtml(template.description), 'description'],
    ]);
    const markdown = cut(html, MARKDOWN, MARKDOWN_END, sidebar.end);
    this.middle = new Piece(html.slice(sidebar.end, markdown.begin), [
      [`>${categoryLabel(path.dirname(template.file))}<`, 'category'],
      [`>${title}<`, 'title'],
    ]);
    const pagination = cut(html, PAGINATION, '</nav>', markdown.end);
    const toc = cut(html, TOC, TOC_END, pagination.end);
    this.tail = html.slice(toc.end);
    // Between the pieces: what follows the article up to pagination, and up to the contents.
    this.afterArticle = html.slice(markdown.end, pagination.begin);
    this.beforeToc = html.slice(pagination.end, toc.begin);

    const folderLabel = categoryLabel(path.dirname(first.file));
    const open = cut(
      sidebar.inner,
      '<li class="theme-doc-sidebar-item-category',
      '<ul class=menu__list>',
    );
    this.category = new Piece(sidebar.inner.slice(open.begin, open.end), [
      [`href=${first.route}>`, 'href'],
      [`>${folderLabel}<`, 'label'],
    ]);
    const closed = cut(
      sidebar.inner,
      `<li class="theme-doc-sidebar-item-category`,
      '</div>',
      open.end,
    );
    this.closed = new Piece(sidebar.inner.slice(closed.begin, closed.end), [
      [`href=${secondFolder.route}>`, 'href'],
      [`>${categoryLabel(path.dirname(secondFolder.file))}<`, 'label'],
    ]);
    this.link = new Piece(sidebarLink(sidebar.inner, first.route, open.end), [
      [`href=${first.route}>`, 'href'],
      [`>${escapeHtml(first.title)}<`, 'label'],
    ]);
    this.active = new Piece(sidebarLink(sidebar.inner, template.route, open.end), [
      [`href=${template.route}>`, 'href'],
      [`>${title}<`, 'label'],
    ]);

    const [firstHeading] = blocks(template).filter((block) => block.tag === 'h2');
    const slug = createSlugger().slug(firstHeading!.text);
    const h2 = cut(markdown.inner, '<h2 ', '</h2>');
    this.heading = new Piece(markdown.inner.slice(h2.begin, h2.end), [
      [slug, 'slug'],
      [escapeHtml(firstHeading!.text), 'text'],
      ['h2', 'tag'],
    ]);
    const item = cut(toc.inner, '<li>', '</a>');
    this.tocItem = new Piece(toc.inner.slice(item.begin, item.end), [
      [slug, 'slug'],
      [escapeHtml(firstHeading!.text), 'text'],
    ]);
    const links = pagination.inner.split(/(?=<a )/);
    const index = corpus.pages.indexOf(template);
    const [before, after] = [corpus.pages[index - 1]!, corpus.pages[index + 1]!];
    this.previous = new Piece(links[0]!, [
      [`href=${before.route}>`, 'href'],
      [`>${escapeHtml(before.title)}<`, 'label'],
    ]);
    this.next = new Piece(links[1]!, [
      [`href=${after.route}>`, 'href'],
      [`>${escapeHtml(after.title)}<`, 'label'],
    ]);
    for (const page of corpus.pages) {
      const folder = path.dirname(page.file);
      const list = this.folders.get(folder) ?? [];
      list.push(page);
      this.folders.set(folder, list);
    }
  }

  private readonly afterArticle: string;
  private readonly beforeToc: string;

  /** The built HTML of a page of the corpus. */
  render(page: CorpusPage): string {
    const title = escapeHtml(page.title);
    const own = path.dirname(page.file);
    let sidebar = '';
    for (const [folder, pages] of this.folders) {
      const values = {href: `href=${pages[0]!.route}>`, label: `>${categoryLabel(folder)}<`};
      if (folder !== own) {
        sidebar += this.closed.render(values);
        continue;
      }
      sidebar += this.category.render(values);
      for (const other of pages) {
        const piece = other === page ? this.active : this.link;
        sidebar += piece.render({
          href: `href=${other.route}>`,
          label: `>${escapeHtml(other.title)}<`,
        });
      }
      sidebar += '</ul>';
    }

    const slugger = createSlugger();
    const body = blocks(page);
    const headings: {tag: string; slug: string; text: string}[] = [];
    const html = body.map((block, i) => {
      if (block.tag === 'p') {
        // The minifier leaves out the last paragraph's end tag.
        return `<p>${escapeHtml(block.text)}${i === body.length - 1 ? '' : '</p>'}`;
      }
      const heading = {
        tag: block.tag,
        slug: slugger.slug(block.text),
        text: escapeHtml(block.text),
      };
      headings.push(heading);
      return this.heading.render(heading);
    });
    let toc = '';
    let nested = false;
    for (const heading of headings) {
      if (heading.tag === 'h3' && !nested) toc += '<ul>';
      if (heading.tag === 'h2' && nested) toc += '</ul>';
      nested = heading.tag === 'h3';
      toc += this.tocItem.render(heading);
    }
    if (nested) toc += '</ul>';

    const index = this.corpus.pages.indexOf(page);
    const [before, after] = [this.corpus.pages[index - 1], this.corpus.pages[index + 1]];
    const pagination =
      (before
        ? this.previous.render({
            href: `href=${before.route}>`,
            label: `>${escapeHtml(before.title)}<`,
          })
        : '') +
      (after
        ? this.next.render({href: `href=${after.route}>`, label: `>${escapeHtml(after.title)}<`})
        : '');
    return [
      this.head.render({
        id: `docs-doc-id-${page.file.replace(/\.md$/, '')}"`,
        route: page.route,
        title,
        description: escapeHtml(page.description),
      }),
      sidebar,
      SIDEBAR_END,
      this.middle.render({category: `>${categoryLabel(own)}<`, title: `>${title}<`}),
      MARKDOWN,
      `<header><h1>${title}</h1></header>`,
      html.join('\n'),
      MARKDOWN_END,
      this.afterArticle,
      PAGINATION,
      pagination,
      '</nav>',
      this.beforeToc,
      TOC,
      toc,
      TOC_END,
      this.tail,
    ].join('');
  }
}

/** A page writer for a corpus, from the small build in `buildDir` of its first TEMPLATE_PAGES pages. */
export async function pageWriter(buildDir: string, corpus: Corpus): Promise<PageWriter> {
  const [first, template] = corpus.pages;
  const second = corpus.pages[FOLDER_SIZE];
  if (!first || !template || !second) throw new Error('page template: the corpus is too small');
  const html = await readFile(path.join(buildDir, `${template.route}.html`), 'utf8');
  return new PageWriter(html, template, first, second, corpus);
}

/**
 * Checks the writer on the small build: every page Docusaurus built must be
 * written byte for byte the same. Throws at the first difference.
 */
export async function checkPages(buildDir: string, corpus: Corpus): Promise<number> {
  const small: Corpus = {...corpus, pages: corpus.pages.slice(0, TEMPLATE_PAGES)};
  const writer = await pageWriter(buildDir, small);
  for (const page of small.pages) {
    const built = await readFile(path.join(buildDir, `${page.route}.html`), 'utf8');
    const written = writer.render(page);
    if (built === written) continue;
    let at = 0;
    while (built[at] === written[at]) at += 1;
    throw new Error(
      `the page writer differs from the build at ${page.route}.html, offset ${at}:\n` +
        `built:   ${built.slice(Math.max(0, at - 80), at + 120)}\n` +
        `written: ${written.slice(Math.max(0, at - 80), at + 120)}`,
    );
  }
  return small.pages.length;
}

/** Writes every page of the corpus into the build folder (over the small build's own). */
export async function writePages(buildDir: string, corpus: Corpus): Promise<void> {
  const writer = await pageWriter(buildDir, corpus);
  const folders = new Set(corpus.pages.map((page) => path.dirname(page.route)));
  for (const folder of folders) await mkdir(path.join(buildDir, folder), {recursive: true});
  for (const page of corpus.pages) {
    await writeFile(path.join(buildDir, `${page.route}.html`), writer.render(page));
  }
}
