/**
 * The PDFs of `npm run pdf` (npm test makes them after the build), read back
 * with pdfjs-dist: chapters in the sidebar's order, text that extracts with
 * its Finnish letters, one bookmark per chapter, a table of contents whose
 * numbers are the chapters' pages, tagging, language and title.
 */

import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {before, describe, it} from 'node:test';

import {load} from 'cheerio';
import type {PDFDocumentProxy} from 'pdfjs-dist';

import {municipalities, municipalityKeys} from '../../src/data/municipalities';
import {chaptersOf} from '../../scripts/pdf/compose';
import {launchChromium, printDocument, serveForPrint} from '../../scripts/pdf/render';
import {buildDir, chromiumPath, siteDir, sitePaths} from './helpers';

/** White space removed: Chromium joins wrapped lines without a space. */
const key = (text: string) => text.replace(/\s+/g, '');

async function open(file: string): Promise<PDFDocumentProxy> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const data = new Uint8Array(readFileSync(file));
  return pdfjs.getDocument({data, isEvalSupported: false}).promise;
}

async function pageTexts(document: PDFDocumentProxy): Promise<string[]> {
  const texts: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return texts;
}

async function outline(document: PDFDocumentProxy): Promise<{title: string; page: number}[]> {
  const items = (await document.getOutline()) ?? [];
  const result = [];
  for (const item of items) {
    const dest =
      typeof item.dest === 'string' ? await document.getDestination(item.dest) : item.dest;
    const ref = dest?.[0];
    const page = ref && typeof ref === 'object' ? (await document.getPageIndex(ref)) + 1 : -1;
    result.push({title: item.title, page});
  }
  return result;
}

/** The h1 of a built page. */
function builtTitle(pagePath: string): string {
  const base = path.join(buildDir, pagePath.replace(/\/$/, ''));
  const file = [`${base}.html`, path.join(base, 'index.html')].find((candidate) =>
    existsSync(candidate),
  );
  assert.ok(file, `no built page for ${pagePath}`);
  return load(readFileSync(file, 'utf8'))('article h1').first().text().trim();
}

/**
 * The guide's reading order from the docs plugin's own sidebar data (written
 * by the build), not from the pages' "next" links the PDF script follows.
 */
function sidebarOrder(): string[] {
  const dir = path.join(siteDir, '.docusaurus', 'docusaurus-plugin-content-docs', 'default', 'p');
  const file = readdirSync(dir).find((name) => name.startsWith('opas'));
  assert.ok(file, 'the build writes the guide sidebar data');
  const data = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as {
    version: {docsSidebars: {opas: SidebarItem[]}};
  };
  const hrefs: string[] = [];
  const walk = (items: SidebarItem[]) => {
    for (const item of items) {
      if (item.href) hrefs.push(item.href);
      if (item.items) walk(item.items);
    }
  };
  walk(data.version.docsSidebars.opas);
  return hrefs;
}

interface SidebarItem {
  href?: string;
  items?: SidebarItem[];
}

/** Positions of each title in the text, searched in order from `from`. */
function positionsInOrder(text: string, titles: string[], from: number): number[] {
  const positions: number[] = [];
  let at = from;
  for (const title of titles) {
    const found = text.indexOf(key(title), at);
    positions.push(found);
    if (found >= 0) at = found + key(title).length;
  }
  return positions;
}

