/**
 * The content-model plugin: checks every content file's front matter against
 * the content model in `src/data/` and stops the build with Finnish messages
 * when something is wrong; then, from the checked content, adds the pages
 * that list it (`/kunnat`, `/kunnat/<kunta>`, the finder `/kaytannot`) and
 * writes the open data files and the case notes' feeds after the build.
 */

import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';

import type {DocMetadata, LoadedContent} from '@docusaurus/plugin-content-docs';
import type {AllContent, LoadContext, Plugin} from '@docusaurus/types';
import {Feed} from 'feed';

import {contentTypeKeys, contentTypes, type CaseNoteFrontMatter} from '../../data/contentTypes';
import {municipalities, municipalityKeys} from '../../data/municipalities';
import {phases} from '../../data/phases';
import {byLatestUpdate} from '../../model/aggregate';
import {facetValues} from '../../model/facets';
import {fieldRows} from '../../model/fieldKinds';
import {ContentError, describeProblems, loadContentFiles, type ContentEntry} from './load';
import {
  datasetCsv,
  datasetJson,
  datasets,
  datasetSchema,
  exportItem,
  type ExportItem,
} from '../../model/opendata';
import type {
  CaseNote,
  ContentModelGlobalData,
  FinderData,
  Item,
  MunicipalitiesOverview,
  MunicipalityPageData,
} from '../../model/types';

/** What the plugin loads: every valid content file. */
export interface ContentModelContent {
  entries: ContentEntry[];
  /** Front matter problems by file; only under `npm start` (see `loadContent`). */
  problemsByFile: Record<string, string[]>;
}

/**
 * Whether Docusaurus runs the development server (`npm start`, `npm run
 * cms`): `docusaurus build` sets NODE_ENV to production before it loads
 * any plugin.
 */
const isDevServer = () => process.env.NODE_ENV !== 'production';

const FEED_TITLE = 'Ilmastotyön opas – kuntien esimerkit';

function docsOf(allContent: AllContent, pluginId: string): DocMetadata[] {
  const content = allContent['docusaurus-plugin-content-docs']?.[pluginId] as
    LoadedContent | undefined;
  return content?.loadedVersions[0]?.docs ?? [];
}

