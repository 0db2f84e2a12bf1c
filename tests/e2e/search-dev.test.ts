import assert from 'node:assert/strict';
import {spawn, type ChildProcess} from 'node:child_process';
import {appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync} from 'node:fs';
import {mkdir} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, before, describe, it} from 'node:test';

import type {Browser, Page} from 'playwright-core';

import {launchBrowser, siteDir} from './helpers';

/**
 * Search under `npm start`: `docusaurus start` on a small fixture site
 * serves a live index; a writer edits a page and the new word is found
 * without restarting.
 */

const PORT = Number(process.env.SEARCH_DEV_PORT ?? 3131);
const origin = `http://127.0.0.1:${PORT}`;

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const indexDir = async () => {
  const response = await fetch(`${origin}/search/index.json`);
  return response.ok ? ((await response.json()) as {dir: string}).dir : undefined;
};

describe('search on the development server', () => {
  let dir: string;
  let server: ChildProcess;
  let output = '';
  let browser: Browser;
  let page: Page;

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'opas-haku-dev-'));
    cpSync(path.join(siteDir, 'tests', 'fixtures', 'search-dev-site'), dir, {recursive: true});
    symlinkSync(path.join(siteDir, 'node_modules'), path.join(dir, 'node_modules'));
    // The plugin's browser code imports the site's modules as @site/src/….
    await mkdir(path.join(dir, 'src'), {recursive: true});
    for (const entry of readdirSync(path.join(siteDir, 'src'))) {
      if (entry === 'theme' || entry === 'pages' || entry === 'css') continue;
      symlinkSync(path.join(siteDir, 'src', entry), path.join(dir, 'src', entry));
    }
    server = spawn(
      process.execPath,
      [
        path.join(siteDir, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs'),
        'start',
        '--port',
        String(PORT),
        '--host',
        '127.0.0.1',
        '--no-open',
      ],
      {cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, BROWSER: 'none'}},
    );
    server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      await waitFor('the dev index', indexDir, 240_000);
      await waitFor(
        'the page',
        async () => ((await fetch(`${origin}/opas/`)).ok ? true : undefined),
        240_000,
      );
    } catch (error) {
      throw new Error(`${String(error)}\n${output.slice(-3000)}`);
    }
    browser = await launchBrowser();
    page = await browser.newPage();
  });

  after(async () => {
    await browser?.close();
    if (server?.pid) {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    }
    if (dir) rmSync(dir, {recursive: true, force: true});
  });

  const search = async (query: string) => {
    const box = page.getByRole('combobox', {name: 'Hae oppaasta'});
    await box.fill('');
    await box.fill(query);
    const option = page.locator('[role="group"] [role="option"]').first();
    await option.waitFor({timeout: 30_000});
    return (await option.textContent()) ?? '';
  };

  it('finds the current content, in any form, from the live index', async () => {
    await page.goto(`${origin}/opas/`, {waitUntil: 'networkidle', timeout: 120_000});
    assert.match(await search('maalämpö'), /Energia/);
  });

  it('finds a word added to a file while the server runs', async () => {
    const before = await indexDir();
    appendFileSync(
      path.join(dir, 'docs', 'energia.md'),
      '\n## Tuulivoima\n\nKunta selvittää tuulivoimapuistojen paikkoja.\n',
    );
    await waitFor(
      'the rebuilt index',
      async () => {
        const now = await indexDir();
        return now && now !== before ? now : undefined;
      },
      120_000,
    );
    assert.match(await search('tuulivoimapuisto'), /Energia/);
  });
});
