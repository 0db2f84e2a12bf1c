/**
 * The content-model plugin: checks every content file's front matter against
 * the content model in `src/data/` and stops the build with Finnish messages
 * when something is wrong; then, from the checked content, adds the pages
 * that list it (`/kunnat`, `/kunnat/<kunta>`, the finder `/kaytannot`) and
 * writes the open data files and the case notes' feeds after the build.
 */

import {createWriteStream} from 'node:fs';
import {mkdir, rm, writeFile} from 'node:fs/promises';
import {once} from 'node:events';
import path from 'node:path';

import type {DocMetadata, LoadedContent} from '@docusaurus/plugin-content-docs';
import type {AllContent, LoadContext, Plugin} from '@docusaurus/types';
import {Feed} from 'feed';

import {contentTypeKeys, contentTypes, type CaseNoteFrontMatter} from '../../data/contentTypes';
import {municipalities, municipalityKeys} from '../../data/municipalities';
import {phases} from '../../data/phases';
import {themeKeys} from '../../data/themes';
import {PAGE_SIZE, pageCount, pageItems, pagePath, type PageInfo} from '../../model/paging';
import {encodeFacets} from '../../model/finderFacets';
import {
  byLatestUpdate,
  countByPhase,
  distinctContacts,
  facetCounts,
  groupByTheme,
  phaseTable,
  themeNotesPath,
} from '../../model/aggregate';
import {facetValues, noFilters} from '../../model/facets';
import {fieldRows} from '../../model/fieldKinds';
import {ContentError, contentFolders, loadContentFiles, type ContentEntry} from './load';
import {
  datasetCsvLines,
  datasetJsonLines,
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
  ThemeNotesPageData,
} from '../../model/types';

/** What the plugin loads: every valid content file. */
export interface ContentModelContent {
  entries: ContentEntry[];
}

const FEED_TITLE = 'Ilmastotyön opas – kuntien esimerkit';

/** How many of the latest updated notes `/kunnat` shows. */
const LATEST_NOTES = 6;

/**
 * The static folder the plugin writes the finder's browser data into, below
 * the generated files; docusaurus.config.ts lists it in `staticDirectories`.
 */
export function finderStaticDir(siteDir: string): string {
  return path.join(siteDir, '.docusaurus', 'content-model-static');
}

/** Writes lines to a file as they come, waiting whenever the stream is full. */
async function writeLines(file: string, lines: Iterable<string>): Promise<void> {
  const stream = createWriteStream(file);
  const done = new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
  });
  for (const line of lines) {
    if (!stream.write(line)) await once(stream, 'drain');
  }
  stream.end();
  await done;
}

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

  return {
    name: 'content-model',

    getPathsToWatch() {
      return contentFolders.map((folder) => path.join(context.siteDir, folder, '**/*.{md,mdx}'));
    },

    async loadContent() {
      const {entries, problems} = await loadContentFiles(context.siteDir);
      if (problems.length > 0) throw new ContentError(problems);
      return {entries};
    },

    async contentLoaded({content, actions}) {
      const drafts = content.entries.filter((entry) => entry.draft && entry.unfinished.length > 0);
      const data: ContentModelGlobalData = {
        drafts: Object.fromEntries(drafts.map((entry) => [entry.file, entry.unfinished])),
      };
      actions.setGlobalData(data);
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
      const own = allContent['content-model']?.default as ContentModelContent | undefined;
      const items = collect(allContent, own?.entries ?? []);
      const notes = items
        .map(({item}) => item)
        .filter((item): item is CaseNote => item.type === 'tapaus')
        .sort(byLatestUpdate);
      exports = {notes, items};

      // Every list of notes is cut into pre-rendered pages of PAGE_SIZE
      // (DESIGN.md, "Scale"): a page's HTML and data stay the same size
      // however large the collection grows.
      const addPages = async <T>(
        base: string,
        list: readonly T[],
        component: string,
        dataName: string,
        props: (pageItems: T[], page: PageInfo) => object,
      ) => {
        const count = pageCount(list.length);
        for (let page = 1; page <= count; page += 1) {
          const info: PageInfo = {page, count, total: list.length, base};
          const name = `${dataName}${page === 1 ? '' : `-${page}`}.json`;
          actions.addRoute({
            path: pagePath(base, page),
            exact: true,
            component,
            modules: {
              data: await actions.createData(
                name,
                JSON.stringify(props(pageItems(list, page), info)),
              ),
            },
          });
        }
      };

      const overview: MunicipalitiesOverview = {
        table: phaseTable(notes),
        latest: notes.slice(0, LATEST_NOTES),
      };
      actions.addRoute({
        path: '/kunnat',
        exact: true,
        component: '@site/src/components/MunicipalitiesPage',
        modules: {overview: await actions.createData('kunnat.json', JSON.stringify(overview))},
      });
      for (const municipality of municipalityKeys) {
        const own = notes.filter((note) => note.municipality === municipality);
        const common = {
          municipality,
          counts: countByPhase(own),
          themeCounts: Object.fromEntries(
            groupByTheme(own).map((group) => [group.theme, group.notes.length]),
          ),
          contacts: distinctContacts(own),
        };
        await addPages(
          `/kunnat/${municipality}`,
          own,
          '@site/src/components/MunicipalityPage',
          `kunta-${municipality}`,
          (pageNotes, page): MunicipalityPageData => ({...common, notes: pageNotes, page}),
        );
      }
      for (const theme of themeKeys) {
        const own = notes.filter((note) => note.facets.teema.includes(theme));
        const municipalityCounts = Object.fromEntries(
          municipalityKeys.map((key) => [
            key,
            own.filter((note) => note.municipality === key).length,
          ]),
        );
        await addPages(
          themeNotesPath(theme),
          own,
          '@site/src/components/ThemeNotesPage',
          `teema-${theme}`,
          (pageNotes, page): ThemeNotesPageData => ({
            theme,
            municipalityCounts,
            notes: pageNotes,
            page,
          }),
        );
      }

      const all = items.map(({item}) => item);
      const counts = facetCounts(all, noFilters());
      await addPages(
        '/kaytannot',
        all,
        '@site/src/components/FinderPage',
        'kaytannot',
        (pageItemsOf, page): FinderData => ({items: pageItemsOf, counts, page}),
      );
      // The finder's data for filtering in the browser, in a static folder
      // of its own (docusaurus.config.ts `staticDirectories`), so that both
      // `npm start` and the build serve it: the compact filter data, and the
      // cards page by page.
      const finderDir = path.join(finderStaticDir(context.siteDir), 'data', 'hakemisto');
      await rm(finderDir, {recursive: true, force: true});
      await mkdir(finderDir, {recursive: true});
      await writeFile(
        path.join(finderDir, 'rajaukset.json'),
        JSON.stringify(encodeFacets(all, PAGE_SIZE)),
      );
      for (let page = 1; page <= pageCount(all.length); page += 1) {
        await writeFile(path.join(finderDir, `${page}.json`), JSON.stringify(pageItems(all, page)));
      }
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
        const items = function* (): Generator<ExportItem> {
          for (const {item, frontMatter} of exports.items) {
            if (item.type !== dataset.type) continue;
            yield exportItem(dataset.fields, frontMatter, item.permalink, siteUrl);
          }
        };
        // Written item by item: neither file is ever held whole in memory.
        await writeLines(
          path.join(dataDir, `${dataset.name}.json`),
          datasetJsonLines(dataset, items()),
        );
        await writeLines(
          path.join(dataDir, `${dataset.name}.csv`),
          datasetCsvLines(dataset, items()),
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
