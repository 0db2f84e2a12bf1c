/**
 * Printing (emulated print media in Chromium): a chapter, a case note and the
 * finder show their content and hide what only works on a screen; link
 * addresses follow link text; boxes are not cut across pages; a case note
 * fits a two-page handout.
 */

import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import type {Page} from 'playwright-core';

import {withSite} from './helpers';

const env = withSite();

/** Opens a page and hands it to `run` laid out for print. */
function openForPrint<T>(path: string, run: (page: Page) => Promise<T>): Promise<T> {
  return env.open(path, async ({page}) => {
    // An A4 sheet at 96 dpi, as the browser lays out a printed page.
    await page.setViewportSize({width: 794, height: 1123});
    await page.emulateMedia({media: 'print'});
    return run(page);
  });
}

/** Whether the first element matching the selector is displayed. */
async function shown(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((selector) => {
    const element = document.querySelector(selector);
    if (!element) throw new Error(`no element ${selector}`);
    for (let node: Element | null = element; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.display === 'none' || style.visibility === 'hidden') return false;
    }
    return true;
  }, selector);
}

const afterContent = (page: Page, selector: string) =>
  page.evaluate(
    (selector) => getComputedStyle(document.querySelector(selector)!, '::after').content,
    selector,
  );

const breakInside = (page: Page, selector: string) =>
  page.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)].map((e) => getComputedStyle(e).breakInside),
    selector,
  );

/** Screen-only parts every page has. */
const SCREEN_ONLY = ['.navbar', 'footer.footer', 'section[aria-labelledby^="palaute-"]'];

describe('printing a chapter', () => {
  const chapter = '/opas/menetelmat/mittarit';

  it('hides navigation, search, edit links, contents, pagination and feedback', async () => {
    await openForPrint(chapter, async (page) => {
      for (const selector of [
        ...SCREEN_ONLY,
        '.theme-doc-sidebar-container',
        '.theme-doc-toc-mobile',
        '.theme-edit-this-page',
        '.pagination-nav',
        '.theme-doc-breadcrumbs',
        '[class*="navbarSearchContainer_"]',
      ]) {
        assert.equal(await shown(page, selector), false, `${selector} is hidden`);
      }
      // The same parts are there on screen: the test would see them.
      await page.emulateMedia({media: 'screen'});
      assert.equal(await shown(page, '.navbar'), true);
      assert.equal(await shown(page, '.theme-edit-this-page'), true);
    });
  });

  it('shows the article, its title and its sources', async () => {
    await openForPrint(chapter, async (page) => {
      assert.equal(await shown(page, 'article h1'), true);
      assert.equal(await shown(page, 'article .theme-doc-markdown'), true);
      const width = await page.evaluate(
        () => document.querySelector('article')!.getBoundingClientRect().width,
      );
      const pageWidth = await page.evaluate(() => document.documentElement.clientWidth);
      assert.ok(width > pageWidth * 0.85, `the article takes the width (${width} of ${pageWidth})`);
    });
  });

  it('writes link addresses after the link text, but not for links within the page', async () => {
    await openForPrint(chapter, async (page) => {
      const external = await page.evaluate(() => {
        const link = document.querySelector<HTMLAnchorElement>('article a[href^="http"]');
        link?.setAttribute('data-test', 'external');
        const local = document.createElement('a');
        local.href = '#mittarit';
        local.textContent = 'kohta sivulla';
        local.setAttribute('data-test', 'local');
        document.querySelector('article p')?.append(local);
        return link?.getAttribute('href');
      });
      assert.ok(external, 'the chapter has a web link');
      assert.equal(await afterContent(page, '[data-test="external"]'), `" (${external})"`);
      assert.equal(await afterContent(page, '[data-test="local"]'), 'none');
      await page.emulateMedia({media: 'screen'});
      assert.equal(await afterContent(page, '[data-test="external"]'), 'none', 'not on screen');
    });
  });

  it('keeps tables and figures whole where it can', async () => {
    await openForPrint(chapter, async (page) => {
      const tables = await breakInside(page, 'article table');
      assert.ok(tables.length > 0, 'the chapter has a table');
      assert.deepEqual([...new Set(tables)], ['avoid']);
    });
  });
});

describe('printing a case note', () => {
  const note = '/kunnat/palkane/hiilineutraali-etela-pirkanmaa-2030';

  it('shows its phases, tasks, summary box and sources and hides the rest', async () => {
    await openForPrint(note, async (page) => {
      for (const selector of [...SCREEN_ONLY, '.theme-doc-sidebar-container', '.pagination-nav']) {
        assert.equal(await shown(page, selector), false, `${selector} is hidden`);
      }
      for (const selector of [
        'section[aria-labelledby="eteneminen"]',
        '[class*="summary_"]',
        '[class*="sources_"]',
        'article h1',
      ]) {
        assert.equal(await shown(page, selector), true, `${selector} is shown`);
      }
      assert.deepEqual(await breakInside(page, '[class*="summary_"]'), ['avoid']);
    });
  });

  it('fits a handout of at most two A4 pages', async () => {
    await openForPrint(note, async (page) => {
      const pdf = await page.pdf({format: 'A4'});
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
      const document = await pdfjs.getDocument({data: new Uint8Array(pdf)}).promise;
      assert.ok(document.numPages <= 2, `${document.numPages} pages`);
      const first = await (await document.getPage(1)).getTextContent();
      const text = first.items.map((item) => ('str' in item ? item.str : '')).join(' ');
      assert.match(text, /Hiilineutraali Etelä-Pirkanmaa 2030/);
      assert.doesNotMatch(text, /Oliko sivusta apua/);
    });
  });
});

describe('printing the finder', () => {
  it('prints the cards and the result count without the filter controls', async () => {
    await openForPrint('/kaytannot?kunta=akaa', async (page) => {
      assert.equal(await shown(page, 'main fieldset'), false, 'filters are hidden');
      assert.equal(await shown(page, 'main p[role="status"]'), true, 'the count is shown');
      const cards = await breakInside(page, '[class*="card_"]');
      assert.ok(cards.length > 0);
      assert.deepEqual([...new Set(cards)], ['avoid']);
      assert.equal(await shown(page, '[class*="card_"]'), true);
      for (const selector of SCREEN_ONLY) {
        assert.equal(await shown(page, selector), false, `${selector} is hidden`);
      }
    });
  });
});
