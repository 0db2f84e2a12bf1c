import assert from 'node:assert/strict';
import {mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, it} from 'node:test';

import {
  indicatorsFile,
  pageDataDir,
  pageDataFile,
  writePageData,
} from '../src/plugins/content-model/pageData';
import pageData, {INDICATOR_PART} from '../src/plugins/remark/pageData';
import {pageModelOf} from '../src/components/PageParts/usePageModel';
import type {PageModelData} from '../src/model/types';

const link = {permalink: '/opas/kaytannot/a', title: 'A', type: 'kaytanto'} as const;

describe('page data files', () => {
  it('are written per page, rewritten only when changed, and removed when the page is gone', async () => {
    const siteDir = mkdtempSync(path.join(os.tmpdir(), 'page-data-'));
    await writePageData(
      siteDir,
      new Map([
        ['kunnat/akaa/x.md', {related: [link]}],
        ['docs/y.md', {related: []}],
      ]),
    );
    const x = pageDataFile(siteDir, 'kunnat/akaa/x.md');
    assert.deepEqual(JSON.parse(readFileSync(x, 'utf8')), {related: [link]});
    // An unchanged file keeps its time stamp (the bundler then keeps its page).
    const before = statSync(x).mtimeMs;
    writeFileSync(pageDataFile(siteDir, 'docs/y.md'), '{"related":[]}');
    await new Promise((resolve) => setTimeout(resolve, 20));
    await writePageData(siteDir, new Map([['kunnat/akaa/x.md', {related: [link]}]]));
    assert.equal(statSync(x).mtimeMs, before);
    assert.deepEqual(readdirSync(pageDataDir(siteDir)).sort(), [
      'indicators.json',
      path.basename(x),
    ]);
  });
});

describe('the page data remark plugin', () => {
  const run = (siteDir: string, file: string, children: unknown[] = []) => {
    const tree = {type: 'root', children: [{type: 'paragraph', children}]};
    pageData({siteDir})(tree, {path: path.join(siteDir, file)});
    return tree.children as {type: string; data?: {estree: {body: unknown[]}}}[];
  };
  /** What a page's ESM nodes export: [name, file] each. */
  const exported = (nodes: ReturnType<typeof run>) =>
    nodes
      .filter((node) => node.type === 'mdxjsEsm')
      .map((node) => {
        const [declaration] = node.data!.estree.body as {
          specifiers: {exported: {name: string}}[];
          source: {value: string};
        }[];
        return [declaration!.specifiers[0]!.exported.name, declaration!.source.value];
      });

  it('makes a page with a data file export it as contentModel', async () => {
    const siteDir = mkdtempSync(path.join(os.tmpdir(), 'page-data-'));
    await writePageData(siteDir, new Map([['kunnat/akaa/x.md', {related: [link]}]]));
    const [esm] = run(siteDir, 'kunnat/akaa/x.md');
    assert.equal(esm!.type, 'mdxjsEsm');
    assert.deepEqual(esm!.data!.estree.body, [
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
        source: {
          type: 'Literal',
          value: pageDataFile(siteDir, 'kunnat/akaa/x.md'),
          raw: JSON.stringify(pageDataFile(siteDir, 'kunnat/akaa/x.md')),
        },
        attributes: [],
      },
    ]);
  });

  it('makes a page that draws every indicator export their file too, and only such a page', async () => {
    const siteDir = mkdtempSync(path.join(os.tmpdir(), 'page-data-'));
    await writePageData(
      siteDir,
      new Map([
        ['docs/a.md', {related: []}],
        ['docs/b.md', {related: []}],
      ]),
    );
    const list = {type: 'mdxJsxFlowElement', name: 'IndicatorList', children: []};
    assert.deepEqual(exported(run(siteDir, 'docs/a.md', [list])), [
      ['contentModelIndicators', indicatorsFile(siteDir)],
      ['contentModel', pageDataFile(siteDir, 'docs/a.md')],
    ]);
    assert.deepEqual(exported(run(siteDir, 'docs/b.md')), [
      ['contentModel', pageDataFile(siteDir, 'docs/b.md')],
    ]);
  });

  it('makes an indicator page export the component that draws its chart, and only such a page', async () => {
    const siteDir = mkdtempSync(path.join(os.tmpdir(), 'page-data-'));
    const indicator = {id: 'paastot', title: 'Päästöt'} as unknown as PageModelData['indicator'];
    await writePageData(
      siteDir,
      new Map<string, PageModelData>([
        ['docs/mittarit/paastot.md', {related: [], indicator}],
        ['docs/c.md', {related: []}],
      ]),
    );
    assert.deepEqual(exported(run(siteDir, 'docs/mittarit/paastot.md')), [
      ['contentModelIndicatorPart', INDICATOR_PART],
      ['contentModel', pageDataFile(siteDir, 'docs/mittarit/paastot.md')],
    ]);
    assert.deepEqual(exported(run(siteDir, 'docs/c.md')), [
      ['contentModel', pageDataFile(siteDir, 'docs/c.md')],
    ]);
    // What the page hands to PageIntro.
    const IndicatorPart = () => null;
    const model = pageModelOf({
      contentModel: {related: [], indicator},
      contentModelIndicatorPart: IndicatorPart,
    });
    assert.equal(model.IndicatorPart, IndicatorPart);
    assert.equal(model.indicator, indicator);
    assert.equal(pageModelOf({contentModel: {related: []}}).IndicatorPart, undefined);
  });

  it('leaves a page without a data file as it is', () => {
    const siteDir = mkdtempSync(path.join(os.tmpdir(), 'page-data-'));
    assert.deepEqual(
      run(siteDir, 'blog/z.md').map((node) => node.type),
      ['paragraph'],
    );
  });
});