/** Practices and case notes joined with their pages. */
function collect(allContent: AllContent, entries: readonly ContentEntry[]) {
  const byFile = new Map(entries.map((entry) => [entry.file, entry]));
  const items: {item: Item; frontMatter: Record<string, unknown>}[] = [];
  for (const doc of [...docsOf(allContent, 'default'), ...docsOf(allContent, 'kunnat')]) {
    const entry = byFile.get(doc.source.replace(/^@site\//, ''));
    if (!entry || (entry.type !== 'kaytanto' && entry.type !== 'tapaus')) continue;
    // A draft may still lack required fields, and it is no part of the
    // published guide; `npm start` shows drafts as pages, but not in lists.
    if (entry.draft) continue;
    const base = {
      permalink: doc.permalink,
      file: entry.file,
      title: doc.title,
      description: doc.description,
      example: entry.frontMatter.example === true,
      facets: facetValues({type: entry.type, frontMatter: entry.frontMatter}),
    };
    if (entry.type === 'tapaus') {
      const frontMatter = entry.frontMatter as CaseNoteFrontMatter;
      const note: CaseNote = {
        ...base,
        type: 'tapaus',
        municipality: frontMatter.municipality,
        phase: frontMatter.phase,
        updated: frontMatter.updated,
        contacts: frontMatter.contacts ?? [],
      };
      items.push({item: note, frontMatter: entry.frontMatter});
    } else {
      items.push({item: {...base, type: 'kaytanto'}, frontMatter: entry.frontMatter});
    }
  }
  items.sort((a, b) => a.item.title.localeCompare(b.item.title, 'fi'));
  return items;
}

export default function contentModelPlugin(context: LoadContext): Plugin<ContentModelContent> {
  const siteUrl = context.siteConfig.url;
  let exports: {notes: CaseNote[]; items: {item: Item; frontMatter: Record<string, unknown>}[]} = {
    notes: [],
    items: [],
  };

  // What the terminal was last told, so that each problem is printed once
  // and not again at every reload that leaves it as it was.
  let printedReport = '';
  const reportOnce = (problems: readonly string[]) => {
    const report = problems.join('\n');
    if (report === printedReport) return;
    if (problems.length > 0) {
      console.error(
        `\n${describeProblems(problems)}\nSivuilla näkyy sama ilmoitus; se katoaa, kun tiedosto on korjattu ja tallennettu.`,
      );
    } else {
      console.log('\nSisällön virheet on korjattu.');
    }
    printedReport = report;
  };

  return {
    name: 'content-model',

    // No getPathsToWatch: the docs and blog plugins watch the same files, and
    // two plugin reloads of one save race (the one that finishes last writes
    // the global data). Every reload runs allContentLoaded of every plugin,
    // where the development server reads the files again (below).

    async loadContent() {
      const {entries, problems, problemsByFile} = await loadContentFiles(context.siteDir);
      // The development server keeps running with the valid files and shows
      // the problems on the pages instead (see allContentLoaded). Throwing
      // there would print them followed by the error object and leave the
      // browser on the last good version, where a writer sees nothing happen.
      if (!isDevServer() && problems.length > 0) throw new ContentError(problems);
      return {entries, problemsByFile};
    },

    async contentLoaded({actions}) {
      // The field tables' rows, for `src/components/FieldTable`, which
      // imports them as a module so that only its pages carry them.
      await actions.createData(
        'field-tables.json',
        JSON.stringify(
          Object.fromEntries(
            contentTypeKeys.map((type) => [type, fieldRows(contentTypes[type].fields)]),
          ),
        ),
      );
    },

    async allContentLoaded({allContent, actions}) {
      const loaded = isDevServer()
        ? await loadContentFiles(context.siteDir)
        : (allContent['content-model']?.default as ContentModelContent | undefined);
      const entries = loaded?.entries ?? [];
      const problemsByFile = loaded?.problemsByFile ?? {};
      if (isDevServer()) reportOnce(Object.values(problemsByFile).flat());
      const drafts = entries.filter((entry) => entry.draft && entry.unfinished.length > 0);
      const data: ContentModelGlobalData = {
        drafts: Object.fromEntries(drafts.map((entry) => [entry.file, entry.unfinished])),
        problems: problemsByFile,
      };
      actions.setGlobalData(data);

      const items = collect(allContent, entries);
      const notes = items
        .map(({item}) => item)
        .filter((item): item is CaseNote => item.type === 'tapaus')
        .sort(byLatestUpdate);
      exports = {notes, items};

      const overview: MunicipalitiesOverview = {notes};
      actions.addRoute({
        path: '/kunnat',
        exact: true,
        component: '@site/src/components/MunicipalitiesPage',
        modules: {overview: await actions.createData('kunnat.json', JSON.stringify(overview))},
      });
      for (const municipality of municipalityKeys) {
        const data: MunicipalityPageData = {
          municipality,
          notes: notes.filter((note) => note.municipality === municipality),
        };
        actions.addRoute({
          path: `/kunnat/${municipality}`,
          exact: true,
          component: '@site/src/components/MunicipalityPage',
          modules: {
            data: await actions.createData(`kunta-${municipality}.json`, JSON.stringify(data)),
          },
        });
      }
      const finder: FinderData = {items: items.map(({item}) => item)};
      actions.addRoute({
        path: '/kaytannot',
        exact: true,
        component: '@site/src/components/FinderPage',
        modules: {finder: await actions.createData('kaytannot.json', JSON.stringify(finder))},
      });
    },

    injectHtmlTags() {
      return {
        headTags: [
          {
            tagName: 'link',
            attributes: {
              rel: 'alternate',
              type: 'application/atom+xml',
              href: '/kunnat/atom.xml',
              title: FEED_TITLE,
            },
          },
          {
            tagName: 'link',
            attributes: {
              rel: 'alternate',
              type: 'application/rss+xml',
              href: '/kunnat/rss.xml',
              title: FEED_TITLE,
            },
          },
        ],
      };
    },

    async postBuild({outDir}) {
      const dataDir = path.join(outDir, 'data');
      await mkdir(dataDir, {recursive: true});
      for (const dataset of datasets) {
        const items: ExportItem[] = exports.items
          .filter(({item}) => item.type === dataset.type)
          .map(({item, frontMatter}) =>
            exportItem(dataset.fields, frontMatter, item.permalink, siteUrl),
          );
        await writeFile(path.join(dataDir, `${dataset.name}.json`), datasetJson(dataset, items));
        // A byte-order mark, so that spreadsheet programs read ä and ö right.
        await writeFile(
          path.join(dataDir, `${dataset.name}.csv`),
          `\uFEFF${datasetCsv(dataset, items)}`,
        );
        await writeFile(
          path.join(dataDir, `${dataset.name}.schema.json`),
          `${JSON.stringify(datasetSchema(dataset, siteUrl), null, 2)}\n`,
        );
      }

      const feed = new Feed({
        title: FEED_TITLE,
        description: 'Uudet ja päivitetyt kuntien esimerkit Ilmastotyön oppaassa',
        id: new URL('/kunnat', siteUrl).toString(),
        link: new URL('/kunnat', siteUrl).toString(),
        language: 'fi',
        copyright: 'Hiilineutraali Etelä-Pirkanmaa 2030',
        updated: exports.notes[0] ? new Date(`${exports.notes[0].updated}T00:00:00Z`) : undefined,
        feedLinks: {
          atom: new URL('/kunnat/atom.xml', siteUrl).toString(),
          rss: new URL('/kunnat/rss.xml', siteUrl).toString(),
        },
      });
      for (const note of exports.notes) {
        const municipality = municipalities[note.municipality].label;
        feed.addItem({
          title: `${municipality}: ${note.title}`,
          id: new URL(note.permalink, siteUrl).toString(),
          link: new URL(note.permalink, siteUrl).toString(),
          description: `${note.example ? 'Esimerkki. ' : ''}${note.description} Vaihe: ${phases[note.phase].label}.`,
          date: new Date(`${note.updated}T00:00:00Z`),
        });
      }
      await mkdir(path.join(outDir, 'kunnat'), {recursive: true});
      await writeFile(path.join(outDir, 'kunnat', 'atom.xml'), feed.atom1());
      await writeFile(path.join(outDir, 'kunnat', 'rss.xml'), feed.rss2());
    },
  };
}
