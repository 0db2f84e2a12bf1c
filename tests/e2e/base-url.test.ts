/**
 * The site under a base path: a build with `BASE_URL=/opas/` into a folder
 * of its own (`BASE_PATH_BUILD`, shared with feedback.test.ts), served only
 * under `/opas/`. Every page of its sitemap is in Finnish and refers only
 * to addresses under the base, each of which answers; every page and the
 * 404 page pass the same sweep as the main build's pages (sweep.ts: axe,
 * Finnish, no console error or failed request; the first and the last page
 * of every template in dark mode too), served here without the shipped
 * headers, which pages.test.ts checks with nginx; search finds results and
 * links inside the base; the finder filters; the feeds, the open data and
 * the editor are where the pages say they are. (The guide's own route
 * `/opas/` becomes `/opas/opas/` under this base.)
 */

import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {after, before, describe, it} from 'node:test';

import {load} from 'cheerio';
import type {Browser, Page} from 'playwright-core';

import {
  BASE_PATH_BUILD,
  buildSiteWith,
  gotoHydrated,
  launchBrowser,
  pagesByTemplate,
  serveBuild,
  tabPool,
  templateOf,
  templateSample,
  watchPage,
  type Site,
  type TabPool,
} from './helpers';
import {sweepPage} from './sweep';

const BASE = BASE_PATH_BUILD.BASE_URL;
let outDir: string;
let site: Site;
let browser: Browser;
let tabs: TabPool;

before(async () => {
  outDir = (await buildSiteWith(BASE_PATH_BUILD)).buildDir;
  site = await serveBuild({dir: outDir, baseUrl: BASE});
  browser = await launchBrowser();
  tabs = tabPool(await browser.newContext());
});

after(async () => {
  await browser?.close();
  await site?.stop();
});

function sitemapPaths(): string[] {
  const sitemap = readFileSync(path.join(outDir, 'sitemap.xml'), 'utf8');
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}

/** Opens a page in a borrowed tab and hands it to `run` once it has hydrated. */
function open<T>(
  pathname: string,
  run: (opened: {page: Page; errors: string[]; status: number | undefined}) => Promise<T>,
): Promise<T> {
  return tabs.use(async ({page, errors}) => {
    const response = await gotoHydrated(page, site.origin + pathname);
    return run({page, errors, status: response?.status()});
  });
}

