/** The parts of the guide, read from `docs/`, for the editor's collections. */

import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';

import {contentTypes} from '../../data/contentTypes';
import {typedDocsFolders} from './entries';

/** A part's name in the sidebar, from its `_category_.json`, or its folder name. */
function partLabel(folder: string): string {
  try {
    const category = JSON.parse(readFileSync(path.join(folder, '_category_.json'), 'utf8')) as {
      label?: unknown;
    };
    if (typeof category.label === 'string') return category.label;
  } catch {
    // No category file: the folder name will do.
  }
  return path.basename(folder);
}

/** The parts of the guide: chapter folders, and typed folders with an introduction page. */
export function guideParts(siteDir: string): {
  chapterParts: {name: string; label: string}[];
  partIndexes: string[];
} {
  const docs = path.join(siteDir, contentTypes.luku.folder);
  const folders = existsSync(docs)
    ? readdirSync(docs, {withFileTypes: true})
        .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
        .map((entry) => entry.name)
        .sort()
    : [];
  return {
    chapterParts: folders
      .filter((name) => !(name in typedDocsFolders))
      .map((name) => ({name, label: partLabel(path.join(docs, name))})),
    partIndexes: folders.filter(
      (name) => name in typedDocsFolders && existsSync(path.join(docs, name, 'index.md')),
    ),
  };
}
