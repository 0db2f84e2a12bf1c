import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';

import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type {Page} from 'playwright-core';

import {municipalities, municipalityKeys} from '../../src/data/municipalities';
import {phaseKeys, phases} from '../../src/data/phases';
import {PAGE_SIZE} from '../../src/model/paging';
import {loadContentFiles} from '../../src/plugins/content-model/load';
import {axeViolations, buildDir, siteDir, watchPage, withSite} from './helpers';

const env = withSite();

const open = (path: string) => env.open(path);

/** The content as the validator reads it: the expected figures. */
async function caseNotes() {
  const {entries} = await loadContentFiles(siteDir);
  return entries.filter((entry) => entry.type === 'tapaus');
}

describe('a case note page', () => {
  const notePath = '/kunnat/palkane/hiilineutraali-etela-pirkanmaa-2030';

  it('shows the phases as a list with the current phase marked for everyone', async () => {
    const {page} = await open(notePath);
    try {
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
    } finally {
      await page.close();
    }
  });

  it('shows its parts in order: phases, description, tasks done and to do, summary, sources', async () => {
    const {page} = await open(notePath);
    try {
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

      const done = await page
        .locator('section[aria-labelledby="mita-on-tehty"] li')
        .allTextContents();
      assert.deepEqual(
        done.map((text) => text.split(' ')[0]),
        ['30.11.2022', '30.11.2022', '1.6.2022', '7.4.2022', '24.3.2022'],
      );
      const summary =
        (await page.locator('section[aria-labelledby="yhteenveto"]').textContent()) ?? '';
      for (const expected of [
        '1.5.2021–30.9.2022',
        'Pälkäneen kunta',
        'Ympäristötarkastaja, hankkeen pääyhteyshenkilö, Pälkäneen kunta',
        'Tietoja päivitetty30.1.2023',
      ]) {
        assert.ok(summary.includes(expected), `${expected} not in: ${summary}`);
      }
      const themeLink = page.locator('section[aria-labelledby="yhteenveto"] a', {
        hasText: 'Ilmastojohtaminen',
      });
      assert.equal(await themeLink.getAttribute('href'), '/kaytannot?teema=johtaminen');
    } finally {
      await page.close();
    }
  });

  it('an example note says so before anything else', async () => {
    const notes = await caseNotes();
    const example = notes.find((entry) => entry.frontMatter.example === true);
    assert.ok(example, 'the content has no example note');
    const {page} = await open(`/${example.file.replace(/\.mdx?$/, '')}`);
    try {
      const notice = page.locator('article [role="note"]').first();
      assert.ok(await notice.isVisible());
      assert.match((await notice.textContent()) ?? '', /^Esimerkki\./);
    } finally {
      await page.close();
    }
  });
});