describe('a build under BASE_URL=/opas/', () => {
  it('lists every page under the base in its sitemap', () => {
    const paths = sitemapPaths();
    assert.ok(paths.length > 40, `${paths.length} pages`);
    assert.deepEqual(
      paths.filter((pathname) => !pathname.startsWith(BASE)),
      [],
    );
    for (const route of ['/opas/', '/opas/opas', '/opas/kunnat', '/opas/kaytannot', '/opas/haku'])
      assert.ok(paths.includes(route), route);
  });

  it('every page of the sitemap links, loads and refers only to addresses under the base, and each answers', async () => {
    const failures: string[] = [];
    const targets = new Map<string, string>();
    for (const pathname of sitemapPaths()) {
      const response = await fetch(site.origin + pathname);
      if (response.status !== 200) failures.push(`${pathname}: ${response.status}`);
      const $ = load(await response.text());
      if ($('html').attr('lang') !== 'fi') failures.push(`${pathname}: not in Finnish`);
      $('a[href], link[href], script[src], img[src], source[srcset], form[action]').each(
        (_, element) => {
          const value =
            $(element).attr('href') ??
            $(element).attr('src') ??
            $(element).attr('action') ??
            $(element).attr('srcset')?.split(/\s/)[0];
          if (!value || !value.startsWith('/') || value.startsWith('//')) return;
          if (!value.startsWith(BASE)) failures.push(`${pathname}: ${value} is outside ${BASE}`);
          else targets.set(value.replace(/[?#].*$/, ''), pathname);
        },
      );
    }
    assert.ok(targets.size > 100, `${targets.size} addresses`);
    for (const [target, from] of targets) {
      // The PDF files are printed from a build by `npm run pdf` (pdf.test.ts
      // checks them), not by the build itself; their addresses are checked above.
      if (target.endsWith('.pdf')) continue;
      const response = await fetch(site.origin + target, {method: 'HEAD'});
      if (response.status !== 200) failures.push(`${from}: ${target} answers ${response.status}`);
    }
    assert.deepEqual(failures, []);
  });

  it('every page and the 404 page pass the page sweep of pages.test.ts, the template samples in dark mode too', async () => {
    const missing = `${BASE}tata-sivua-ei-ole`;
    const paths = [...sitemapPaths(), missing];
    const sample = new Set(
      templateSample(
        pagesByTemplate(paths, (pathname) =>
          templateOf(pathname === missing ? `${BASE}404` : pathname, outDir, BASE),
        ),
      ),
    );
    assert.ok(sample.size >= 8 && sample.size < paths.length, `${sample.size} pages`);
    const failures: string[] = [];
    // Four pages at a time, as pages.test.ts runs its sweep.
    const queue = [...paths];
    await Promise.all(
      Array.from({length: 4}, async () => {
        for (let pathname = queue.shift(); pathname; pathname = queue.shift()) {
          const url = site.origin + pathname;
          await tabs
            .use((tab) =>
              sweepPage(tab, url, {missing: pathname === missing, dark: sample.has(pathname)}),
            )
            .catch((error: unknown) =>
              failures.push(`${pathname}: ${error instanceof Error ? error.message : error}`),
            );
        }
      }),
    );
    assert.deepEqual(failures, []);
  });

  it('links from the home page into the guide, not back to itself', async () => {
    await open(BASE, async ({page}) => {
      const hrefs = await page.$$eval('main a', (links) =>
        links.map((a) => a.getAttribute('href')),
      );
      assert.ok(hrefs.includes('/opas/opas'), hrefs.join(' '));
      assert.ok(hrefs.includes('/opas/kaytannot'));
    });
  });

  it('search finds results and links inside the base', async () => {
    await open(`${BASE}haku?q=kaavoitus`, async ({page, errors}) => {
      await page.locator('ol li a').first().waitFor();
      const hrefs = await page.$$eval('ol li a', (links) =>
        links.map((a) => a.getAttribute('href')),
      );
      assert.ok(hrefs.length > 0);
      for (const href of hrefs) assert.ok(href?.startsWith(BASE), href ?? '');
      assert.ok(site.requests.includes(`${BASE}search/index.json`));
      assert.deepEqual(errors, []);
    });
  });

  it('the finder filters, with its state in the URL under the base', async () => {
    await open(`${BASE}kaytannot`, async ({page, errors}) => {
      const status = page.locator('main p[role="status"]');
      const before = await status.textContent();
      await page
        .getByLabel(/^Urjala/)
        .first()
        .check();
      await page.waitForURL(/\/opas\/kaytannot\?kunta=urjala$/);
      // The count is shown once the filter data has loaded; until then the status says so.
      await page.locator('main p[role="status"]', {hasText: 'Rajauksilla löytyi'}).waitFor();
      assert.notEqual(await status.textContent(), before);
      assert.match((await status.textContent()) ?? '', /^Rajauksilla löytyi \d+ \/ \d+\.$/);
      assert.deepEqual(errors, []);
    });
  });

  it('feeds and open data are under the base, and their links too', async () => {
    for (const file of ['kunnat/rss.xml', 'kunnat/atom.xml', 'ajankohtaista/rss.xml']) {
      const response = await fetch(`${site.origin}${BASE}${file}`);
      assert.equal(response.status, 200, file);
      const text = await response.text();
      assert.ok(text.includes('/opas/kunnat') || text.includes('/opas/ajankohtaista'), file);
    }
    const data = (await (await fetch(`${site.origin}${BASE}data/tapaukset.json`)).json()) as {
      items: {id: string; url: string}[];
    };
    assert.ok(data.items.length > 0);
    for (const item of data.items) {
      assert.ok(new URL(item.url).pathname.startsWith('/opas/kunnat/'), item.url);
      assert.match(item.id, /^kunnat\//);
    }
    const schema = await fetch(`${site.origin}${BASE}data/tapaukset.schema.json`);
    assert.equal(schema.status, 200);
    await open(`${BASE}kunnat`, async ({page}) => {
      const feeds = await page.$$eval('link[rel="alternate"]', (links) =>
        links.map((link) => link.getAttribute('href')),
      );
      assert.ok(feeds.includes('/opas/kunnat/rss.xml'), feeds.join(' '));
    });
  });

  it('the editor loads its bundle and config under the base', async () => {
    const page = await browser.newPage();
    const watch = watchPage(page);
    const loaded: string[] = [];
    page.on('response', (response) => {
      if (response.status() === 200) loaded.push(new URL(response.url()).pathname);
    });
    // Waiting starts before the page loads, so a quick answer is not missed.
    const config = page.waitForResponse((response) => response.url().endsWith('/admin/config.yml'));
    await page.goto(`${site.origin}${BASE}admin/`, {waitUntil: 'load'});
    assert.equal((await config).status(), 200);
    assert.ok(loaded.includes(`${BASE}admin/cms.js`), loaded.join(' '));
    // The local proxy is not running here; only the site's own files count.
    const own = watch.errors.filter((error) => error.includes(site.origin));
    assert.deepEqual(own, []);
    const editLinks = await open(`${BASE}opas/menetelmat/mittarit`, async ({page: doc}) => {
      const hrefs = await doc.$$eval('a', (links) => links.map((a) => a.getAttribute('href')));
      return hrefs.filter((href) => href?.includes('/admin/'));
    });
    assert.ok(editLinks.length > 0);
    for (const href of editLinks) assert.ok(href!.startsWith('/opas/admin/#/'), href!);
    await page.close();
  });
});
