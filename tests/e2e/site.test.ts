import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';

import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type {Page} from 'playwright-core';

import {municipalities, municipalityKeys} from '../../src/data/municipalities';
import {phaseKeys, phases} from '../../src/data/phases';
import {themeKeys, type ThemeKey} from '../../src/data/themes';
import {axeViolations, gotoHydrated, watchPage, withSite} from './helpers';

/**
 * The pages built from the content model, on the fixture site
 * `fixtures/opas/`: its seven case notes and two practices are the
 * expected figures, written out here by hand.
 */
const env = withSite('opas');

const open = env.open;

/** The fixture's case notes: site path → municipality, phase and themes. */
const NOTES = {
  '/kunnat/palkane/yhteishanke': ['palkane', 'valmis', ['johtaminen', 'osallisuus']],
  '/kunnat/palkane/seuranta': ['palkane', 'toteutus', ['johtaminen']],
  '/kunnat/valkeakoski/verkosto': ['valkeakoski', 'paatetty', ['johtaminen']],
  '/kunnat/akaa/energiakatselmus': ['akaa', 'toteutus', ['energia']],
  '/kunnat/akaa/esimerkki-ilta': ['akaa', 'idea', ['osallisuus']],
  '/kunnat/urjala/pyorailyreitit': ['urjala', 'toteutus', ['liikkuminen']],
  '/kunnat/urjala/ohjelma': ['urjala', 'suunnittelu', ['johtaminen', 'kulutus']],
} as const;
const PRACTICES = ['/opas/kaytannot/energiaseuranta', '/opas/kaytannot/kaavoituksen-tyopaja'];
const notePaths = Object.keys(NOTES);

describe('a case note page', () => {
  const notePath = '/kunnat/palkane/yhteishanke';

  it('shows the phases as a list with the current phase marked for everyone', async () => {
    await open(notePath, async ({page}) => {
      const steps = page.locator('section[aria-labelledby="eteneminen"] ol > li');
      assert.deepEqual(
        (await steps.allTextContents()).map((text) => text.replace(/[✓●]/g, '').trim()),
        [
          'Idea (tehty)',
          'Päätetty käynnistää (tehty)',
          'Suunnittelu (tehty)',
          'Toteutus (tehty)',
          'ValmisNykyinen vaihe',
        ],
      );
      const current = page.locator('[aria-current="step"]');
      assert.equal(await current.count(), 1);
      assert.match((await current.textContent()) ?? '', /Valmis.*Nykyinen vaihe/);
      assert.equal(
        await page
          .locator('section[aria-labelledby="eteneminen"] ol > li[aria-current="step"]')
          .count(),
        1,
        'aria-current belongs on the list item itself',
      );
    });
  });

  it('shows its parts in order: phases, description, tasks done and to do, summary, sources', async () => {
    await open(notePath, async ({page}) => {
      // Heading anchors end in a zero-width space.
      const headings = (await page.locator('article h2').allTextContents()).map((text) =>
        text.replace(/\u200b/g, '').trim(),
      );
      const order = [
        'Eteneminen',
        'Tavoitteet',
        'Mitä on tehty?',
        'Mitä on tehtävä?',
        'Yhteenveto ja yhteystiedot',
        'Lähteet',
      ];
      const positions = order.map((heading) => headings.indexOf(heading));
      assert.ok(
        positions.every((position) => position >= 0),
        headings.join(' | '),
      );
      assert.deepEqual(
        [...positions].sort((a, b) => a - b),
        positions,
      );

      // Written in the file in another order: the page puts the newest first.
      const done = await page
        .locator('section[aria-labelledby="mita-on-tehty"] li')
        .allTextContents();
      assert.deepEqual(
        done.map((text) => text.split(' ')[0]),
        ['30.11.2022', '7.4.2022', '24.3.2022'],
      );
      const todo =
        (await page.locator('section[aria-labelledby="mita-on-tehtava"]').textContent()) ?? '';
      assert.ok(todo.includes('Seurannan vuosiraportti'), todo);
      const summary =
        (await page.locator('section[aria-labelledby="yhteenveto"]').textContent()) ?? '';
      for (const expected of [
        '1.5.2021–30.9.2022',
        'Pälkäneen kunta',
        'Testin yhteyshenkilö, Pälkäneen kunta',
        'Tietoja päivitetty30.1.2023',
      ]) {
        assert.ok(summary.includes(expected), `${expected} not in: ${summary}`);
      }
      const themeLink = page.locator('section[aria-labelledby="yhteenveto"] a', {
        hasText: 'Ilmastojohtaminen',
      });
      assert.equal(await themeLink.getAttribute('href'), '/kaytannot?teema=johtaminen');
    });
  });

  it('an example note says so before anything else', async () => {
    await open('/kunnat/akaa/esimerkki-ilta', async ({page}) => {
      const notice = page.locator('article [role="note"]').first();
      assert.ok(await notice.isVisible());
      assert.match((await notice.textContent()) ?? '', /^Esimerkki\./);
    });
  });
});

