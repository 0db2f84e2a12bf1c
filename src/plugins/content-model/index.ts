/**
 * The content-model plugin: checks every content file's front matter against
 * the content model in `src/data/` and stops the build with Finnish messages
 * when something is wrong; then, from the checked content, adds the pages
 * that list it (`/kunnat`, `/kunnat/<kunta>`, the finder `/kaytannot`) and
 * writes the open data files and the case notes' feeds after the build.
 *
 * Under `npm start` it does not stop: the problems go to the pages (global
 * data, shown by `src/components/ContentProblems`) and once to the terminal.
 */

import type {LoadContext, Plugin} from '@docusaurus/types';

import {contentTypeKeys, contentTypes} from '../../data/contentTypes';
import {byLatestUpdate} from '../../model/aggregate';
import {fieldRows} from '../../model/fieldKinds';
import type {Indicator} from '../../model/indicators';
import type {CaseNote, ContentModelGlobalData, Item} from '../../model/types';
import {feedHeadTags, writeFeeds} from './feed';
import {collectItems, collectModel} from './items';
import {ContentError, describeProblems, loadContentFiles, type ContentEntry} from './load';
import {writeOpenData} from './opendata';
import type {PluginOptions} from './options';
import {writePageData} from './pageData';
import {createRoutes} from './routes';
import {writeTemplateFiles} from './templates';

export {validateOptions} from './options';

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

export default function contentModelPlugin(
  context: LoadContext,
  options: PluginOptions,
): Plugin<ContentModelContent> {
  const siteUrl = context.siteConfig.url;
  const {baseUrl} = context;
  let exports: {
    notes: CaseNote[];
    items: {item: Item; frontMatter: Record<string, unknown>}[];
    indicators: {indicator: Indicator; frontMatter: Record<string, unknown>}[];
  } = {
    notes: [],
    items: [],
    indicators: [],
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
      const items = collectItems(allContent, entries);
      const notes = items
        .map(({item}) => item)
        .filter((item): item is CaseNote => item.type === 'tapaus')
        .sort(byLatestUpdate);
      const model = collectModel(allContent, entries, baseUrl);
      exports = {notes, items, indicators: model.indicators};
      const indicators = model.indicators.map(({indicator}) => indicator);
      const drafts = entries.filter((entry) => entry.draft && entry.unfinished.length > 0);
      // Small and read by doc pages (drafts' missing fields, front matter
      // problems), which cannot take route modules; none of it grows with
      // the collection, since global data is in every page's bundle.
      const data: ContentModelGlobalData = {
        drafts: Object.fromEntries(
          drafts.map((entry) => [
            entry.file,
            entry.unfinished.map((key) => contentTypes[entry.type].fields[key]?.label ?? key),
          ]),
        ),
        problems: problemsByFile,
      };
      actions.setGlobalData(data);
      // Related pages grow with it, and an indicator is drawn on its own
      // pages only: each page gets a file of its own instead.
      const byPermalink = new Map(indicators.map((indicator) => [indicator.permalink, indicator]));
      await writePageData(
        context.siteDir,
        new Map(
          [...model.pages].map(([file, permalink]) => [
            file,
            {related: model.related[permalink] ?? [], indicator: byPermalink.get(permalink)},
          ]),
        ),
        indicators,
      );

      await createRoutes({
        actions,
        baseUrl,
        siteDir: context.siteDir,
        items: items.map(({item}) => item),
        notes,
        indicators,
      });
    },

    injectHtmlTags() {
      return {headTags: feedHeadTags(baseUrl, options)};
    },

    async postBuild({outDir}) {
      await writeOpenData({
        outDir,
        siteUrl,
        baseUrl,
        items: exports.items,
        indicators: exports.indicators,
      });
      await writeTemplateFiles(outDir);
      await writeFeeds({outDir, siteUrl, baseUrl, notes: exports.notes, options});
    },
  };
}
