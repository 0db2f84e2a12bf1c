import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';

import type {Browser, BrowserContext} from 'playwright-core';

import {
  axeViolations,
  gotoHydrated,
  launchBrowser,
  pagesByTemplate,
  sitePaths,
  tabPool,
  templateOf,
  templateSample,
  type TabPool,
} from './helpers';
import {startNginx, type Nginx} from './nginx';
import {sweepPage} from './sweep';

/**
 * The sweep over the real site's pages: every page of the sitemap and the
 * 404 page, several at a time, served by nginx with the shipped
 * configuration and headers (deploy/), so each page also runs under the
 * shipped Content-Security-Policy. Every page is checked in the default
 * (light) colour mode; on the first and the last page of each template the
 * system then turns to dark mode and axe runs again, and one page is also
 * opened in dark mode. Nothing here names a page of the guide, so the content can
 * change freely.
 */

const env = {} as {site: Nginx; browser: Browser};
before(async () => {
  env.site = await startNginx();
  env.browser = await launchBrowser();
});
after(async () => {
  await env.browser?.close();
  await env.site?.stop();
});

const paths = sitePaths();
// A path that no page has: the Finnish 404 page must answer it.
const missingPath = '/tata-sivua-ei-ole';

const allPaths = [...paths, missingPath];
const templateOfPath = (sitePath: string) =>
  templateOf(sitePath === missingPath ? '/404' : sitePath);
const byTemplate = pagesByTemplate(allPaths, templateOfPath);
const darkSample = templateSample(byTemplate);

/** Pages loaded at once: the browser waits on the network and renders while axe runs. */
const CONCURRENCY = 4;

describe('every page', {concurrency: CONCURRENCY}, () => {
  // One context, so that pages share the browser's cache of hashed files as
  // a reader's pages do, and tabs that go from page to page as a reader's do.
  let context: BrowserContext;
  let tabs: TabPool;
  before(async () => {
    context = await env.browser.newContext({colorScheme: 'light'});
    tabs = tabPool(context);
  });
  after(async () => {
    await context?.close();
  });

  it('the sitemap lists the main routes, and the dark-mode sample covers every template', () => {
    for (const expected of ['/', '/opas', '/kunnat', '/ajankohtaista', '/saavutettavuus']) {
      assert.ok(paths.includes(expected), `${expected} missing from sitemap`);
    }
    assert.ok(byTemplate.size >= 8, [...byTemplate.keys()].join('\n'));
    assert.deepEqual(
      [...byTemplate.keys()].filter(
        (template) => !darkSample.some((sample) => templateOfPath(sample) === template),
      ),
      [],
    );
  });

  const check = (path: string, dark: boolean) => () =>
    tabs.use((tab) =>
      sweepPage(tab, env.site.origin + path, {missing: path === missingPath, dark}),
    );

  const inDark = new Set(darkSample);
  for (const path of allPaths) {
    it(
      `${path}: loads in Finnish under the shipped headers with no console error or CSP violation, no English interface text and no WCAG 2.1 AA violation${inDark.has(path) ? `, in light and dark mode (template ${templateOfPath(path)})` : ''}`,
      check(path, inDark.has(path)),
    );
  }

  it('a page opened with the system in dark mode opens in dark mode, with no WCAG 2.1 AA violation', async () => {
    const dark = await env.browser.newContext({colorScheme: 'dark'});
    try {
      const page = await dark.newPage();
      await gotoHydrated(page, `${env.site.origin}/`);
      assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
      assert.deepEqual(await axeViolations(page), []);
    } finally {
      await dark.close();
    }
  });
});

describe('keyboard and Finnish details', {concurrency: CONCURRENCY}, () => {
  it('the skip link is the first stop and moves focus to the main content', async () => {
    const page = await env.browser.newPage();
    try {
      await gotoHydrated(page, `${env.site.origin}/opas`);
      await page.keyboard.press('Tab');
      const first = page.locator(':focus');
      assert.equal((await first.textContent())?.trim(), 'Siirry pääsisältöön');
      await page.keyboard.press('Enter');
      // The theme focuses <main> for a moment and Chromium lets go of it,
      // but the focus starting point stays there: the next Tab must land in
      // the main content, not in the navbar.
      await page.keyboard.press('Tab');
      const inMain = await page.evaluate(() => {
        const active = document.activeElement;
        const main = document.querySelector('main');
        return Boolean(active && main && (main === active || main.contains(active)));
      });
      assert.ok(inMain, 'focus did not move into <main>');
    } finally {
      await page.close();
    }
  });

  it('the 404 page speaks Finnish', async () => {
    const page = await env.browser.newPage();
    try {
      await gotoHydrated(page, env.site.origin + missingPath);
      assert.equal((await page.locator('h1').textContent())?.trim(), 'Sivua ei löytynyt');
    } finally {
      await page.close();
    }
  });

  it('dates are written the Finnish way (1.5.2021)', async () => {
    // A news post's address holds its date: /ajankohtaista/2021/05/01/…
    const post = paths.find((path) => /^\/ajankohtaista\/\d{4}\/\d{2}\/\d{2}\//.test(path));
    assert.ok(post, 'no news post in the sitemap');
    const [, year, month, day] = /(\d{4})\/(\d{2})\/(\d{2})/.exec(post)!;
    const page = await env.browser.newPage();
    try {
      await gotoHydrated(page, env.site.origin + post);
      assert.equal(
        (await page.locator('article header time').first().textContent())?.trim(),
        `${Number(day)}.${Number(month)}.${year}`,
      );
      await gotoHydrated(page, `${env.site.origin}/opas`);
      const updated = await page.locator('.theme-last-updated').textContent();
      assert.match(updated ?? '', /^Päivitetty \d{1,2}\.\d{1,2}\.\d{4}$/);
    } finally {
      await page.close();
    }
  });

  it('on a phone, the menu button has a Finnish name and opens the menu', async () => {
    const context = await env.browser.newContext({viewport: {width: 390, height: 844}});
    const page = await context.newPage();
    try {
      await gotoHydrated(page, `${env.site.origin}/opas`);
      const toggle = page.getByRole('button', {name: 'Avaa tai sulje valikko'});
      await toggle.click();
      await page.getByRole('link', {name: 'Kunnat'}).first().waitFor({state: 'visible'});
    } finally {
      await context.close();
    }
  });
});