describe('municipality pages', () => {
  it('/kunnat shows each municipality’s notes per phase', async () => {
    await open('/kunnat', async ({page}) => {
      const rows = page.locator(
        'table:has(caption:text("Esimerkit kunnittain ja vaiheittain")) tbody tr',
      );
      // Phases in order: idea, päätetty, suunnittelu, toteutus, valmis.
      const expected: Record<string, number[]> = {
        palkane: [0, 0, 0, 1, 1],
        valkeakoski: [0, 1, 0, 0, 0],
        akaa: [1, 0, 0, 1, 0],
        urjala: [0, 0, 1, 1, 0],
      };
      assert.equal(await rows.count(), municipalityKeys.length);
      for (const [index, key] of municipalityKeys.entries()) {
        const counts = expected[key]!;
        const cells = await rows.nth(index).locator('th, td').allTextContents();
        assert.deepEqual(cells, [
          municipalities[key].label,
          ...counts.map(String),
          String(counts.reduce((a, b) => a + b, 0)),
        ]);
        const chart = page.locator(`svg[aria-labelledby="kaavio-${key}"] title`);
        assert.equal(
          await chart.textContent(),
          `${municipalities[key].label}, esimerkit vaiheittain: ${phaseKeys
            .map((phase, i) => `${phases[phase].label} ${counts[i]}`)
            .join(', ')}.`,
        );
      }
    });
  });

  for (const key of municipalityKeys) {
    it(`/kunnat/${key} lists every note of the municipality, and counts them by theme`, async () => {
      const notes = Object.entries(NOTES).filter(([, [municipality]]) => municipality === key);
      await open(`/kunnat/${key}`, async ({page, errors}) => {
        const links = await page
          .locator('section[aria-labelledby="esimerkit"] article h3 a')
          .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
        assert.deepEqual([...links].sort(), notes.map(([notePath]) => notePath).sort());
        // One page of notes: the fixture has fewer than a page's worth.
        assert.equal(await page.locator('nav a[rel="next"]').count(), 0);
        const themeCounts = new Map<string, number>();
        for (const [, [, , themes]] of notes) {
          for (const theme of themes) themeCounts.set(theme, (themeCounts.get(theme) ?? 0) + 1);
        }
        const listed = await page
          .locator('section[aria-labelledby="teemat"] li')
          .evaluateAll((items) =>
            items.map((item) => [
              new URL((item.querySelector('a') as HTMLAnchorElement).href).searchParams.get(
                'teema',
              ),
              item.textContent,
            ]),
          );
        assert.deepEqual(
          listed.map(([theme, text]) => [theme, Number(/\((\d+)\)$/.exec(text ?? '')?.[1])]),
          [...themeCounts].sort(
            ([a], [b]) => themeKeys.indexOf(a as ThemeKey) - themeKeys.indexOf(b as ThemeKey),
          ),
        );
        assert.deepEqual(errors, []);
      });
    });
  }

  it('/kunnat/teema/<teema> lists the notes of a theme from every municipality', async () => {
    await open('/kunnat/teema/johtaminen', async ({page, errors}) => {
      const links = await page
        .locator('section[aria-labelledby="esimerkit"] article h3 a')
        .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
      assert.deepEqual(
        [...links].sort(),
        Object.entries(NOTES)
          .filter(([, [, , themes]]) => (themes as readonly string[]).includes('johtaminen'))
          .map(([notePath]) => notePath)
          .sort(),
      );
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(errors, []);
    });
  });

  it('a case note shows the index pages in its sidebar, not the other notes', async () => {
    await open(notePaths[0]!, async ({page}) => {
      const sidebar = await page
        .locator('.theme-doc-sidebar-menu a')
        .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
      assert.ok(sidebar.includes('/kunnat/akaa'), sidebar.join(' '));
      assert.ok(sidebar.includes('/kunnat/teema/energia'), sidebar.join(' '));
      for (const notePath of notePaths) assert.ok(!sidebar.includes(notePath), notePath);
    });
  });
});

