/** The case notes' feeds (`/kunnat/rss.xml`, `/kunnat/atom.xml`) and their head links. */

import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';

import type {HtmlTags} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';
import {Feed} from 'feed';

import {municipalities} from '../../data/municipalities';
import {phases} from '../../data/phases';
import {ROUTES} from '../../data/routes';
import type {CaseNote} from '../../model/types';
import type {PluginOptions} from './options';

const feedPath = (baseUrl: string, file: string) =>
  normalizeUrl([baseUrl, ROUTES.municipalities, file]);

/** `<link rel="alternate">` tags for every page's head. */
export function feedHeadTags(baseUrl: string, options: PluginOptions): HtmlTags {
  return [
    {
      tagName: 'link',
      attributes: {
        rel: 'alternate',
        type: 'application/atom+xml',
        href: feedPath(baseUrl, 'atom.xml'),
        title: options.feedTitle,
      },
    },
    {
      tagName: 'link',
      attributes: {
        rel: 'alternate',
        type: 'application/rss+xml',
        href: feedPath(baseUrl, 'rss.xml'),
        title: options.feedTitle,
      },
    },
  ];
}

/** Writes both feeds into the build; `notes` latest update first. */
export async function writeFeeds({
  outDir,
  siteUrl,
  baseUrl,
  notes,
  options,
}: {
  outDir: string;
  siteUrl: string;
  baseUrl: string;
  notes: readonly CaseNote[];
  options: PluginOptions;
}): Promise<void> {
  const absolute = (pathname: string) => new URL(pathname, siteUrl).toString();
  const listing = absolute(normalizeUrl([baseUrl, ROUTES.municipalities]));
  const feed = new Feed({
    title: options.feedTitle,
    description: options.feedDescription,
    id: listing,
    link: listing,
    language: 'fi',
    copyright: options.copyright,
    updated: notes[0] ? new Date(`${notes[0].updated}T00:00:00Z`) : undefined,
    feedLinks: {
      atom: absolute(feedPath(baseUrl, 'atom.xml')),
      rss: absolute(feedPath(baseUrl, 'rss.xml')),
    },
  });
  for (const note of notes) {
    feed.addItem({
      title: `${municipalities[note.municipality].label}: ${note.title}`,
      id: absolute(note.permalink),
      link: absolute(note.permalink),
      description: `${note.example ? 'Esimerkki. ' : ''}${note.description} Vaihe: ${phases[note.phase].label}.`,
      date: new Date(`${note.updated}T00:00:00Z`),
    });
  }
  const dir = path.join(outDir, ROUTES.municipalities);
  await mkdir(dir, {recursive: true});
  await writeFile(path.join(dir, 'atom.xml'), feed.atom1());
  await writeFile(path.join(dir, 'rss.xml'), feed.rss2());
}
