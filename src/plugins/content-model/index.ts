/**
 * The content-model plugin: checks every content file's front matter against
 * the content model in `src/data/` and stops the build with Finnish messages
 * when something is wrong. Later plugins' pages read its checked entries.
 */

import path from 'node:path';

import type {LoadedContent} from '@docusaurus/plugin-content-docs';
import type {LoadContext, Plugin} from '@docusaurus/types';

import type {CaseNoteFrontMatter} from '../../data/contentTypes';
import {ContentError, contentFolders, loadContentFiles, type ContentEntry} from './load';
import type {CaseNoteSummary, MunicipalitiesOverview} from './types';

/** What the plugin loads: every valid content file. */
export interface ContentModelContent {
  entries: ContentEntry[];
}

export default function contentModelPlugin(context: LoadContext): Plugin<ContentModelContent> {
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

    async allContentLoaded({allContent, actions}) {
      const {entries} = (allContent['content-model']?.default ?? {
        entries: [],
      }) as ContentModelContent;
      const caseNotes = allContent['docusaurus-plugin-content-docs']?.kunnat as
        LoadedContent | undefined;
      const byFile = new Map(entries.map((entry) => [entry.file, entry]));
      const notes: CaseNoteSummary[] = (caseNotes?.loadedVersions[0]?.docs ?? [])
        .flatMap((doc) => {
          const file = doc.source.replace(/^@site\//, '');
          const entry = byFile.get(file);
          if (entry?.type !== 'tapaus') return [];
          const frontMatter = entry.frontMatter as CaseNoteFrontMatter;
          return [
            {
              permalink: doc.permalink,
              file,
              title: doc.title,
              description: doc.description,
              municipality: frontMatter.municipality,
              phase: frontMatter.phase,
              themes: frontMatter.themes,
              updated: frontMatter.updated,
              example: frontMatter.example ?? false,
            },
          ];
        })
        .sort((a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title, 'fi'));

      const overview: MunicipalitiesOverview = {notes};
      actions.addRoute({
        path: '/kunnat',
        exact: true,
        component: '@site/src/components/MunicipalitiesPage',
        modules: {
          overview: await actions.createData('kunnat.json', JSON.stringify(overview)),
        },
      });
    },
  };
}
