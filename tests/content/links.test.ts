import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';

import {load} from 'cheerio';

import {loadContentFiles} from '../../src/plugins/content-model/load';
const siteDir = path.join(__dirname, '..', '..');
const buildDir = path.join(siteDir, 'build');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory()
      ? htmlFiles(path.join(dir, entry.name))
      : entry.name.endsWith('.html')
        ? [path.join(dir, entry.name)]
        : [],
  );
}

/** The site path of a content file, as the docs plugins route it. */
function routeOf(file: string): string {
  return `/${file
    .replace(/\.mdx?$/, '')
    .replace(/^docs\//, 'opas/')
    .replace(/\/index$/, '')}`;
}

/** A content gate over the real site's build (`npm run build`). */
describe('cross-links in the built site', () => {
  it('every chapter, practice, workshop page and case note is linked from another page’s text', async () => {
    // Links inside the content of pages: not the navbar, sidebar or footer.
    assert.ok(
      existsSync(path.join(buildDir, 'index.html')),
      'Tuotantoversiota ei ole: aja ensin `npm run build` (npm test tekee sen).',
    );
    const linked = new Set<string>();
    for (const file of htmlFiles(buildDir)) {
      const page = `/${path.relative(buildDir, file).replace(/(\/index)?\.html$/, '')}`;
      const $ = load(readFileSync(file, 'utf8'));
      $('main article a[href], main section a[href]').each((_, anchor) => {
        const href = ($(anchor).attr('href') ?? '').split(/[?#]/)[0]!.replace(/(.)\/$/, '$1');
        if (href.startsWith('/') && href !== page) linked.add(href);
      });
    }
    const {entries} = await loadContentFiles(siteDir);
    const pages = entries
      .filter((entry) => ['luku', 'kaytanto', 'tyopaja', 'tapaus'].includes(entry.type))
      .filter((entry) => entry.frontMatter.draft !== true)
      .map((entry) => routeOf(entry.file));
    assert.ok(pages.length > 0, 'no pages to check');
    assert.deepEqual(
      pages.filter((page) => !linked.has(page)),
      [],
    );
  });
});
