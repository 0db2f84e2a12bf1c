/**
 * The content-model plugin: checks every content file's front matter against
 * the content model in `src/data/` and stops the build with Finnish messages
 * when something is wrong; then, from the checked content, adds the pages
 * that list it (`/kunnat`, `/kunnat/<kunta>`, the finder `/kaytannot`) and
 * writes the open data files and the case notes' feeds after the build.
 */

import path from 'node:path';

import type {LoadContext, Plugin} from '@docusaurus/types';

import {contentTypeKeys, contentTypes} from '../../data/contentTypes';
import {byLatestUpdate} from '../../model/aggregate';
import {fieldRows} from '../../model/fieldKinds';
import type {CaseNote, ContentModelGlobalData, Item} from '../../model/types';
import {feedHeadTags, writeFeeds} from './feed';
import {collectItems} from './items';
import {ContentError, contentFolders, loadContentFiles, type ContentEntry} from './load';
import {writeOpenData} from './opendata';
import type {PluginOptions} from './options';
import {createRoutes} from './routes';

export {validateOptions} from './options';

/** What the plugin loads: every valid content file. */
export interface ContentModelContent {
  entries: ContentEntry[];
}

export default function contentModelPlugin(
  context: LoadContext,
  options: PluginOptions,
): Plugin<ContentModelContent> {
  const siteUrl = context.siteConfig.url;
  const {baseUrl} = context;
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
      const items = collectItems(allContent, own?.entries ?? []);
      const notes = items
        .map(({item}) => item)
        .filter((item): item is CaseNote => item.type === 'tapaus')
        .sort(byLatestUpdate);
      exports = {notes, items};

      await createRoutes({actions, baseUrl, items: items.map(({item}) => item), notes});
    },

    injectHtmlTags() {
      return {headTags: feedHeadTags(baseUrl, options)};
    },

    async postBuild({outDir}) {
      await writeOpenData({outDir, siteUrl, baseUrl, items: exports.items});
      await writeFeeds({outDir, siteUrl, baseUrl, notes: exports.notes, options});
    },
  };
}
