/**
 * The tab pool the browser tests share (`tabPool` in helpers.ts): a tab goes
 * from test to test, so what it reports must count to the test holding it,
 * no more and no less. Served from a folder of three small pages.
 */

import assert from 'node:assert/strict';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, before, describe, it} from 'node:test';

import type {Browser} from 'playwright-core';

import {launchBrowser, serveDir, tabPool, type Site, type TabPool} from './helpers';

const PAGES: Record<string, string> = {
  'index.html': '<p>Hyvä sivu</p>',
  // What the server answers for a missing file (the browser asks for a favicon).
  '404.html': '<p>Ei löydy</p>',
  // An error in the page's own script, and one it logs.
  'virhe.html': '<script>console.error("sivun virhe"); undefinedFunction();</script>',
  // A request that fails (no such file: the server answers 404, which is no
  // failed request; an address nobody listens on is).
  'pyynto.html': '<img src="http://127.0.0.1:9/kuva.png" alt="">',
  // Keeps logging after the test that opened it has finished.
  'jatkuva.html': '<script>setInterval(() => console.error("yhä käynnissä"), 20);</script>',
};

let dir: string;
let site: Site;
let browser: Browser;
let tabs: TabPool;

before(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'opas-tabs-'));
  for (const [file, body] of Object.entries(PAGES)) {
    writeFileSync(
      path.join(dir, file),
      `<!doctype html><html lang="fi"><title>t</title><body>${body}</body></html>`,
    );
  }
  site = await serveDir(dir);
  browser = await launchBrowser();
  tabs = tabPool(await browser.newContext());
});

after(async () => {
  await browser?.close();
  await site?.stop();
  rmSync(dir, {recursive: true, force: true});
});

describe('borrowed tabs', () => {
  it('report a page’s console errors, exceptions and failed requests to the test holding the tab', async () => {
    const errors = await tabs.use(async ({page, errors}) => {
      await page.goto(`${site.origin}/virhe.html`, {waitUntil: 'load'});
      await page.goto(`${site.origin}/pyynto.html`, {waitUntil: 'load'});
      return errors;
    });
    assert.ok(
      errors.some((error) => error === 'console: sivun virhe'),
      errors.join('\n'),
    );
    assert.ok(
      errors.some(
        (error) => error.startsWith('exception: ') && error.includes('undefinedFunction'),
      ),
      errors.join('\n'),
    );
    assert.ok(
      errors.some((error) => error.startsWith('request failed: http://127.0.0.1:9/kuva.png')),
      errors.join('\n'),
    );
  });

  it('are reused, and the next test does not get what the previous page reports', async () => {
    const first = await tabs.use(async ({page}) => {
      await page.goto(`${site.origin}/jatkuva.html`, {waitUntil: 'load'});
      await page.waitForTimeout(100);
      return page;
    });
    // The same tab, still on the page that logs.
    const {same, errors} = await tabs.use(async ({page, errors}) => {
      await page.waitForTimeout(100);
      await page.goto(`${site.origin}/index.html`, {waitUntil: 'load'});
      await page.waitForTimeout(100);
      return {same: page === first, errors};
    });
    assert.equal(same, true, 'the tab was lent again');
    assert.deepEqual(errors, []);
  });

  it('close a tab whose test failed, and lend a fresh one after', async () => {
    let failed: unknown;
    const before = await tabs.use(async ({page}) => page);
    await tabs
      .use(async ({page}) => {
        await page.goto(`${site.origin}/index.html`, {waitUntil: 'load'});
        throw new Error('kokeen virhe');
      })
      .catch((error: unknown) => {
        failed = error;
      });
    assert.equal((failed as Error).message, 'kokeen virhe');
    assert.equal(before.isClosed(), true);
    const after = await tabs.use(async ({page}) => page);
    assert.notEqual(after, before);
    assert.equal(after.isClosed(), false);
  });
});
