import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import type {Page} from 'playwright-core';

import {axeViolations, gotoHydrated, withSite} from './helpers';

/** Search on the fixture site `fixtures/opas/`: its pages are the expected results. */
const env = withSite('opas');

const open = env.open;

/** The search page's own status line (the navbar box has one too). */
const pageStatus = (page: Page) =>
  page.locator('section[aria-labelledby="hakutulokset"] [role="status"]');

const searchBox = (page: Page) => page.getByRole('combobox', {name: 'Hae oppaasta'});
/** A result option (the "all results" option is there before any result). */
const firstResult = (page: Page) => page.locator('[role="group"] [role="option"]').first();

describe('the navbar search box', () => {
  it('fetches nothing of the index until someone searches', async () => {
    const fromSearch = () => env.site.requests.filter((path) => path.startsWith('/search/'));
    await open('/opas/menetelmat/mittarit', async ({page}) => {
      env.site.requests.length = 0;
      await searchBox(page).focus();
      await page.waitForTimeout(300);
      assert.deepEqual(fromSearch(), []);
      await page.keyboard.type('mittari');
      await firstResult(page).waitFor();
      assert.equal(fromSearch()[0], '/search/index.json');
      assert.ok(
        fromSearch().some((path) => path.includes('/t/')),
        'a term shard',
      );
      assert.ok(
        fromSearch().some((path) => path.includes('/c/')),
        'a text chunk',
      );
    });
  });

  for (const shortcut of ['Control+k', 'Meta+k', '/']) {
    it(`opens with ${shortcut}`, async () => {
      await open('/opas', async ({page}) => {
        await page.locator('main').click({position: {x: 5, y: 5}});
        await page.keyboard.press(shortcut);
        assert.equal(await searchBox(page).evaluate((el) => el === document.activeElement), true);
      });
    });
  }

  it('shows results as you type, grouped by content type, and opens one by keyboard with the words highlighted', async () => {
    await open('/opas', async ({page, errors}) => {
      await page.keyboard.press('Control+k');
      await page.keyboard.type('kaavoitus');
      const listbox = page.getByRole('listbox', {name: 'Hakutulokset'});
      await firstResult(page).waitFor();
      assert.equal(await searchBox(page).getAttribute('aria-expanded'), 'true');
      const groups = await listbox
        .getByRole('group')
        .evaluateAll((nodes) =>
          nodes.map(
            (node) => document.getElementById(node.getAttribute('aria-labelledby')!)?.textContent,
          ),
        );
      // The fixture has a chapter, a practice and a workshop on zoning.
      assert.ok(groups.length >= 3, groups.join(', '));
      assert.ok(groups.includes('Oppaan luvut'));
      const status = (await page.locator('.navbar [role="status"]').textContent()) ?? '';
      assert.match(status, /^\d+ tulosta\. Selaa nuolinäppäimillä\.$/);
      assert.deepEqual(await axeViolations(page), []);

      await page.keyboard.press('ArrowDown');
      const first = page.getByRole('option').first();
      assert.equal(await first.getAttribute('aria-selected'), 'true');
      assert.equal(
        await searchBox(page).getAttribute('aria-activedescendant'),
        await first.getAttribute('id'),
      );
      await page.keyboard.press('Enter');
      await page.waitForURL(/korosta=/);
      await page.locator('mark.search-highlight').first().waitFor();
      const marked = await page.locator('mark.search-highlight').allTextContents();
      assert.ok(
        marked.every((word) => /^kaavoi/i.test(word)),
        marked.join(', '),
      );
      assert.deepEqual(errors, []);
    });
  });

  it('Escape closes the list; Enter with nothing chosen opens all results', async () => {
    await open('/opas', async ({page}) => {
      await searchBox(page).fill('ilmastojohtaminen');
      await firstResult(page).waitFor();
      await page.keyboard.press('Escape');
      assert.equal(await searchBox(page).getAttribute('aria-expanded'), 'false');
      assert.equal(await searchBox(page).inputValue(), 'ilmastojohtaminen');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/haku\?q=ilmastojohtaminen$/);
    });
  });
});

