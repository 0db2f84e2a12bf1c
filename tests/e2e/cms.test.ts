import assert from 'node:assert/strict';
import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import {existsSync, readFileSync, rmSync} from 'node:fs';
import path from 'node:path';
import {after, before, describe, it} from 'node:test';

import {load} from 'js-yaml';
import type {Browser, BrowserContext, Page} from 'playwright-core';

import {contentTypeKeys} from '../../src/data/contentTypes';
import type {DecapConfig} from '../../src/plugins/cms/config';
import {loadFile} from '../../src/plugins/content-model/load';
import {
  buildFixture,
  fixtureSite,
  freePort,
  launchBrowser,
  runBuild,
  serveDir,
  siteDir,
  type Site,
} from './helpers';

/**
 * The browser editor end to end: the built /admin/ against Decap's local
 * proxy (`decap-server`, as `npm run cms` runs it), on the fixture site
 * `fixtures/opas/`: the editor and pages are served from its build, and the
 * proxy works on a fresh Git copy of it. A writer creates a case note,
 * takes it through the editorial workflow (draft → ready → published); the
 * file written must pass the content check and become a page of the copy's
 * build.
 */

const TITLE = 'Koulujen energiakilpailu';
const FILE = 'kunnat/akaa/koulujen-energiakilpailu.md';

