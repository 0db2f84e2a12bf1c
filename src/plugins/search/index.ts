/**
 * The Finnish search plugin: after the build it indexes every content page
 * (guide, case notes, news and a few site pages) into a sharded index under
 * `/search/`, adds the search page `/haku`, and provides the navbar search
 * box (theme/SearchBar). Under `npm start` the dev server serves a live
 * index cut from the Markdown, rebuilt whenever the content is reloaded.
 * Server side only; the browser side is in theme/.
 */

import {mkdir, readFile, rename, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';

import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import type {BlogContent} from '@docusaurus/plugin-content-blog';
import type {Plugin} from '@docusaurus/types';

import {typeOfPath} from '../../data/contentTypes';
import {facetValues} from '../../model/facets';
import {IndexBuilder, memorySink, type IndexSink, type IndexStats, type PageInput} from './indexer';
import {markdownSections} from './markdown';
import {FALLBACK_NOTICE, openMorphology, type Morphology} from './morphology';

/** A page to index, known before the HTML exists. */
interface IndexedPage {
  path: string;
  facets: PageInput['facets'];
  /** The Markdown file and title, for the dev server's index. */
  source?: string;
  title?: string;
}

/**
 * Voikko, opened once per process; undefined when it is missing, which is
 * said once, in Finnish, with how to install it.
 */
let morphology: Morphology | undefined | null = null;
function getMorphology(): Morphology | undefined {
  if (morphology === null) {
    morphology = openMorphology();
    if (!morphology) console.warn(FALLBACK_NOTICE);
  }
  return morphology;
}

/**
 * The dev server's live index: files by path. Kept on globalThis because a
 * content reload may create the plugin anew while the middleware stays.
 */
const DEV_INDEX = Symbol.for('ilmastotyon-opas.search.devIndex');
type DevStore = {files: Map<string, string>};
const devStore = (): DevStore =>
  ((globalThis as Record<symbol, DevStore | undefined>)[DEV_INDEX] ??= {files: new Map()});

const logStats = (stats: IndexStats) =>
  console.log(
    `[haku] ${stats.pages} sivua, ${stats.sections} osiota, ${stats.terms} termiä, ${stats.shards} osaindeksiä`,
  );

/** Writes index files under the build folder; the staging folder is renamed at the end. */
function diskSink(outDir: string): IndexSink {
  return {
    async write(file, content) {
      const target = path.join(outDir, file);
      await mkdir(path.dirname(target), {recursive: true});
      await writeFile(target, content);
    },
    async move(from, to) {
      await rm(path.join(outDir, to), {recursive: true, force: true});
      await mkdir(path.join(outDir, from), {recursive: true});
      await rename(path.join(outDir, from), path.join(outDir, to));
    },
  };
}

/** Builds the dev server's index from the pages' Markdown. */
async function buildDevIndex(pages: readonly IndexedPage[]): Promise<void> {
  const sink = memorySink();
  const builder = new IndexBuilder(sink, {morphology: getMorphology()});
  for (const page of pages) {
    if (!page.source) continue;
    let markdown: string;
    try {
      markdown = await readFile(page.source, 'utf8');
    } catch {
      continue; // removed while we were reading
    }
    const route = page.path.replace(/(.)\/$/, '$1');
    await builder.addSections(page.facets, markdownSections(route, page.title ?? '', markdown));
  }
  await builder.finish();
  devStore().files = sink.files;
}

/** Site pages outside the content collections that are worth finding. */
const SITE_PAGES = ['/saavutettavuus', '/avoin-data'];

async function readPageHtml(outDir: string, route: string): Promise<string | undefined> {
  // A folder's index page has a permalink with a trailing slash.
  const trimmed = route.replace(/(.)\/$/, '$1');
  for (const file of [`${trimmed}.html`, path.join(trimmed, 'index.html')]) {
    try {
      return await readFile(path.join(outDir, file), 'utf8');
    } catch {
      // try the other layout
    }
  }
  return undefined;
}

export default function searchPlugin(context: {siteDir: string}): Plugin {
  let pages: IndexedPage[] = [];
  const development = process.env.NODE_ENV === 'development';
  const sourcePath = (source: string) => path.join(context.siteDir, source.replace(/^@site\//, ''));

  return {
    name: 'finnish-search',

    getThemePath() {
      return path.join(__dirname, 'theme');
    },

    getClientModules() {
      return [path.join(__dirname, 'client', 'highlight.ts')];
    },

    async contentLoaded({actions}) {
      actions.addRoute({
        path: '/haku',
        exact: true,
        component: '@site/src/plugins/search/theme/SearchPage',
      });
    },

    async allContentLoaded({allContent}) {
      const found: IndexedPage[] = [];
      const docs = allContent['docusaurus-plugin-content-docs'] ?? {};
      for (const content of Object.values(docs) as DocsContent[]) {
        for (const doc of content.loadedVersions[0]?.docs ?? []) {
          if (doc.draft) continue;
          const type = typeOfPath(doc.source.replace(/^@site\//, '')) ?? 'luku';
          found.push({
            path: doc.permalink,
            facets: facetValues({type, frontMatter: doc.frontMatter}),
            source: sourcePath(doc.source),
            title: doc.title,
          });
        }
      }
      const blog = allContent['docusaurus-plugin-content-blog']?.default as BlogContent | undefined;
      for (const post of blog?.blogPosts ?? []) {
        found.push({
          path: post.metadata.permalink,
          facets: facetValues({type: 'uutinen', frontMatter: post.metadata.frontMatter}),
          source: sourcePath(post.metadata.source),
          title: post.metadata.title,
        });
      }
      for (const page of SITE_PAGES)
        found.push({path: page, facets: facetValues({type: 'sivu', frontMatter: {}})});
      pages = found;
      // Runs again on every content change under `npm start`.
      if (development) await buildDevIndex(found);
    },

    configureWebpack() {
      if (!development) return {};
      return {
        devServer: {
          setupMiddlewares(middlewares: {name?: string; middleware: unknown}[]) {
            middlewares.unshift({
              name: 'finnish-search-dev-index',
              middleware: (
                request: {path?: string; url?: string},
                response: {
                  setHeader: (name: string, value: string) => void;
                  end: (body: string) => void;
                },
                next: () => void,
              ) => {
                const url = (request.url ?? '').split('?')[0]!;
                const body = devStore().files.get(decodeURIComponent(url));
                if (body === undefined) return next();
                response.setHeader('content-type', 'application/json; charset=utf-8');
                response.setHeader('cache-control', 'no-store');
                response.end(body);
              },
            });
            return middlewares;
          },
        },
      } as never;
    },

    async postBuild({outDir}) {
      // One page's HTML at a time: read, cut into sections, dropped.
      const builder = new IndexBuilder(diskSink(outDir), {morphology: getMorphology()});
      for (const page of pages) {
        const html = await readPageHtml(outDir, page.path);
        // Result links use the page's canonical address (no trailing slash).
        if (html)
          await builder.addHtml({
            path: page.path.replace(/(.)\/$/, '$1'),
            facets: page.facets,
            html,
          });
      }
      const {stats} = await builder.finish();
      logStats(stats);
    },
  };
}