describe('the search page', () => {
  const resultPaths = (page: Page) =>
    page
      .locator('section[aria-labelledby="hakutulokset"] ol h3 a')
      .evaluateAll((links) =>
        links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
      );

  it('keeps query and filters in the URL, with counts, and the back button works', async () => {
    await open('/haku?q=johtaminen', async ({page, errors}) => {
      const status = pageStatus(page).filter({hasText: 'Haulla'});
      await status.waitFor();
      const total = Number(/löytyi (\d+)/.exec((await status.textContent()) ?? '')?.[1]);
      assert.ok(total > 3);
      // A compound found by its last part, marked in the snippet.
      const marks = await page
        .locator('section[aria-labelledby="hakutulokset"] mark')
        .allTextContents();
      assert.ok(
        marks.some((word) => /^ilmastojohtami/i.test(word)),
        marks.join(', '),
      );

      const practices = page.getByLabel(/^Hyvät käytännöt \(\d+\)$/);
      const label = (await page.locator('label[for="rajaus-tyyppi-kaytanto"]').textContent()) ?? '';
      const count = Number(/\((\d+)\)/.exec(label)?.[1]);
      assert.ok(count > 0, label);
      await practices.check();
      await page.waitForURL(/\/haku\?q=johtaminen&tyyppi=kaytanto$/);
      await pageStatus(page)
        .filter({hasText: `löytyi ${count}`})
        .waitFor();
      // Both practices of the fixture mention ilmastojohtaminen.
      assert.deepEqual([...new Set(await resultPaths(page))].sort(), [
        '/opas/kaytannot/energiaseuranta',
        '/opas/kaytannot/kaavoituksen-tyopaja',
      ]);
      assert.deepEqual(await axeViolations(page), []);

      await page.goBack();
      await page.waitForURL(/\/haku\?q=johtaminen$/);
      await pageStatus(page)
        .filter({hasText: `löytyi ${total}`})
        .waitFor();
      assert.deepEqual(errors, []);
    });
  });

  it('a search URL opened in a new browser shows the same results', async () => {
    const url = '/haku?q=energia&kunta=akaa';
    const expected = await open(url, async ({page}) => {
      await pageStatus(page).filter({hasText: 'Haulla'}).waitFor();
      return resultPaths(page);
    });
    assert.ok(expected.includes('/kunnat/akaa/energiakatselmus'), expected.join(', '));
    const context = await env.browser.newContext();
    const page = await context.newPage();
    try {
      await gotoHydrated(page, env.site.origin + url);
      await pageStatus(page).filter({hasText: 'Haulla'}).waitFor();
      assert.deepEqual(await resultPaths(page), expected);
      assert.equal(await page.getByLabel(/^Akaa \(\d+\)$/).isChecked(), true);
      assert.equal(await page.getByLabel('Hakusana').inputValue(), 'energia');
    } finally {
      await context.close();
    }
  });

  it('suggests a word when nothing is found', async () => {
    await open('/haku?q=kaavoituksesa', async ({page}) => {
      await pageStatus(page).filter({hasText: 'löytyi 0 tulosta'}).waitFor();
      const suggestion = page.getByRole('link', {name: 'kaavoituksessa'});
      await suggestion.click();
      await page.waitForURL(/q=kaavoituksessa$/);
      await pageStatus(page)
        .filter({hasText: /löytyi [1-9]/})
        .waitFor();
    });
  });

  const hostile: [string, string, RegExp][] = [
    [
      'lunr syntax',
      'kaavoitus~2 ^3 +ilmasto -x title:*',
      /^Haulla ”.*” löytyi [1-9]\d* tulosta?\.$/,
    ],
    ['only syntax characters', ': ~ ^ * + -', /^Hakusanassa ei ole kirjaimia eikä numeroita/],
    ['quotes', '"kaavoitus" \'ilmasto', /löytyi [1-9]/],
    [
      'markup',
      '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>',
      /^Haulla ”<img src=x onerror=.*” löytyi \d+ tulosta?\.$/,
    ],
    ['emoji', '🌍😀', /^Hakusanassa ei ole kirjaimia eikä numeroita/],
    ['a 10,000-character paste', 'ilmasto '.repeat(1250), /löytyi [1-9]/],
  ];
  for (const [name, query, expected] of hostile) {
    it(`${name}: a friendly answer, no exception, no injected markup`, async () => {
      await open('/haku', async ({page, errors}) => {
        await page.getByLabel('Hakusana').fill(query);
        await page.getByRole('button', {name: 'Hae'}).click();
        const status = pageStatus(page)
          .filter({hasNotText: 'Haetaan'})
          .filter({hasNotText: 'Kirjoita hakusana ja paina'});
        await status.waitFor();
        assert.match((await status.textContent()) ?? '', expected);
        if (query.length > 200) {
          await page
            .getByText('Hakusana oli pitkä, joten haettiin sen 200 ensimmäisellä merkillä.')
            .waitFor();
        }
        assert.equal(
          await page.evaluate(() => (window as unknown as {pwned?: number}).pwned),
          undefined,
        );
        assert.equal(await page.locator('main img[src="x"], main script').count(), 0);
        assert.deepEqual(errors, []);
      });
    });
  }

  it('empty input asks for a word', async () => {
    await open('/haku', async ({page}) => {
      await page.getByRole('button', {name: 'Hae'}).click();
      assert.equal(await pageStatus(page).textContent(), 'Kirjoita hakusana ja paina Hae.');
    });
  });
});
