/**
 * "Oliko sivusta apua?" in its three configurations: none (the main build),
 * a form service (FEEDBACK_URL: this site's build under a base path, which
 * base-url.test.ts sweeps) and e-mail (FEEDBACK_EMAIL: the fixture site
 * `opas`, built with it for every test file). Each is used by keyboard and
 * checked with axe; the accessibility statement gives the same channel.
 */

import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {after, before, describe, it} from 'node:test';

import {load} from 'cheerio';
import type {Browser, Page} from 'playwright-core';

import {
  axeViolations,
  BASE_PATH_BUILD,
  buildDir,
  buildFixture,
  buildSiteWith,
  FIXTURE_ENV,
  gotoHydrated,
  htmlFileOf,
  launchBrowser,
  serveDir,
  tabPool,
  type Site,
  type Tab,
  type TabPool,
} from './helpers';

const chapter = '/opas/menetelmat/mittarit';
const box = 'section[aria-labelledby^="palaute-"]';

let browser: Browser;
let tabs: TabPool;
before(async () => {
  browser = await launchBrowser();
  tabs = tabPool(await browser.newContext());
});
after(async () => {
  await browser?.close();
});

/** Opens a page of a site in a borrowed tab and hands it to `run` once it has hydrated. */
function open<T>(site: Site, pathname: string, run: (tab: Tab) => Promise<T>): Promise<T> {
  return tabs.use(async (tab) => {
    await gotoHydrated(tab.page, site.origin + pathname);
    return run(tab);
  });
}

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let step = 0; step < 400; step += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  assert.fail(`Tab never reached ${selector}`);
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    return `${element?.tagName.toLowerCase()} ${element?.getAttribute('name') ?? ''} ${element?.value ?? ''}`.trim();
  });

describe('without configuration', () => {
  let site: Site;
  before(async () => {
    site = await serveDir(buildDir);
  });
  after(async () => site?.stop());

  it('asks the question and says whom to contact instead of showing a form', async () => {
    await open(site, chapter, async ({page, errors}) => {
      await page.locator(box).scrollIntoViewIfNeeded();
      assert.equal(await page.locator(`${box} h2`).textContent(), 'Oliko sivusta apua?');
      assert.equal(await page.locator(`${box} form, ${box} textarea`).count(), 0);
      const text = (await page.locator(box).textContent()) ?? '';
      assert.match(text, /ei ole asetettu palautelomaketta/);
      assert.match(text, /Pälkäne.*Valkeakoski.*Akaa.*Urjala/);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(errors, []);
    });
  });

  it('is on every kind of page, in the HTML the server sends', () => {
    for (const pathname of ['/', '/kaytannot', '/kunnat/akaa', '/ajankohtaista', '/haku', '/404']) {
      const $ = load(readFileSync(htmlFileOf(pathname), 'utf8'));
      assert.equal($(`${box} h2`).length, 1, pathname);
      assert.equal($(`${box} h2`).text(), 'Oliko sivusta apua?', pathname);
    }
  });

  it('gives whom to contact in the accessibility statement, with two weeks and the supervisor', async () => {
    await open(site, '/saavutettavuus', async ({page}) => {
      const text = (await page.locator('main').textContent()) ?? '';
      assert.match(text, /kahden viikon kuluessa/);
      assert.match(text, /valvontaviranomai/);
      assert.doesNotMatch(text, /aluehallintovirasto/i);
      assert.ok(await page.locator('main a[href*="saavutettavuusvaatimukset.fi"]').count());
      assert.ok(await page.locator('main a[href="https://www.palkane.fi/"]').count());
      assert.deepEqual(await axeViolations(page), []);
    });
  });
});