describe('the browser editor at /admin/', () => {
  let copy: string;
  let proxy: ChildProcess;
  let proxyPort: number;
  let site: Site;
  let buildDir: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  let git: ReturnType<typeof fixtureSite>['git'];

  before(async () => {
    // The proxy's Git mode keeps drafts in branches of the copy's repository.
    ({dir: copy, git} = fixtureSite('opas', 'opas-cms-'));
    buildDir = (await buildFixture('opas')).buildDir;

    proxyPort = await freePort();
    proxy = spawn(process.execPath, [require.resolve('decap-server/dist/index.js')], {
      cwd: copy,
      stdio: 'ignore',
      env: {
        ...process.env,
        PORT: String(proxyPort),
        MODE: 'git',
        GIT_REPO_DIRECTORY: copy,
        LOG_LEVEL: 'error',
        GIT_AUTHOR_NAME: 'Kirjoittaja',
        GIT_AUTHOR_EMAIL: 'kirjoittaja@localhost',
        GIT_COMMITTER_NAME: 'Kirjoittaja',
        GIT_COMMITTER_EMAIL: 'kirjoittaja@localhost',
      },
    });
    const deadline = Date.now() + 20_000;
    for (;;) {
      try {
        const response = await fetch(`http://127.0.0.1:${proxyPort}/api/v1`, {
          method: 'POST',
          headers: {'content-type': 'application/json'},
          body: JSON.stringify({action: 'info'}),
        });
        if (response.ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error('decap-server did not start');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }

    site = await serveDir(buildDir);
    browser = await launchBrowser();
    context = await browser.newContext({viewport: {width: 1400, height: 1000}});
    // The editor is a large bundle: with the other browser tests running
    // beside it on two cores, it took 27–34 s to open an entry, past the
    // default 30 s wait (it opens in about 4 s when this file runs alone).
    context.setDefaultTimeout(90_000);
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('dialog', (dialog) => void dialog.accept());
    // The built config points at the proxy's usual port; this test's proxy
    // runs on a free one.
    await context.route('**/admin/config.yml', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replaceAll('localhost:8081', `localhost:${proxyPort}`);
      await route.fulfill({response, body});
    });
  });

  after(async () => {
    await browser?.close();
    await site?.stop();
    proxy?.kill();
    if (copy) rmSync(copy, {recursive: true, force: true});
  });

  it('is built with a config generated from the content model', () => {
    assert.ok(existsSync(path.join(buildDir, 'admin', 'index.html')));
    assert.ok(existsSync(path.join(buildDir, 'admin', 'cms.js')));
    const config = load(
      readFileSync(path.join(buildDir, 'admin', 'config.yml'), 'utf8'),
    ) as DecapConfig;
    assert.equal(config.locale, 'fi');
    assert.equal(config.publish_mode, 'editorial_workflow');
    const caseNotes = config.collections.find((collection) => collection.name === 'tapaus');
    assert.deepEqual(
      caseNotes?.fields
        ?.find((field) => field.name === 'municipality')
        ?.options?.map((o) => o.value),
      ['palkane', 'valkeakoski', 'akaa', 'urjala'],
    );
  });

  it('lists every collection, in Finnish', async () => {
    await page.goto(`${site.origin}/admin/`);
    await page.getByRole('button', {name: 'Kirjaudu sisään'}).click();
    await page.getByRole('heading', {name: 'Sisältölajit'}).waitFor();
    const config = load(
      readFileSync(path.join(buildDir, 'admin', 'config.yml'), 'utf8'),
    ) as DecapConfig;
    for (const collection of config.collections) {
      await page.getByRole('link', {name: collection.label, exact: true}).waitFor();
    }
    for (const type of contentTypeKeys) {
      assert.ok(
        config.collections.some((collection) => collection.name.startsWith(type)),
        `no collection for ${type}`,
      );
    }
    await page.getByRole('link', {name: 'Kuntien esimerkit', exact: true}).click();
    await page.getByText('Kiinteistöjen energiakatselmus').waitFor();
  });

  it('"Muokkaa tätä sivua" on a page opens that page in the editor', async () => {
    await page.goto(`${site.origin}/kunnat/akaa/energiakatselmus`);
    const link = page.getByRole('link', {name: 'Muokkaa tätä sivua'});
    assert.equal(
      await link.getAttribute('href'),
      '/admin/#/collections/tapaus/entries/akaa/energiakatselmus',
    );
    await page.getByText('Päivitetty', {exact: false}).first().waitFor();
    const [editor] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await editor.getByLabel('Otsikko', {exact: true}).waitFor();
    assert.equal(
      await editor.getByLabel('Otsikko', {exact: true}).inputValue(),
      'Kiinteistöjen energiakatselmus',
    );
    await editor.close();

    await page.goto(`${site.origin}/ajankohtaista/2021/05/01/hanke-alkoi`);
    assert.equal(
      await page.getByRole('link', {name: 'Muokkaa tätä sivua'}).getAttribute('href'),
      '/admin/#/collections/uutinen/entries/2021-05-01-hanke-alkoi',
    );
    await page.getByText('Päivitetty', {exact: false}).first().waitFor();
  });

  it('creates a case note that goes through the editorial workflow into the working tree', async () => {
    await page.goto(`${site.origin}/admin/#/collections/tapaus/new`);
    await page.getByLabel('Otsikko', {exact: true}).fill(TITLE);
    await page
      .getByLabel('Tiivistelmä', {exact: true})
      .fill('Akaan koulut kilpailivat energiansäästössä.');
    await page.getByRole('button', {name: /Lisää: lähteet/}).click();
    await page.getByLabel('Lähteen nimi', {exact: true}).fill('Akaan kaupunki');
    await page
      .getByLabel('Osoite', {exact: true})
      .fill('https://akaa.fi/seuraa-akaan-ilmastotyon-etenemista-ilmastovahdin-avulla/');
    for (const [label, option] of [
      ['Kunta', 'Akaa'],
      ['Teemat', 'Energian tuotanto ja käyttö'],
      ['Vaihe', 'Toteutus'],
    ] as const) {
      await page.getByLabel(label, {exact: true}).click();
      await page.getByText(option, {exact: true}).last().click();
    }
    await page.getByRole('button', {name: /Lisää: tehtävät/}).click();
    await page.getByLabel('Tehtävä', {exact: true}).fill('Kilpailun säännöt laadittu');
    await page.getByLabel('Valmistui (vapaaehtoinen)', {exact: true}).fill('2026-09-01');
    await page.getByRole('button', {name: /Lisää: vastuuorganisaatiot/}).click();
    await page.locator('input[id^="item-field-"]').fill('Akaan kaupunki');
    await page.locator('[data-slate-editor]').click();
    await page.keyboard.type('Koulut kilpailivat energiansäästössä syksyllä.');

    await page.getByRole('button', {name: 'Tallenna', exact: true}).click();
    await page.getByText('Sivu tallennettu').waitFor();
    // Saved, not published: a draft in its own branch, nothing on the
    // published branch yet. The proxy checks the draft's branch out for a
    // moment whenever it reads or writes it, so ask Git, not the working tree.
    const draftBranch = 'cms/tapaus/akaa/koulujen-energiakilpailu';
    assert.match(git('branch', '--list').stdout, new RegExp(draftBranch));
    assert.equal(git('cat-file', '-e', `${draftBranch}:${FILE}`).status, 0, 'draft committed');
    assert.notEqual(git('cat-file', '-e', `main:${FILE}`).status, 0, 'not published yet');

    await page.getByRole('button', {name: 'Tila: Luonnos'}).click();
    await page.getByText('Valmis', {exact: true}).click();
    await page.getByRole('button', {name: 'Tila: Valmis'}).waitFor();
    await page.getByRole('button', {name: 'Julkaise', exact: true}).click();
    await page.getByText('Julkaise nyt', {exact: true}).click();
    await page.getByText('Sivu julkaistu').waitFor();

    // Published: merged into main, and main checked out again.
    const published = () =>
      git('cat-file', '-e', `main:${FILE}`).status === 0 &&
      git('rev-parse', '--abbrev-ref', 'HEAD').stdout.trim() === 'main' &&
      existsSync(path.join(copy, FILE));
    const deadline = Date.now() + 20_000;
    while (!published() && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    assert.ok(published(), `${FILE} was not published into main`);
    const {entry, problems} = await loadFile(copy, FILE);
    assert.deepEqual(problems, []);
    assert.equal(entry?.frontMatter.title, TITLE);
    assert.equal(entry?.frontMatter.municipality, 'akaa');
    assert.deepEqual(entry?.frontMatter.themes, ['energia']);
    assert.deepEqual(entry?.frontMatter.tasks, [
      {title: 'Kilpailun säännöt laadittu', done: '2026-09-01'},
    ]);
    // No error in the editor. This file runs alone (`npm run
    // test:e2e:alone`): beside the other browser tests on two cores the
    // editor raised bare errors ("Unknown error", "Object") it never
    // raised alone.
    assert.deepEqual(pageErrors, []);
  });

  it('the case note becomes a page of the built site; a draft from npm run new builds too', async () => {
    // The editor stops asking the proxy, which then leaves main checked out.
    await page.close();
    const deadline = Date.now() + 10_000;
    while (git('rev-parse', '--abbrev-ref', 'HEAD').stdout.trim() !== 'main') {
      assert.ok(Date.now() < deadline, 'the proxy left another branch checked out');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    // The issue's own check: `npm run new` writes a file the build accepts,
    // and a second run with the same title refuses to overwrite it.
    const runNew = () =>
      spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          path.join(siteDir, 'scripts', 'new.ts'),
          'case-note',
          '--title',
          'Testi',
          '--municipality',
          'akaa',
        ],
        {cwd: copy, encoding: 'utf8'},
      );
    const first = runNew();
    assert.equal(first.status, 0, first.stdout + first.stderr);
    const second = runNew();
    assert.equal(second.status, 1);
    assert.match(
      second.stdout,
      /^Tiedosto kunnat\/akaa\/testi\.md on jo olemassa, eikä sitä korvata\./,
    );

    const result = runBuild(copy);
    assert.equal(result.status, 0, `${result.stdout}\n${result.stderr}`);
    const html = readFileSync(
      path.join(copy, 'build', 'kunnat', 'akaa', 'koulujen-energiakilpailu.html'),
      'utf8',
    );
    assert.match(html, /<h1[^>]*>Koulujen energiakilpailu<\/h1>/);
    assert.match(html, /Kilpailun säännöt laadittu/);
    // A draft is accepted but left out of the published site.
    assert.equal(existsSync(path.join(copy, 'build', 'kunnat', 'akaa', 'testi.html')), false);
  });
});
