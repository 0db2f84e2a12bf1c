/**
 * Where the browser editor keeps each content file: its collection and its
 * entry, and so the "Muokkaa tätä sivua" address of every page. Pure
 * functions with no Node imports: `docusaurus.config.ts`, the editor's
 * config generator and the tests share them.
 */

import {contentTypes, typeOfPath, type ContentTypeKey} from '../../data/contentTypes';

/** Where the editor opens the admin app. */
export const ADMIN_PATH = '/admin/';

/** Folders under `docs/` that hold a typed content type (`kaytannot`, `tyopajat`). */
export const typedDocsFolders: Readonly<Record<string, ContentTypeKey>> = Object.fromEntries(
  Object.entries(contentTypes)
    .filter(([, type]) => type.folder.startsWith(`${contentTypes.luku.folder}/`))
    .map(([key, type]) => [type.folder.slice(contentTypes.luku.folder.length + 1), key]),
) as Record<string, ContentTypeKey>;

/** The collection of chapters in one part of the guide (`docs/<part>/`), or at its top. */
export function chapterCollection(part?: string): string {
  return part ? `luku-${part}` : 'luku';
}

/** The files collection of the typed parts' introduction pages (`docs/kaytannot/index.md`). */
export const PART_INDEXES = 'osien-johdannot';

/** An editor entry: the collection and the entry's name in it. */
export interface EditorEntry {
  collection: string;
  slug: string;
}

/**
 * The editor entry of a content file (path relative to the site root), or
 * undefined for a file the editor does not show (deeper folders).
 */
export function editorEntry(file: string): EditorEntry | undefined {
  const type = typeOfPath(file);
  // The editor edits Markdown; an MDX page (with components, like the field
  // tables of the writers' chapter) would not survive its rich-text mode.
  if (!type || file.endsWith('.mdx')) return undefined;
  const parts = file.replace(/\.mdx?$/, '').split('/');
  switch (type) {
    case 'tapaus':
      // The case notes are one collection whose entries live in the
      // municipality's folder: `akaa/energiakatselmus`.
      return parts.length === 3
        ? {collection: 'tapaus', slug: `${parts[1]}/${parts[2]}`}
        : undefined;
    case 'uutinen':
      return parts.length === 2 ? {collection: 'uutinen', slug: parts[1]!} : undefined;
    case 'kaytanto':
    case 'tyopaja':
      return {collection: type, slug: parts[2]!};
    case 'luku':
      if (parts.length === 2) return {collection: chapterCollection(), slug: parts[1]!};
      if (parts.length !== 3) return undefined;
      if (parts[1]! in typedDocsFolders) {
        return parts[2] === 'index' ? {collection: PART_INDEXES, slug: parts[1]!} : undefined;
      }
      return {collection: chapterCollection(parts[1]), slug: parts[2]!};
  }
}

/**
 * The "Muokkaa tätä sivua" address of a content file: the editor's page for
 * it, or for a page the editor cannot open, the `fallback` address plus the
 * file's path. `pathname://` makes Docusaurus treat it as a plain link to a file
 * outside the site's routes (the editor is a separate app), so the broken
 * link check leaves it alone.
 */
export function editUrl(file: string, fallback?: string, baseUrl = '/'): string | undefined {
  const entry = editorEntry(file);
  if (entry)
    return `pathname://${baseUrl.replace(/\/$/, '')}${ADMIN_PATH}#/collections/${entry.collection}/entries/${entry.slug}`;
  // A page the editor cannot open links to the Git host's own file editor,
  // when the build names one (EDIT_URL, e.g. https://github.com/o/r/edit/main/).
  return fallback ? `${fallback.replace(/\/?$/, '/')}${file}` : undefined;
}