describe('the finder', () => {
  /**
   * Filtered results arrive from the finder's data files: wait until the
   * list is no longer busy and the count is announced.
   */
  const settled = async (page: Page) => {
    await page.waitForFunction(
      () =>
        !document.querySelector('section[aria-labelledby="tulokset"] [aria-busy="true"]') &&
        !/Haetaan/.test(document.querySelector('main [role="status"]')?.textContent ?? ''),
    );
  };
  const resultTitles = async (page: Page) => {
    await settled(page);
    return page.locator('section[aria-labelledby="tulokset"] article h3').allTextContents();
  };

  it('lists everything in the pre-rendered HTML, before any JavaScript', () => {
    const html = readFileSync(path.join(env.root, 'kaytannot.html'), 'utf8');
    assert.equal(html.match(/<article/g)?.length, notePaths.length + PRACTICES.length);
  });

  it('filters by mouse, keeps the filters in the URL, and the back button undoes them', async () => {
    await open('/kaytannot', async ({page, errors}) => {
      const all = await resultTitles(page);
      assert.equal(all.length, 9);
      await page.getByLabel(/^Akaa \(\d+\)$/).check();
      await page.waitForURL(/\?kunta=akaa$/);
      // Akaa's two notes and the practice used in Akaa.
      const akaa = await resultTitles(page);
      assert.deepEqual([...akaa].sort(), [
        'Energiankulutuksen seuranta',
        'Esimerkki: asukkaiden ilmastoilta',
        'Kiinteistöjen energiakatselmus',
      ]);
      await page.getByLabel(/^Energian tuotanto ja käyttö/).check();
      await page.waitForURL(/\?kunta=akaa&teema=energia$/);
      const both = await resultTitles(page);
      assert.deepEqual([...both].sort(), [
        'Energiankulutuksen seuranta',
        'Kiinteistöjen energiakatselmus',
      ]);
      assert.equal(
        await page.locator('main [role="status"]').textContent(),
        'Rajauksilla löytyi 2 / 9.',
      );
      assert.deepEqual(await axeViolations(page), []);

      await page.goBack();
      await page.waitForURL(/\?kunta=akaa$/);
      assert.deepEqual(await resultTitles(page), akaa);
      assert.equal(await page.getByLabel(/^Energian tuotanto ja käyttö/).isChecked(), false);
      await page.goBack();
      await page.waitForURL(/\/kaytannot$/);
      assert.deepEqual(await resultTitles(page), all);
      assert.deepEqual(errors, []);
    });
  });

  it('filters by keyboard', async () => {
    await open('/kaytannot', async ({page}) => {
      const box = page.getByLabel(/^Kuntien esimerkit \(\d+\)$/);
      await box.focus();
      await page.keyboard.press('Space');
      await page.waitForURL(/\?tyyppi=tapaus$/);
      await settled(page);
      assert.equal(await box.isChecked(), true);
      assert.equal(
        await page.locator('main [role="status"]').textContent(),
        `Rajauksilla löytyi ${notePaths.length} / 9.`,
      );
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      await page.waitForURL(/\?tyyppi=tapaus&kunta=palkane$/);
    });
  });

  it('a filtered URL opened in a new browser shows the same list', async () => {
    const expected = await open('/kaytannot', async ({page}) => {
      await page.getByLabel(/^Urjala \(\d+\)$/).check();
      await page.getByLabel(/^Toteutus \(\d+\)$/).check();
      await page.waitForURL(/vaihe=toteutus/);
      return resultTitles(page);
    });
    assert.deepEqual(expected, ['Testikunnan pyöräilyreitit']);
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const watch = watchPage(page);
    try {
      await gotoHydrated(page, `${env.site.origin}/kaytannot?kunta=urjala&vaihe=toteutus`);
      assert.deepEqual(await resultTitles(page), expected);
      assert.equal(await page.getByLabel(/^Urjala \(\d+\)$/).isChecked(), true);
      assert.deepEqual(watch.errors, [], 'no hydration error');
    } finally {
      await context.close();
    }
  });
});

describe('open data files', () => {
  const ajv = new Ajv2020({allErrors: true});
  addFormats(ajv);

  for (const [name, expected] of [
    ['tapaukset', notePaths],
    ['kaytannot', PRACTICES],
  ] as const) {
    it(`/data/${name}.json validates against its schema and holds every item; the CSV has a row each`, async () => {
      const json = (await (await fetch(`${env.site.origin}/data/${name}.json`)).json()) as {
        items: {id: string}[];
      };
      const schema = await (await fetch(`${env.site.origin}/data/${name}.schema.json`)).json();
      const validate = ajv.compile(schema);
      assert.ok(validate(json), JSON.stringify(validate.errors));
      assert.deepEqual(json.items.map((item) => `/${item.id}`).sort(), [...expected].sort());

      const bytes = Buffer.from(
        await (await fetch(`${env.site.origin}/data/${name}.csv`)).arrayBuffer(),
      );
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
      const csv = bytes.subarray(3).toString('utf8');
      assert.ok(csv.startsWith('id,url,title'));
      const rows = csv.split('\r\n').filter(Boolean);
      assert.equal(rows.length, expected.length + 1);
    });
  }

  it('the case notes’ feeds list every note', async () => {
    const atom = await (await fetch(`${env.site.origin}/kunnat/atom.xml`)).text();
    const rss = await (await fetch(`${env.site.origin}/kunnat/rss.xml`)).text();
    assert.equal(atom.match(/<entry>/g)?.length, notePaths.length);
    assert.equal(rss.match(/<item>/g)?.length, notePaths.length);
  });
});
