/**
 * A remark plugin for the docs' Markdown: a page that has a data file from
 * the content-model plugin (`src/plugins/content-model/pageData.ts`, its
 * related pages) exports it as `contentModel`, which `src/theme/DocItem`
 * hands to the page parts; a page that draws `<IndicatorList />` also
 * exports the file of every indicator, and an indicator page the component
 * that draws its chart (so that other pages do not load it). Importing the file, rather than writing its
 * content into the page, lets the bundler rebuild the page, and refresh its
 * cache, when the file changes. A few lines of syntax tree instead of a
 * dependency: one export statement is all it adds.
 */

import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';

import {indicatorsFile, pageDataFile} from '../content-model/pageData';

interface Node {
  type: string;
  name?: string | null;
  children?: Node[];
}

/** `export {default as <name>} from '<file>';` as MDX's ESM node. */
function exportDefaultAs(name: string, file: string) {
  return {
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
                exported: {type: 'Identifier', name},
              },
            ],
            source: {type: 'Literal', value: file, raw: JSON.stringify(file)},
            attributes: [],
          },
        ],
      },
    },
  };
}

/** The component that draws an indicator page's facts, chart and table. */
export const INDICATOR_PART = '@site/src/components/PageParts/IndicatorPart';

const uses = (node: Node, name: string): boolean =>
  ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
    node.name === name) ||
  (node.children ?? []).some((child) => uses(child, name));

export default function pageData({siteDir}: {siteDir: string}) {
  return (tree: {type: string; children: unknown[]}, file: {path?: string}) => {
    if (!file.path) return;
    const relative = path.relative(siteDir, file.path).split(path.sep).join('/');
    const data = pageDataFile(siteDir, relative);
    if (!existsSync(data)) return;
    tree.children.unshift(exportDefaultAs('contentModel', data));
    // An indicator page's chart and table: only indicator pages load their code.
    if ((JSON.parse(readFileSync(data, 'utf8')) as {indicator?: unknown}).indicator) {
      tree.children.unshift(exportDefaultAs('contentModelIndicatorPart', INDICATOR_PART));
    }
    // `<IndicatorList />` draws every indicator: only its pages load them.
    if (uses(tree as Node, 'IndicatorList')) {
      tree.children.unshift(exportDefaultAs('contentModelIndicators', indicatorsFile(siteDir)));
    }
  };
}