describe('with a form service (FEEDBACK_URL), under a base path', () => {
  const form = new URL(BASE_PATH_BUILD.FEEDBACK_URL);
  const base = BASE_PATH_BUILD.BASE_URL.replace(/\/$/, '');
  const chapterHere = base + chapter;
  let site: Site;
  before(async () => {
    const {buildDir: out} = await buildSiteWith(BASE_PATH_BUILD);
    site = await serveDir(out, BASE_PATH_BUILD.BASE_URL);
  });
  after(async () => {
    await site?.stop();
  });

  it('takes an answer and a message by keyboard and sends them with the page address', async () => {
    await open(site, chapterHere, async ({page}) => {
      const sent: string[] = [];
      await page.route(`${form.origin}/**`, async (route) => {
        sent.push(route.request().url());
        await route.fulfill({status: 200, contentType: 'text/html', body: '<p>Kiitos</p>'});
      });
      await tabTo(page, `${box} input[name="apua"]`);
      assert.equal(await focused(page), 'input apua kylla');
      await page.keyboard.press('ArrowRight');
      assert.equal(await focused(page), 'input apua ei');
      assert.equal(await page.locator(`${box} input[value="ei"]`).isChecked(), true);
      await page.keyboard.press('Tab');
      assert.match(await focused(page), /^textarea palaute/);
      await page.keyboard.type('Esimerkki mittarin arvoista & lähteistä');
      await page.keyboard.press('Tab');
      assert.equal(await focused(page), 'button');
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.origin === form.origin);
      assert.equal(sent.length, 1);
      const params = new URL(sent[0]!).searchParams;
      assert.ok(
        form.searchParams.size > 0,
        'the form address of the test has parameters of its own',
      );
      for (const [name, value] of form.searchParams) {
        assert.equal(params.get(name), value, `the service’s own parameter ${name} is kept`);
      }
      assert.equal(new URL(sent[0]!).pathname, form.pathname);
      assert.equal(params.get('sivu'), `${BASE_PATH_BUILD.SITE_URL}${chapterHere}`);
      assert.equal(params.get('apua'), 'ei');
      assert.equal(params.get('palaute'), 'Esimerkki mittarin arvoista & lähteistä');
    });
  });

  it('says what is missing when nothing was chosen, and moves focus to the first choice', async () => {
    await open(site, chapterHere, async ({page}) => {
      await page.locator(`${box} button[type="submit"]`).focus();
      await page.keyboard.press('Enter');
      assert.match(
        (await page.locator(`${box} [role="alert"]`).textContent()) ?? '',
        /Valitse Kyllä tai Ei/,
      );
      assert.equal(await focused(page), 'input apua kylla');
      assert.match(page.url(), /mittarit$/, 'nothing was sent');
    });
  });

  it('has no axe violations, and the statement links the form', async () => {
    for (const pathname of [chapterHere, `${base}/saavutettavuus`]) {
      await open(site, pathname, async ({page, errors}) => {
        assert.deepEqual(await axeViolations(page), [], pathname);
        assert.deepEqual(errors, [], pathname);
        if (pathname.endsWith('/saavutettavuus')) {
          const href = await page
            .locator('main a', {hasText: 'saavutettavuuspalautteen lomake'})
            .getAttribute('href');
          const linked = new URL(href ?? '', 'http://invalid');
          assert.equal(`${linked.origin}${linked.pathname}`, `${form.origin}${form.pathname}`);
          for (const [name, value] of form.searchParams)
            assert.equal(linked.searchParams.get(name), value);
          assert.equal(
            linked.searchParams.get('sivu'),
            `${BASE_PATH_BUILD.SITE_URL}${base}/saavutettavuus`,
          );
        }
      });
    }
  });
});

describe('with e-mail (FEEDBACK_EMAIL), on the fixture site', () => {
  assert.equal(FIXTURE_ENV.opas?.FEEDBACK_EMAIL, 'palaute@example.fi');
  assert.equal(FIXTURE_ENV.opas?.SITE_URL, 'https://opas.example.fi');
  let site: Site;
  before(async () => {
    site = await serveDir((await buildFixture('opas')).buildDir);
  });
  after(async () => {
    await site?.stop();
  });

  it('prefills the message with the page address, the answer and the text, by keyboard', async () => {
    await open(site, chapter, async ({page}) => {
      const link = page.locator(`${box} a`, {hasText: 'Lähetä palaute sähköpostilla'});
      const before = new URL((await link.getAttribute('href')) ?? '');
      assert.equal(before.protocol, 'mailto:');
      assert.match(
        before.searchParams.get('body') ?? '',
        new RegExp(`opas\\.example\\.fi${chapter}`),
      );
      await tabTo(page, `${box} input[name="apua"]`);
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Selkeä luku');
      await page.keyboard.press('Tab');
      assert.match(await focused(page), /^a/);
      const href = (await link.getAttribute('href')) ?? '';
      assert.match(href, /^mailto:palaute@example\.fi\?subject=/);
      const body = new URLSearchParams(href.slice(href.indexOf('?') + 1)).get('body') ?? '';
      assert.match(body, new RegExp(`Sivu: https://opas\\.example\\.fi${chapter}`));
      assert.match(body, /Oliko sivusta apua: Kyllä/);
      assert.match(body, /Selkeä luku/);
    });
  });

  it('has no axe violations, and the statement gives the address', async () => {
    for (const pathname of [chapter, '/saavutettavuus']) {
      await open(site, pathname, async ({page, errors}) => {
        assert.deepEqual(await axeViolations(page), [], pathname);
        assert.deepEqual(errors, [], pathname);
        if (pathname === '/saavutettavuus') {
          assert.ok(await page.locator('main a[href^="mailto:palaute@example.fi"]').count());
        }
      });
    }
  });
});
