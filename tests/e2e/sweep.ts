/**
 * The page sweep's checks of one page, shared by the sweep over the main
 * build (pages.test.ts, served by nginx with the shipped headers) and the
 * same sweep over the build under a base path (base-url.test.ts).
 */

import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';

import type {Page} from 'playwright-core';

import {axeViolations, gotoHydrated, type Tab} from './helpers';

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
export async function englishOnPage(page: Page): Promise<string[]> {
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

/** How the sweep checks a page. */
export interface SweepCheck {
  /** The address answers with the 404 page (its own 404 status and error are expected). */
  missing?: boolean;
  /** Also turn the system to dark mode and run axe again. */
  dark?: boolean;
}

/**
 * Opens `url` in a lent tab and checks it: the status, Finnish, the light
 * colour mode, no WCAG 2.1 AA violation (axe), no English interface text,
 * then (`dark`) axe again in dark mode, and no console error, failed
 * request or Content-Security-Policy violation. Throws at the first failure.
 */
export async function sweepPage(
  {page, errors, csp}: Tab,
  url: string,
  {missing = false, dark = false}: SweepCheck = {},
): Promise<void> {
  const response = await gotoHydrated(page, url);
  assert.equal(response?.status(), missing ? 404 : 200);
  assert.equal(await page.getAttribute('html', 'lang'), 'fi');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'light');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(await englishOnPage(page), []);
  if (dark) {
    // The reader's system turns to dark mode: the page follows it, and
    // passes axe again in its dark colours.
    await page.emulateMedia({colorScheme: 'dark'});
    await page.locator('html[data-theme="dark"]').waitFor({state: 'attached'});
    // The theme eases colours from one mode to the other; axe measures the end.
    await page.evaluate(() =>
      Promise.allSettled(document.getAnimations().map((animation) => animation.finished)),
    );
    assert.deepEqual(await axeViolations(page), [], 'in dark mode');
  }
  assert.deepEqual(
    errors.filter((error) => !(missing && error.includes('404'))),
    [],
  );
  assert.deepEqual(csp, [], 'Content-Security-Policy violations');
}
