/**
 * Layout on every width (WCAG 2.1 SC 1.4.10 Reflow, which axe does not
 * test): at 320, 390, 768 and 1,280 px, over one page of every template,
 * no two navbar controls overlap, no page scrolls sideways, and no table
 * hides a column without a visible scroll cue.
 */

import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {gotoHydrated, sitePaths, withSite} from './helpers';

const env = withSite();

const WIDTHS = [320, 390, 768, 1280];

/** One page of each template, found in the sitemap (so content may change). */
function samplePages(): string[] {
  const paths = sitePaths();
  const first = (pattern: RegExp) => {
    const found = paths.find((item) => pattern.test(item));
    assert.ok(found, `no page in the sitemap matches ${pattern}`);
    return found;
  };
  return [
    '/',
    first(/^\/opas$/),
    first(/^\/opas\/menetelmat$/),
    '/opas/menetelmat/mittarit',
    first(/^\/opas\/kaytannot\/[^/]+$/),
    first(/^\/opas\/tyopajat\/[^/]+$/),
    first(/^\/opas\/mittarit\/[^/]+$/),
    '/kunnat',
    first(/^\/kunnat\/[^/]+$/),
    first(/^\/kunnat\/teema\/[^/]+$/),
    first(/^\/kunnat\/(?!teema\/)[^/]+\/[^/]+$/),
    '/kaytannot',
    '/haku?q=ilmasto',
    '/ajankohtaista',
    first(/^\/ajankohtaista\/\d{4}\//),
    '/avoin-data',
    '/pohjat',
    first(/^\/pohjat\/[^/]+$/),
    '/saavutettavuus',
  ];
}

interface Findings {
  overlaps: string[];
  scrollWidth: number;
  clientWidth: number;
  hiddenColumns: string[];
}

/** Runs in the page: the three checks, as text that names what failed. */
function inspect(): Findings {
  const name = (element: Element) => {
    const text = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
    return `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''} "${text.slice(0, 30)}"`;
  };
  const visible = (element: Element) => {
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    return box.width > 0 && box.height > 0 && style.visibility !== 'hidden';
  };

  // Navbar: links, buttons, inputs and the site's name, outside the
  // off-canvas menu; nested ones (the name inside the home link) are one.
  const controls = [
    ...document.querySelectorAll(
      '.navbar__inner a, .navbar__inner button, .navbar__inner input, .navbar__title',
    ),
  ].filter((element) => !element.closest('.navbar-sidebar') && visible(element));
  const overlaps: string[] = [];
  for (let i = 0; i < controls.length; i += 1) {
    for (let j = i + 1; j < controls.length; j += 1) {
      const a = controls[i]!;
      const b = controls[j]!;
      if (a.contains(b) || b.contains(a)) continue;
      const ra = a.getBoundingClientRect();
      const rb = b.getBoundingClientRect();
      const x = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
      const y = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
      if (x > 0.5 && y > 0.5) overlaps.push(`${name(a)} × ${name(b)}`);
    }
  }

  // Tables: a cell outside the box that clips the table must be reachable
  // by scrolling that box, and the box must show a visible cue.
  const hiddenColumns: string[] = [];
  for (const table of document.querySelectorAll('main table, article table')) {
    if (!visible(table)) continue;
    let clip: Element | null = table.parentElement;
    while (clip && getComputedStyle(clip).overflowX === 'visible') clip = clip.parentElement;
    if (!clip || clip === document.documentElement || clip === document.body) continue;
    const clipBox = clip.getBoundingClientRect();
    const cut = [...table.querySelectorAll('th, td')].some(
      (cell) => cell.getBoundingClientRect().right > clipBox.right + 1,
    );
    if (!cut) continue;
    const style = getComputedStyle(clip);
    const scrolls =
      (style.overflowX === 'auto' || style.overflowX === 'scroll') &&
      clip.scrollWidth > clip.clientWidth;
    const cue = [...(clip.parentElement?.querySelectorAll('[data-scroll-cue]') ?? [])].some(
      visible,
    );
    if (!scrolls || !cue) {
      hiddenColumns.push(
        `${name(table.querySelector('caption') ?? table)}: ${scrolls ? 'no visible scroll cue' : 'columns cut off, box does not scroll'}`,
      );
    }
  }
  return {
    overlaps,
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    hiddenColumns,
  };
}

/** Lets the page answer a resize: two frames (resize observers, React's commit) and a task. */
function settle(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)));
  });
}

describe('layout on every width', () => {
  // Each page is loaded once and then resized through the other widths, as
  // a phone turned on its side is; which width a page is loaded at goes
  // round the list, so every width is also met on a fresh load. Loading
  // every page at every width would cost four loads a page for the same
  // checks.
  samplePages().forEach((route, index) => {
    const order = [
      ...WIDTHS.slice(index % WIDTHS.length),
      ...WIDTHS.slice(0, index % WIDTHS.length),
    ];
    it(`${route} at ${order.join(', ')} px: navbar controls apart, no sideways scrolling, no hidden table columns`, async () => {
      await env.tabs.use(
        async ({page}) => {
          const problems: string[] = [];
          await gotoHydrated(page, env.site.origin + route);
          // The search page's results come after hydration: measure them too.
          if (route.startsWith('/haku?')) await page.locator('main ol li a').first().waitFor();
          // Web fonts and late layout settle before measuring.
          await page.evaluate(() => document.fonts.ready);
          for (const width of order) {
            if (width !== order[0]) {
              await page.setViewportSize({width, height: 800});
              await page.evaluate(settle);
            }
            const found = await page.evaluate(inspect);
            for (const overlap of found.overlaps)
              problems.push(`${width} px: navbar overlap ${overlap}`);
            if (found.scrollWidth > found.clientWidth) {
              problems.push(
                `${width} px: scrolls sideways by ${found.scrollWidth - found.clientWidth} px`,
              );
            }
            for (const hidden of found.hiddenColumns) problems.push(`${width} px: table ${hidden}`);
          }
          assert.deepEqual(problems, []);
        },
        {viewport: {width: order[0]!, height: 800}},
      );
    });
  });
});
