import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {after, before, describe, it} from 'node:test';

import type {BrowserContext, Page} from 'playwright-core';

import {axeViolations, sitePaths, watchPage, withSite} from './helpers';

/**
 * The theme's English interface strings, read from the theme's own message
 * catalogue: each placeholder-free fragment of each message.
 */
const englishFragments = (() => {
  const catalogue = JSON.parse(
    readFileSync(
      require.resolve('@docusaurus/theme-translations/locales/base/theme-common.json'),
      'utf8',
    ),
  ) as Record<string, string>;
  const fragments = new Set<string>();
  for (const [key, message] of Object.entries(catalogue)) {
    if (key.endsWith('___DESCRIPTION')) continue;
    for (const form of message.split('|')) {
      for (const part of form.split(/\{\w+\}/)) {
        const fragment = part.trim().replace(/[.:]$/, '');
        if (/[a-z]{3}/i.test(fragment)) fragments.add(fragment);
      }
    }
  }
  return [...fragments];
})();

/** English theme strings found on the page: whole text nodes and labels. */
async function englishOnPage(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const found: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // Code (field names such as `items`) is not interface text.
      if (node.parentElement?.closest('code, pre')) continue;
      const text = node.textContent?.trim();
      if (text) found.push(text);
    }
    for (const element of document.querySelectorAll(
      '[aria-label], [title], [placeholder], [alt]',
    )) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(name)?.trim();
        if (value) found.push(value);
      }
    }
    return found;
  });
  return englishFragments.filter((fragment) =>
    texts.some(
      (text) =>
        text === fragment ||
        text.replace(/[.:]$/, '') === fragment ||
        (fragment.length >= 12 && text.includes(fragment)),
    ),
  );
}

const env = withSite();

const paths = sitePaths();
// A path that no page has: the Finnish 404 page must answer it.
const missingPath = '/tata-sivua-ei-ole';

describe('every page', () => {
  it('the sitemap lists the main routes', () => {
    for (const expected of ['/', '/opas', '/kunnat', '/ajankohtaista', '/saavutettavuus']) {
      assert.ok(paths.includes(expected), `${expected} missing from sitemap`);
    }
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    describe(`in ${colorScheme} mode`, () => {
      let context: BrowserContext;
      before(async () => {
        context = await env.browser.newContext({colorScheme});
      });
      after(async () => {
        await context.close();
      });

      for (const path of [...paths, missingPath]) {
        it(`${path}: loads in Finnish with no console error and no WCAG 2.1 AA violation`, async () => {
          const page = await context.newPage();
          const watch = watchPage(page);
          try {
            const response = await page.goto(env.site.origin + path, {waitUntil: 'networkidle'});
            assert.equal(response?.status(), path === missingPath ? 404 : 200);
            assert.equal(await page.getAttribute('html', 'lang'), 'fi');
            assert.deepEqual(await axeViolations(page), []);
            if (colorScheme === 'light') {
              assert.deepEqual(await englishOnPage(page), []);
            }
            assert.deepEqual(
              watch.errors.filter((error) => !(path === missingPath && error.includes('404'))),
              [],
            );
          } finally {
            await page.close();
          }
        });
      }
    });
  }
});

describe('keyboard and Finnish details', () => {
  it('the skip link is the first stop and moves focus to the main content', async () => {
    const page = await env.browser.newPage();
    try {
      await page.goto(`${env.site.origin}/opas`, {waitUntil: 'networkidle'});
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
      await page.goto(env.site.origin + missingPath, {waitUntil: 'networkidle'});
      assert.equal((await page.locator('h1').textContent())?.trim(), 'Sivua ei löytynyt');
    } finally {
      await page.close();
    }
  });

  it('dates are written the Finnish way (1.5.2021)', async () => {
    const page = await env.browser.newPage();
    try {
      await page.goto(`${env.site.origin}/ajankohtaista/2021/05/01/hanke-alkoi`, {
        waitUntil: 'networkidle',
      });
      assert.equal(
        (await page.locator('article header time').first().textContent())?.trim(),
        '1.5.2021',
      );
      await page.goto(`${env.site.origin}/opas`, {waitUntil: 'networkidle'});
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
      await page.goto(`${env.site.origin}/opas`, {waitUntil: 'networkidle'});
      const toggle = page.getByRole('button', {name: 'Avaa tai sulje valikko'});
      await toggle.click();
      await page.getByRole('link', {name: 'Kunnat'}).first().waitFor({state: 'visible'});
    } finally {
      await context.close();
    }
  });
});