describe('municipality pages', () => {
  it('/kunnat shows each municipality’s notes per phase as counted from the content', async () => {
    const notes = await caseNotes();
    const {page} = await open('/kunnat');
    try {
      const rows = page.locator(
        'table:has(caption:text("Esimerkit kunnittain ja vaiheittain")) tbody tr',
      );
      assert.equal(await rows.count(), municipalityKeys.length);
      for (const [index, key] of municipalityKeys.entries()) {
        const cells = await rows.nth(index).locator('th, td').allTextContents();
        const expected = phaseKeys.map(
          (phase) =>
            notes.filter((n) => n.frontMatter.municipality === key && n.frontMatter.phase === phase)
              .length,
        );
        assert.deepEqual(cells, [
          municipalities[key].label,
          ...expected.map(String),
          String(expected.reduce((a, b) => a + b, 0)),
        ]);
        const chart = page.locator(`svg[aria-labelledby="kaavio-${key}"] title`);
        assert.equal(
          await chart.textContent(),
          `${municipalities[key].label}, esimerkit vaiheittain: ${phaseKeys
            .map((phase, i) => `${phases[phase].label} ${expected[i]}`)
            .join(', ')}.`,
        );
      }
    } finally {
      await page.close();
    }
  });

  for (const key of municipalityKeys) {
    it(`/kunnat/${key} lists every note of the municipality, a page at a time, latest first`, async () => {
      const notes = (await caseNotes())
        .filter((n) => n.frontMatter.municipality === key)
        .sort(
          (a, b) =>
            String(b.frontMatter.updated).localeCompare(String(a.frontMatter.updated)) ||
            String(a.frontMatter.title).localeCompare(String(b.frontMatter.title), 'fi'),
        );
      const {page, errors} = await open(`/kunnat/${key}`);
      try {
        const links: (string | null)[] = [];
        for (;;) {
          const cards = page.locator('section[aria-labelledby="esimerkit"] article h3 a');
          const onPage = await cards.evaluateAll((anchors) =>
            anchors.map((a) => a.getAttribute('href')),
          );
          assert.ok(onPage.length <= PAGE_SIZE, 'no more than a page of notes on a page');
          links.push(...onPage);
          const next = page.locator('nav a[rel="next"]');
          if ((await next.count()) === 0) break;
          await next.click();
          await page.waitForLoadState('networkidle');
        }
        const expected = notes.map((n) => `/${n.file.replace(/\.mdx?$/, '')}`);
        assert.deepEqual(links, expected, 'every note once, latest update first');
        assert.deepEqual(errors, []);
      } finally {
        await page.close();
      }
    });
  }
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

  it('lists everything in the pre-rendered HTML of its pages, before any JavaScript', () => {
    const pages = [path.join(buildDir, 'kaytannot.html')];
    const further = path.join(buildDir, 'kaytannot', 'sivu');
    if (existsSync(further)) {
      const numbers = readdirSync(further)
        .map((file) => Number(file.replace(/\.html$/, '')))
        .sort((a, b) => a - b);
      assert.deepEqual(
        numbers,
        numbers.map((_, index) => index + 2),
        'pages 2, 3, … without gaps',
      );
      pages.push(...numbers.map((number) => path.join(further, `${number}.html`)));
    }
    let cards = 0;
    for (const file of pages) {
      const onPage = readFileSync(file, 'utf8').match(/<article/g)?.length ?? 0;
      assert.ok(onPage <= PAGE_SIZE, `${file}: at most a page of cards`);
      cards += onPage;
    }
    const data =
      JSON.parse(readFileSync(path.join(buildDir, 'data', 'tapaukset.json'), 'utf8')).items.length +
      JSON.parse(readFileSync(path.join(buildDir, 'data', 'kaytannot.json'), 'utf8')).items.length;
    assert.equal(cards, data);
  });

  it('filters by mouse, keeps the filters in the URL, and the back button undoes them', async () => {
    const {page, errors} = await open('/kaytannot');
    try {
      const all = await resultTitles(page);
      await page.getByLabel(/^Akaa \(\d+\)$/).check();
      await page.waitForURL(/\?kunta=akaa$/);
      await settled(page);
      const akaa = await resultTitles(page);
      assert.ok(akaa.length > 0 && akaa.length < all.length);
      await page.getByLabel(/^Energian tuotanto ja käyttö/).check();
      await page.waitForURL(/\?kunta=akaa&teema=energia$/);
      await settled(page);
      const both = await resultTitles(page);
      assert.ok(both.length <= akaa.length);
      assert.match(
        (await page.locator('main [role="status"]').textContent()) ?? '',
        new RegExp(`^Rajauksilla löytyi ${both.length} / ${all.length}\\.$`),
      );
      assert.deepEqual(await axeViolations(page), []);

      await page.goBack();
      await page.waitForURL(/\?kunta=akaa$/);
      await settled(page);
      assert.deepEqual(await resultTitles(page), akaa);
      assert.equal(await page.getByLabel(/^Energian tuotanto ja käyttö/).isChecked(), false);
      await page.goBack();
      await page.waitForURL(/\/kaytannot$/);
      await settled(page);
      assert.deepEqual(await resultTitles(page), all);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  it('filters by keyboard', async () => {
    const {page} = await open('/kaytannot');
    try {
      const box = page.getByLabel(/^Kuntien esimerkit \(\d+\)$/);
      await box.focus();
      await page.keyboard.press('Space');
      await page.waitForURL(/\?tyyppi=tapaus$/);
      await settled(page);
      assert.equal(await box.isChecked(), true);
      const count = (await page.locator('main [role="status"]').textContent()) ?? '';
      const notes = (await caseNotes()).length;
      assert.match(count, new RegExp(`^Rajauksilla löytyi ${notes} / \\d+\\.$`));
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      await page.waitForURL(/\?tyyppi=tapaus&kunta=palkane$/);
      await settled(page);
    } finally {
      await page.close();
    }
  });

  it('a filtered URL opened in a new browser shows the same list', async () => {
    const first = await open('/kaytannot');
    let expected: string[];
    try {
      await first.page.getByLabel(/^Urjala \(\d+\)$/).check();
      await first.page.getByLabel(/^Toteutus \(\d+\)$/).check();
      await first.page.waitForURL(/vaihe=toteutus/);
      await settled(first.page);
      expected = await resultTitles(first.page);
    } finally {
      await first.page.close();
    }
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const watch = watchPage(page);
    try {
      await page.goto(`${env.site.origin}/kaytannot?kunta=urjala&vaihe=toteutus`, {
        waitUntil: 'networkidle',
      });
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

  for (const [name, type] of [
    ['tapaukset', 'tapaus'],
    ['kaytannot', 'kaytanto'],
  ] as const) {
    it(`/data/${name}.json validates against its schema and holds every item; the CSV has a row each`, async () => {
      const json = (await (await fetch(`${env.site.origin}/data/${name}.json`)).json()) as {
        items: {id: string}[];
      };
      const schema = await (await fetch(`${env.site.origin}/data/${name}.schema.json`)).json();
      const validate = ajv.compile(schema);
      assert.ok(validate(json), JSON.stringify(validate.errors));
      const {entries} = await loadContentFiles(siteDir);
      const files = entries
        .filter((entry) => entry.type === type)
        .map((entry) => entry.file.replace(/\.mdx?$/, '').replace(/^docs\//, 'opas/'));
      assert.deepEqual(json.items.map((item) => item.id).sort(), files.sort());

      const bytes = Buffer.from(
        await (await fetch(`${env.site.origin}/data/${name}.csv`)).arrayBuffer(),
      );
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
      const csv = bytes.subarray(3).toString('utf8');
      assert.ok(csv.startsWith('id,url,title'));
      const rows = csv.split('\r\n').filter(Boolean);
      assert.equal(rows.length, files.length + 1);
    });
  }

  it('the case notes’ feeds list every note', async () => {
    const notes = (await caseNotes()).length;
    const atom = await (await fetch(`${env.site.origin}/kunnat/atom.xml`)).text();
    const rss = await (await fetch(`${env.site.origin}/kunnat/rss.xml`)).text();
    assert.equal(atom.match(/<entry>/g)?.length, notes);
    assert.equal(rss.match(/<item>/g)?.length, notes);
  });
});
