/**
 * The Finnish search plugin: after the build it indexes every content page
 * (guide, case notes, news and a few site pages) into a sharded index under
 * `/search/`, adds the search page `/haku`, and provides the navbar search
 * box (theme/SearchBar). Server side only; the browser side is in theme/.
 */

import {mkdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';

import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import type {BlogContent} from '@docusaurus/plugin-content-blog';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';

import {typeOfPath} from '../../data/contentTypes';
import {ROUTES} from '../../data/routes';
import {facetValues} from '../../model/facets';
import type {SearchGlobalData} from './shared/format';
import type {PluginOptions} from './options';

export {validateOptions} from './options';
import {buildIndex, type PageInput} from './indexer';

/** A page to index, known before the HTML exists. */
interface IndexedPage {
  path: string;
  facets: PageInput['facets'];
}

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

export default function searchPlugin(context: LoadContext, options: PluginOptions): Plugin {
  const {baseUrl} = context;
  const indexBase = normalizeUrl([baseUrl, ROUTES.searchIndex]);
  let pages: IndexedPage[] = [];

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
          });
        }
      }
      const blog = allContent['docusaurus-plugin-content-blog']?.default as BlogContent | undefined;
      for (const post of blog?.blogPosts ?? []) {
        found.push({
          path: post.metadata.permalink,
          facets: facetValues({type: 'uutinen', frontMatter: post.metadata.frontMatter}),
        });
      }
      for (const page of options.sitePages) {
        found.push({
          path: normalizeUrl([baseUrl, page]),
          facets: facetValues({type: 'sivu', frontMatter: {}}),
        });
      }
      pages = found;
    },

    async postBuild({outDir}) {
      const inputs: PageInput[] = [];
      for (const page of pages) {
        // Permalinks carry the base; the build's files do not.
        const html = await readPageHtml(outDir, page.path.slice(baseUrl.length - 1));
        // Result links use the page's canonical address (no trailing slash).
        if (html) inputs.push({...page, path: page.path.replace(/(.)\/$/, '$1'), html});
      }
      const {files, stats} = buildIndex(inputs, indexBase);
      for (const [file, content] of files) {
        const target = path.join(outDir, file.slice(baseUrl.length - 1));
        await mkdir(path.dirname(target), {recursive: true});
        await writeFile(target, content);
      }
      console.log(
        `[haku] ${stats.pages} sivua, ${stats.sections} osiota, ${stats.terms} termiä, ${stats.shards} osaindeksiä`,
      );
    },
  };
}
