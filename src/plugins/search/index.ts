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
import type {Plugin} from '@docusaurus/types';

import {typeOfPath} from '../../data/contentTypes';
import {facetValues} from '../../model/facets';
import {buildIndex, type PageInput} from './indexer';

/** A page to index, known before the HTML exists. */
interface IndexedPage {
  path: string;
  facets: PageInput['facets'];
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

export default function searchPlugin(): Plugin {
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
      for (const page of SITE_PAGES)
        found.push({path: page, facets: facetValues({type: 'sivu', frontMatter: {}})});
      pages = found;
    },

    async postBuild({outDir}) {
      const inputs: PageInput[] = [];
      for (const page of pages) {
        const html = await readPageHtml(outDir, page.path);
        // Result links use the page's canonical address (no trailing slash).
        if (html) inputs.push({...page, path: page.path.replace(/(.)\/$/, '$1'), html});
      }
      const {files, stats} = buildIndex(inputs);
      for (const [file, content] of files) {
        const target = path.join(outDir, file);
        await mkdir(path.dirname(target), {recursive: true});
        await writeFile(target, content);
      }
      console.log(
        `[haku] ${stats.pages} sivua, ${stats.sections} osiota, ${stats.terms} termiä, ${stats.shards} osaindeksiä`,
      );
    },
  };
}
