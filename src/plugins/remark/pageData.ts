/**
 * A remark plugin for the docs' Markdown: a page that has a data file from
 * the content-model plugin (`src/plugins/content-model/pageData.ts`, its
 * related pages) exports it as `contentModel`, which `src/theme/DocItem`
 * hands to the page parts. Importing the file, rather than writing its
 * content into the page, lets the bundler rebuild the page, and refresh its
 * cache, when the file changes. A few lines of syntax tree instead of a
 * dependency: one export statement is all it adds.
 */

import {existsSync} from 'node:fs';
import path from 'node:path';

import {pageDataFile} from '../content-model/pageData';

interface Root {
  type: string;
  children: unknown[];
}

export default function pageData({siteDir}: {siteDir: string}) {
  return (tree: Root, file: {path?: string}) => {
    if (!file.path) return;
    const relative = path.relative(siteDir, file.path).split(path.sep).join('/');
    const data = pageDataFile(siteDir, relative);
    if (!existsSync(data)) return;
    // `export {default as contentModel} from '<data>';` as MDX's ESM node.
    tree.children.unshift({
      type: 'mdxjsEsm',
      value: '',
      data: {
        estree: {
          type: 'Program',
          sourceType: 'module',
          body: [
            {
              type: 'ExportNamedDeclaration',
              declaration: null,
              specifiers: [
                {
                  type: 'ExportSpecifier',
                  local: {type: 'Identifier', name: 'default'},
                  exported: {type: 'Identifier', name: 'contentModel'},
                },
              ],
              source: {type: 'Literal', value: data, raw: JSON.stringify(data)},
              attributes: [],
            },
          ],
        },
      },
    });
  };
}