describe('the whole guide as build/opas.pdf', () => {
  const file = path.join(buildDir, 'opas.pdf');
  let document: PDFDocumentProxy;
  let texts: string[];
  const titles = () => sidebarOrder().map(builtTitle);

  before(async () => {
    assert.ok(existsSync(file), 'npm run pdf writes build/opas.pdf');
    document = await open(file);
    texts = await pageTexts(document);
  });

  it('has a reasonable size', () => {
    const size = statSync(file).size;
    assert.ok(size > 100_000 && size < 20_000_000, `${size} bytes`);
    assert.ok(document.numPages >= titles().length + 2, `${document.numPages} pages`);
  });

  it('has a cover with the title, the edition and the address online', () => {
    const cover = texts[0]!;
    assert.match(cover, /Ilmastotyön opas/);
    assert.match(cover, /Painos \d{1,2}\.\d{1,2}\.\d{4}/);
    const siteUrl = new URL(
      /<loc>([^<]+)<\/loc>/.exec(readFileSync(path.join(buildDir, 'sitemap.xml'), 'utf8'))![1]!,
    ).origin;
    assert.ok(key(cover).includes(key(`${siteUrl}/opas`)), cover);
  });

  it('has every chapter title in the sidebar order in its text, after the contents', () => {
    const all = key(texts.join(' '));
    const expected = titles();
    assert.ok(expected.length > 10, expected.join(' | '));
    // The last entry of the contents is the last chapter's first appearance.
    const tocEnd = all.indexOf(key(expected.at(-1)!)) + 1;
    const positions = positionsInOrder(all, expected, tocEnd);
    const missing = expected.filter((_, index) => positions[index]! < 0);
    assert.deepEqual(missing, [], 'chapters missing or out of order');
  });

  it('extracts Finnish letters as they are written', () => {
    const all = texts.join(' ');
    for (const word of ['Pälkäne', 'Työpajat', 'Hyvät käytännöt', 'Ilmastoviestintä']) {
      assert.ok(key(all).includes(key(word)), word);
    }
    assert.doesNotMatch(all, /\uFFFD/, 'no replacement characters');
    assert.doesNotMatch(all, /a\u0308|o\u0308/, 'ä and ö are single characters');
  });

  it('has one bookmark per chapter, in order, pointing at the chapter', async () => {
    const bookmarks = await outline(document);
    const expected = titles();
    const found = positionsInOrder(
      bookmarks.map((bookmark) => `${key(bookmark.title)}\u0000`).join(''),
      expected.map((title) => `${title}\u0000`),
      0,
    );
    assert.ok(
      found.every((position) => position >= 0),
      bookmarks.map((bookmark) => bookmark.title).join(' | '),
    );
    for (const title of expected) {
      const bookmark = bookmarks.find((candidate) => key(candidate.title) === key(title));
      assert.ok(bookmark && bookmark.page > 1, title);
      assert.ok(
        key(texts[bookmark.page - 1]!).includes(key(title)),
        `bookmark "${title}" leads to page ${bookmark.page}, which has the title`,
      );
    }
  });

  it('prints the chapters’ page numbers in its table of contents', async () => {
    const bookmarks = await outline(document);
    const tocPages = texts.slice(1, 4).map(key).join('');
    for (const title of titles()) {
      const at = tocPages.indexOf(key(title));
      assert.ok(at >= 0, `"${title}" in the contents`);
      const printed = Number(/^\d+/.exec(tocPages.slice(at + key(title).length))?.[0]);
      const bookmark = bookmarks.find((candidate) => key(candidate.title) === key(title));
      assert.equal(printed, bookmark?.page, title);
    }
  });

  it('links its contents to the chapters and its sources to their addresses', async () => {
    // The contents run from page 2 to the page before the first chapter.
    // (The cover and the contents have bookmarks of their own on pages 1 and 2.)
    const firstChapter = Math.min(
      ...(await outline(document)).map((bookmark) => bookmark.page).filter((page) => page > 2),
    );
    const internal = [];
    for (let number = 2; number < firstChapter; number += 1) {
      const annotations = await (await document.getPage(number)).getAnnotations();
      internal.push(
        ...annotations.filter((annotation) => annotation.subtype === 'Link' && annotation.dest),
      );
    }
    assert.ok(
      internal.length >= titles().length - 5,
      `${internal.length} internal links on the contents pages 2–${firstChapter - 1}`,
    );
    let external = 0;
    for (let number = 3; number <= document.numPages; number += 1) {
      const annotations = await (await document.getPage(number)).getAnnotations();
      external += annotations.filter(
        (annotation) => annotation.subtype === 'Link' && /^https?:/.test(annotation.url ?? ''),
      ).length;
    }
    assert.ok(external > 20, `${external} web links`);
  });

  it('is tagged, in Finnish and titled', async () => {
    const bytes = readFileSync(file).toString('latin1');
    assert.match(bytes, /\/StructTreeRoot/);
    const markInfo = await document.getMarkInfo();
    assert.equal(markInfo?.Marked, true);
    assert.ok(await (await document.getPage(3)).getStructTree(), 'pages have a structure tree');
    const {info} = (await document.getMetadata()) as unknown as {info: Record<string, unknown>};
    assert.equal(info.Language, 'fi');
    assert.equal(info.Title, 'Ilmastotyön opas');
  });
});

describe('each municipality as build/kunnat/<kunta>.pdf', () => {
  for (const municipality of municipalityKeys) {
    it(`${municipality}: holds the municipality's notes, each with a bookmark`, async () => {
      const file = path.join(buildDir, 'kunnat', `${municipality}.pdf`);
      assert.ok(existsSync(file), file);
      const document = await open(file);
      const text = key((await pageTexts(document)).join(' '));
      const notes = sitePaths().filter(
        (pathname) =>
          pathname.startsWith(`/kunnat/${municipality}/`) && !/\/sivu\/\d+$/.test(pathname),
      );
      assert.ok(notes.length > 0);
      const bookmarks = (await outline(document)).map((bookmark) => key(bookmark.title));
      for (const note of notes) {
        const title = builtTitle(note);
        assert.ok(text.includes(key(title)), title);
        assert.ok(bookmarks.includes(key(title)), `bookmark ${title}`);
      }
      assert.ok(text.includes(key(municipalities[municipality].label)));
      const {info} = (await document.getMetadata()) as unknown as {info: Record<string, unknown>};
      assert.equal(info.Language, 'fi');
      assert.match(String(info.Title), new RegExp(municipalities[municipality].label));
      await document.destroy();
    });
  }
});

describe('the PDF pipeline', () => {
  it('keeps å, ä and ö, capital and small, as text', async () => {
    const html = `<html lang="fi"><body><article><h1>Åland ja Äänekoski</h1>
      <p>Sanat: ÅÄÖ åäö, Pälkäne, Sjöö.</p></article></body></html>`;
    const documents = new Map<string, string>();
    const {origin, server} = await serveForPrint(buildDir, documents);
    const browser = await launchChromium(chromiumPath);
    try {
      const {pdf} = await printDocument({
        browser,
        origin,
        documents,
        route: '/__pdf/testi.html',
        cover: {title: 'Testi', subtitle: 'å', edition: '1.1.2026', onlineUrl: 'https://x.example'},
        chapters: chaptersOf([{path: '/opas/testi', html}], 'https://x.example'),
        stylesheets: [],
        css: '',
      });
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
      const document = await pdfjs.getDocument({data: new Uint8Array(pdf)}).promise;
      const text = (await pageTexts(document)).join(' ');
      assert.match(text, /ÅÄÖ åäö/);
      assert.match(text, /Åland ja Äänekoski/);
      assert.match(text, /Sjöö/);
    } finally {
      await browser.close();
      server.close();
    }
  });
});
