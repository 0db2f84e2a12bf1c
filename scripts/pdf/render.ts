/**
 * Prints composed documents to PDF with Debian's Chromium (playwright-core,
 * `page.pdf` with `tagged` and `outline`), serving the build over loopback so
 * the pages' styles and images load as on the site. The table of contents
 * gets its page numbers in a second pass: pass one is read back with
 * pdfjs-dist, and each chapter's page is taken from the PDF's own bookmark.
 */

import {existsSync, readFileSync, statSync} from 'node:fs';
import {createServer, type Server} from 'node:http';
import path from 'node:path';

import {chromium, type Browser} from 'playwright-core';

import {composeDocument, type Chapter, type Cover} from './compose';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
};

/** A loopback server of the build that also serves the composed documents. */
export async function serveForPrint(
  buildDir: string,
  documents: Map<string, string>,
): Promise<{origin: string; server: Server}> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const document = documents.get(pathname);
    if (document !== undefined) {
      response.writeHead(200, {'content-type': TYPES['.html']!});
      response.end(document);
      return;
    }
    const file = path.join(buildDir, path.normalize(pathname));
    if (!file.startsWith(buildDir) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {origin: `http://127.0.0.1:${port}`, server};
}

export async function launchChromium(executablePath: string): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new Error(
      `PDF: Chromiumia ei löydy polusta ${executablePath}. Aja \`bash scripts/ensure-chromium.sh\` tai aseta CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Each top-level bookmark's title and its 1-based page number. */
export async function bookmarkPages(pdf: Uint8Array): Promise<{title: string; page: number}[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({data: new Uint8Array(pdf), isEvalSupported: false})
    .promise;
  try {
    const outline = (await document.getOutline()) ?? [];
    const result: {title: string; page: number}[] = [];
    for (const item of outline) {
      const dest =
        typeof item.dest === 'string' ? await document.getDestination(item.dest) : item.dest;
      const ref = dest?.[0];
      if (!ref || typeof ref !== 'object') continue;
      result.push({title: item.title.trim(), page: (await document.getPageIndex(ref)) + 1});
    }
    return result;
  } finally {
    await document.destroy();
  }
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The chapters' page numbers, matched in order against the bookmarks: a
 * chapter's title is its page's h1, so its bookmark is the first top-level
 * one with that title after the previous chapter's. Chromium joins a
 * heading's wrapped lines without a space, so titles are compared without
 * white space.
 */
export function chapterPages(
  chapters: readonly Chapter[],
  bookmarks: readonly {title: string; page: number}[],
): Map<string, number> {
  const pages = new Map<string, number>();
  const key = (title: string) => title.replace(/\s+/g, '');
  let from = 0;
  for (const chapter of chapters) {
    const index = bookmarks.findIndex(
      (bookmark, position) => position >= from && key(bookmark.title) === key(chapter.title),
    );
    if (index < 0) {
      throw new Error(`PDF: luvulle "${chapter.title}" ei löytynyt kirjanmerkkiä.`);
    }
    pages.set(chapter.anchor, bookmarks[index]!.page);
    from = index + 1;
  }
  return pages;
}

/**
 * Prints one document: composes it, prints it, reads the chapters' pages,
 * and prints again with them until the numbers hold (at most three passes).
 */
export async function printDocument(options: {
  browser: Browser;
  origin: string;
  documents: Map<string, string>;
  route: string;
  cover: Cover;
  chapters: readonly {chapter: Chapter; html: string}[];
  stylesheets: readonly string[];
  css: string;
}): Promise<{pdf: Buffer; pages: Map<string, number>; passes: number}> {
  const {browser, origin, documents, route, cover, chapters, stylesheets, css} = options;
  let pages = new Map<string, number>();
  for (let pass = 1; pass <= 3; pass += 1) {
    documents.set(route, composeDocument({cover, chapters, pageNumbers: pages, stylesheets, css}));
    const page = await browser.newPage();
    try {
      await page.goto(origin + route, {waitUntil: 'load'});
      await page.evaluate(() => document.fonts.ready);
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        tagged: true,
        outline: true,
        displayHeaderFooter: true,
        margin: {top: '18mm', bottom: '18mm', left: '15mm', right: '15mm'},
        headerTemplate: `<div style="width:100%;margin:0 15mm;font-size:8pt;font-family:sans-serif;display:flex;justify-content:space-between;color:#333"><span>${escapeHtml(
          cover.title,
        )}</span><span>Painos ${escapeHtml(cover.edition)}</span></div>`,
        footerTemplate: `<div style="width:100%;margin:0 15mm;font-size:8pt;font-family:sans-serif;display:flex;justify-content:space-between;color:#333"><span>${escapeHtml(
          cover.onlineUrl,
        )}</span><span>Sivu <span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
      });
      const found = chapterPages(
        chapters.map(({chapter}) => chapter),
        await bookmarkPages(pdf),
      );
      const stable = [...found].every(([anchor, number]) => pages.get(anchor) === number);
      pages = found;
      if (stable) return {pdf, pages, passes: pass};
    } finally {
      await page.close();
    }
  }
  throw new Error(`PDF: tiedoston ${route} sivunumerot eivät vakiintuneet kolmella ajolla.`);
}
