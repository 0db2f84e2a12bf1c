/**
 * The Finnish search plugin: after the build it indexes every content page
 * (guide, case notes, news and a few site pages) into a sharded index under
 * `/search/`, adds the search page `/haku`, and provides the navbar search
 * box (theme/SearchBar). Under `npm start` the dev server serves a live
 * index cut from the Markdown, rebuilt whenever the content is reloaded.
 * Server side only; the browser side is in theme/.
 */

import {readFileSync} from 'node:fs';
import {mkdir, readFile, rename, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';

import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import type {BlogContent} from '@docusaurus/plugin-content-blog';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';

import {typeOfPath} from '../../data/contentTypes';
import {ROUTES} from '../../data/routes';
import {facetValues} from '../../model/facets';
import {IndexBuilder, memorySink, type IndexSink, type IndexStats, type PageInput} from './indexer';
import {markdownSections} from './markdown';
import {FALLBACK_NOTICE, openMorphology, type Morphology} from './morphology';
import type {SearchGlobalData} from './shared/format';
import type {PluginOptions} from './options';

export {validateOptions} from './options';

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
function diskSink(outDir: string, baseUrl: string): IndexSink {
  // Index addresses carry the site's base; the build's files do not.
  const local = (file: string) => path.join(outDir, file.slice(baseUrl.length - 1));
  return {
    async write(file, content) {
      const target = local(file);
      await mkdir(path.dirname(target), {recursive: true});
      await writeFile(target, content);
    },
    async move(from, to) {
      await rm(local(to), {recursive: true, force: true});
      await mkdir(local(from), {recursive: true});
      await rename(local(from), local(to));
    },
  };
}

/** Builds the dev server's index from the pages' Markdown. */
async function buildDevIndex(pages: readonly IndexedPage[], urlBase: string): Promise<void> {
  const sink = memorySink();
  const builder = new IndexBuilder(sink, {morphology: getMorphology(), urlBase});
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

/**
 * A built page's HTML. Read synchronously: the pages are indexed one at a
 * time anyway, and the promise API's round trips through the thread pool
 * (open, stat, read, close) were most of the reading time.
 */
function readPageHtml(outDir: string, route: string): string | undefined {
  // A folder's index page has a permalink with a trailing slash.
  const trimmed = route.replace(/(.)\/$/, '$1');
  for (const file of [`${trimmed}.html`, path.join(trimmed, 'index.html')]) {
    try {
      return readFileSync(path.join(outDir, file), 'utf8');
    } catch {
      // try the other layout
    }
  }
  return undefined;
}

/** A page of the built site to index: its permalink and facet values. */
export interface BuiltPage {
  path: string;
  facets: PageInput['facets'];
}

/**
 * What the plugin's postBuild does: indexes the built pages' HTML, one page
 * at a time (read, cut into sections, dropped), and writes the index under
 * `outDir`. Exported for the benchmark, which runs it on pages it writes.
 */
export async function writeBuiltIndex(options: {
  outDir: string;
  baseUrl: string;
  pages: readonly BuiltPage[];
  morphology?: Morphology;
}): Promise<IndexStats> {
  const {outDir, baseUrl} = options;
  const builder = new IndexBuilder(diskSink(outDir, baseUrl), {
    morphology: options.morphology,
    urlBase: normalizeUrl([baseUrl, ROUTES.searchIndex]),
  });
  for (const page of options.pages) {
    // Permalinks carry the base; the build's files do not.
    const html = readPageHtml(outDir, page.path.slice(baseUrl.length - 1));
    // Result links use the page's canonical address (no trailing slash).
    if (html)
      await builder.addHtml({path: page.path.replace(/(.)\/$/, '$1'), facets: page.facets, html});
  }
  return (await builder.finish()).stats;
}

export default function searchPlugin(context: LoadContext, options: PluginOptions): Plugin {
  const {baseUrl} = context;
  const indexBase = normalizeUrl([baseUrl, ROUTES.searchIndex]);
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
      const searchPage = normalizeUrl([baseUrl, ROUTES.search]);
      const data: SearchGlobalData = {searchPage, indexUrl: `${indexBase}/index.json`};
      actions.setGlobalData(data);
      // A theme component, so that a site can swizzle it.
      actions.addRoute({path: searchPage, exact: true, component: '@theme/SearchPage'});
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
      for (const page of options.sitePages) {
        found.push({
          path: normalizeUrl([baseUrl, page]),
          facets: facetValues({type: 'sivu', frontMatter: {}}),
        });
      }
      pages = found;
      // Runs again on every content change under `npm start`.
      if (development) await buildDevIndex(found, indexBase);
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
      logStats(await writeBuiltIndex({outDir, baseUrl, pages, morphology: getMorphology()}));
    },
  };
}
