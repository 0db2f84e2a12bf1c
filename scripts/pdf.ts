/**
 * `npm run pdf` (after `npm run build`): the whole guide as build/opas.pdf and
 * each municipality's case notes as build/kunnat/<kunta>.pdf, tagged, with
 * bookmarks, a cover and a table of contents with page numbers. The rules
 * are in scripts/pdf/ (README there).
 */

import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';

import {load} from 'cheerio';

import {municipalities, municipalityKeys} from '../src/data/municipalities';
import {formatDate} from '../src/utils/date';
import {chaptersOf, nextPath, normalisePath, previousPath, type SourcePage} from './pdf/compose';
import {launchChromium, printDocument, serveForPrint} from './pdf/render';

const siteDir = path.join(__dirname, '..');
const buildDir = path.join(siteDir, 'build');

/** The built HTML of a site path, or undefined when the build has no such page. */
function builtPage(pagePath: string): string | undefined {
  const base = path.join(buildDir, normalisePath(pagePath));
  for (const file of [`${base}.html`, path.join(base, 'index.html')]) {
    if (existsSync(file)) return readFileSync(file, 'utf8');
  }
  return undefined;
}

/**
 * Pages in the docs' reading order: the sidebar's order, as each built page's
 * "Seuraava" link gives it, walking back to the first page and then forward.
 */
function readingOrder(startPath: string): SourcePage[] {
  const seen = new Set<string>();
  let first = normalisePath(startPath);
  for (;;) {
    const html = builtPage(first);
    if (html === undefined) throw new Error(`PDF: sivua ${first} ei ole tuotantoversiossa.`);
    const previous = previousPath(load(html));
    if (!previous || seen.has(previous)) break;
    seen.add(first);
    first = previous;
  }
  const pages: SourcePage[] = [];
  const visited = new Set<string>();
  let current: string | undefined = first;
  while (current && !visited.has(current)) {
    visited.add(current);
    const html = builtPage(current);
    if (html === undefined) throw new Error(`PDF: sivua ${current} ei ole tuotantoversiossa.`);
    pages.push({path: current, html});
    current = nextPath(load(html));
  }
  return pages;
}

/** The site's address the build was made for, from its sitemap. */
function builtSiteUrl(): string {
  const sitemap = readFileSync(path.join(buildDir, 'sitemap.xml'), 'utf8');
  const loc = /<loc>([^<]+)<\/loc>/.exec(sitemap)?.[1];
  if (!loc) throw new Error('PDF: build/sitemap.xml ei kerro sivuston osoitetta.');
  return new URL(loc).origin;
}

async function main(): Promise<void> {
  if (!existsSync(path.join(buildDir, 'index.html'))) {
    throw new Error('PDF: tuotantoversiota ei ole. Aja ensin `npm run build`.');
  }
  const siteUrl = builtSiteUrl();
  const edition = process.env.EDITION_DATE ?? formatDate(new Date().toISOString().slice(0, 10));
  const cssDir = path.join(buildDir, 'assets', 'css');
  const stylesheets = readdirSync(cssDir)
    .filter((file) => file.endsWith('.css'))
    .map((file) => `/assets/css/${file}`);
  const css = readFileSync(path.join(__dirname, 'pdf', 'pdf.css'), 'utf8');

  const guide = readingOrder('/opas');
  const notes = casePages();
  if (notes.length === 0) fail('PDF: kuntien esimerkkejä ei löytynyt tuotantoversiosta.');

  const documents = new Map<string, string>();
  const {origin, server} = await serveForPrint(buildDir, documents);
  const browser = await launchChromium(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
  try {
    const jobs: {
      file: string;
      title: string;
      subtitle: string;
      online: string;
      pages: SourcePage[];
    }[] = [
      {
        file: 'opas.pdf',
        title: 'Ilmastotyön opas',
        subtitle:
          'Ilmastotyön jalkauttamisen opas kunnille: menetelmät, hyvät käytännöt, työpajat ja koulutukset Hiilineutraali Etelä-Pirkanmaa 2030 -hankkeesta',
        online: `${siteUrl}/opas`,
        pages: guide,
      },
      ...municipalityKeys.map((key) => ({
        file: `kunnat/${key}.pdf`,
        title: `${municipalities[key].label}: kuntien esimerkit`,
        subtitle: `Ilmastotyön opas: ${municipalities[key].description}`,
        online: `${siteUrl}/kunnat/${key}`,
        pages: notes.filter((page) => page.path.startsWith(`/kunnat/${key}/`)),
      })),
    ];
    for (const job of jobs) {
      if (job.pages.length === 0) {
        console.log(`PDF: ${job.file} jää tekemättä: sillä ei ole sivuja.`);
        continue;
      }
      const started = Date.now();
      const chapters = chaptersOf(job.pages, siteUrl);
      const {pdf, passes} = await printDocument({
        browser,
        origin,
        documents,
        route: `/__pdf/${job.file.replace(/\.pdf$/, '.html')}`,
        cover: {title: job.title, subtitle: job.subtitle, edition, onlineUrl: job.online},
        chapters,
        stylesheets,
        css,
      });
      const out = path.join(buildDir, job.file);
      mkdirSync(path.dirname(out), {recursive: true});
      writeFileSync(out, pdf);
      console.log(
        `PDF: build/${job.file}: ${chapters.length} lukua, ${(pdf.length / 1024).toFixed(0)} kt, ${passes} ajoa, ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * The case note pages of the build, by address. The case notes' sidebar
 * lists index pages, not notes (it must not grow with the collection), so
 * the notes are read from the sitemap: every page under a municipality but
 * its paged index (`/kunnat/<kunta>/sivu/N`).
 */
function casePages(): SourcePage[] {
  const sitemap = readFileSync(path.join(buildDir, 'sitemap.xml'), 'utf8');
  const prefixes = municipalityKeys.map((key) => `/kunnat/${key}/`);
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((match) => normalisePath(new URL(match[1]!).pathname))
    .filter((pathname) => prefixes.some((prefix) => pathname.startsWith(prefix)))
    .filter((pathname) => !/^\/kunnat\/[^/]+\/sivu\/\d+$/.test(pathname))
    .sort()
    .map((pathname) => {
      const html = builtPage(pathname);
      if (html === undefined) throw new Error(`PDF: sivua ${pathname} ei ole tuotantoversiossa.`);
      return {path: pathname, html};
    });
}

function fail(message: string): never {
  throw new Error(message);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
