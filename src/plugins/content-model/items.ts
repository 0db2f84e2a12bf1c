/** Practices and case notes: the checked content joined with the docs plugins' pages. */

import type {DocMetadata, LoadedContent} from '@docusaurus/plugin-content-docs';
import type {AllContent} from '@docusaurus/types';

import type {
  CaseNoteFrontMatter,
  ChapterFrontMatter,
  IndicatorFrontMatter,
  PracticeFrontMatter,
} from '../../data/contentTypes';
import {indicatorFromFrontMatter, type Indicator} from '../../model/indicators';
import {relatedPages, type RelatablePage} from '../../model/related';
import {facetValues} from '../../model/facets';
import type {CaseNote, Item} from '../../model/types';
import type {ContentEntry} from './load';

function docsOf(allContent: AllContent, pluginId: string): DocMetadata[] {
  const content = allContent['docusaurus-plugin-content-docs']?.[pluginId] as
    LoadedContent | undefined;
  return content?.loadedVersions[0]?.docs ?? [];
}

/** Practices and case notes joined with their pages. */
export function collectItems(allContent: AllContent, entries: readonly ContentEntry[]) {
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

/**
 * Indicators and the pages that relate to each other, from the published
 * docs, and every docs page's source file and address.
 */
export function collectModel(
  allContent: AllContent,
  entries: readonly ContentEntry[],
  baseUrl: string,
) {
  const byFile = new Map(entries.map((entry) => [entry.file, entry]));
  const indicators: {indicator: Indicator; frontMatter: Record<string, unknown>}[] = [];
  const relatable: RelatablePage[] = [];
  /** Every docs page: source file (relative to the site root) → address. */
  const pages = new Map<string, string>();
  for (const doc of [...docsOf(allContent, 'default'), ...docsOf(allContent, 'kunnat')]) {
    const file = doc.source.replace(/^@site\//, '');
    pages.set(file, doc.permalink);
    const entry = byFile.get(file);
    if (!entry || entry.draft) continue;
    if (entry.type === 'mittari') {
      indicators.push({
        indicator: indicatorFromFrontMatter(
          entry.frontMatter as unknown as IndicatorFrontMatter,
          doc.permalink,
          baseUrl,
        ),
        frontMatter: entry.frontMatter,
      });
    } else if (entry.type === 'luku' || entry.type === 'kaytanto' || entry.type === 'tapaus') {
      const frontMatter = entry.frontMatter as
        ChapterFrontMatter | PracticeFrontMatter | CaseNoteFrontMatter;
      const themes = frontMatter.themes ?? [];
      // A chapter without themes (the introduction, the writers' pages) is
      // about the guide itself, not about a theme: it relates to nothing.
      if (themes.length === 0) continue;
      relatable.push({
        permalink: doc.permalink,
        title: doc.title,
        type: entry.type,
        themes,
        actors: 'actors' in frontMatter ? (frontMatter.actors ?? []) : [],
      });
    }
  }
  indicators.sort((a, b) => a.indicator.title.localeCompare(b.indicator.title, 'fi'));
  return {indicators, related: relatedPages(relatable), pages};
}
