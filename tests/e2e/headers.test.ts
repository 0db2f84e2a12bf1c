/**
 * The build served by nginx with the shipped deploy/nginx.conf and the
 * headers `npm run headers` computed: the security and caching headers, the
 * clean URLs, and the editor and the search worker in Chromium with no
 * Content-Security-Policy violation (the page sweep, pages.test.ts, runs
 * every other page under them).
 */

import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {after, before, describe, it} from 'node:test';

import type {Browser, Page} from 'playwright-core';

import {buildDir, launchBrowser, watchCsp} from './helpers';
import {startNginx, type Nginx} from './nginx';

let nginx: Nginx;
let browser: Browser;

before(async () => {
  nginx = await startNginx();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await nginx?.stop();
});

const get = (pathname: string, headers: Record<string, string> = {}) =>
  fetch(nginx.origin + pathname, {headers, redirect: 'manual'});

/** A policy's directives by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('headers under nginx', () => {
  it('sends a strict Content-Security-Policy on pages', async () => {
    const response = await get('/opas/menetelmat/mittarit');
    assert.equal(response.status, 200);
    const csp = directives(response.headers.get('content-security-policy') ?? '');
    const scripts = csp.get('script-src') ?? [];
    assert.ok(scripts.includes("'self'"), scripts.join(' '));
    const others = scripts.filter((source) => source !== "'self'");
    assert.ok(others.length > 0, 'the inline scripts are allowed by hash');
    for (const source of others) assert.match(source, /^'sha256-[A-Za-z0-9+/]+=*'$/);
    assert.deepEqual(csp.get('object-src'), ["'none'"]);
    assert.deepEqual(csp.get('frame-ancestors'), ["'none'"]);
    assert.deepEqual(csp.get('base-uri'), ["'self'"]);
    assert.deepEqual(csp.get('worker-src'), ["'self'"]);
    assert.deepEqual(csp.get('default-src'), ["'self'"]);
  });

  it('hashes exactly the inline scripts of the built pages', async () => {
    const {createHash} = await import('node:crypto');
    const html = readFileSync(path.join(buildDir, 'index.html'), 'utf8');
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
      (match) => `'sha256-${createHash('sha256').update(match[1]!).digest('base64')}'`,
    );
    assert.ok(inline.length > 0);
    const csp = directives((await get('/')).headers.get('content-security-policy') ?? '');
    for (const hash of inline) assert.ok(csp.get('script-src')?.includes(hash), hash);
  });

  it('sends HSTS, nosniff, a referrer policy and a permissions policy on every response', async () => {
    for (const pathname of ['/', '/assets/', '/ei-ole-olemassa', '/search/index.json']) {
      const response = await get(pathname);
      const hsts = response.headers.get('strict-transport-security') ?? '';
      assert.ok(Number(/max-age=(\d+)/.exec(hsts)?.[1]) >= 31536000, `${pathname}: ${hsts}`);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', pathname);
      assert.equal(
        response.headers.get('referrer-policy'),
        'strict-origin-when-cross-origin',
        pathname,
      );
      assert.match(response.headers.get('permissions-policy') ?? '', /camera=\(\)/, pathname);
      assert.ok(response.headers.get('content-security-policy'), pathname);
    }
  });

  it('caches hashed files for a year and pages and the search manifest not at all', async () => {
    const js = readdirSync(path.join(buildDir, 'assets', 'js')).find((file) =>
      file.startsWith('main.'),
    );
    const manifest = JSON.parse(readFileSync(path.join(buildDir, 'search', 'index.json'), 'utf8'));
    const shardDir = path.join(buildDir, manifest.dir as string);
    const shard = `${manifest.dir}/${readdirSync(shardDir, {recursive: true}).find((file) =>
      String(file).endsWith('.json'),
    )}`;
    for (const pathname of [`/assets/js/${js}`, shard]) {
      const cache = (await get(pathname)).headers.get('cache-control') ?? '';
      assert.match(cache, /max-age=31536000/, pathname);
      assert.match(cache, /immutable/, pathname);
    }
    for (const pathname of ['/', '/opas', '/search/index.json', '/kaytannot']) {
      const cache = (await get(pathname)).headers.get('cache-control') ?? '';
      assert.match(cache, /max-age=0/, pathname);
      assert.match(cache, /must-revalidate/, pathname);
    }
  });

  it('serves clean URLs, the 404 page with status 404, and hides the server files', async () => {
    const page = await get('/opas/menetelmat');
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /text\/html/);
    assert.match(await page.text(), /<h1/);
    const admin = await get('/admin/');
    assert.equal(admin.status, 200);
    const missing = await get('/opas/ei-ole-olemassa');
    assert.equal(missing.status, 404);
    assert.match(await missing.text(), /<html[^>]*lang="?fi/);
    for (const hidden of ['/_headers', '/.nginx/headers.conf']) {
      assert.equal((await get(hidden)).status, 404, hidden);
    }
  });

  it('compresses text', async () => {
    const response = await get('/opas/menetelmat/mittarit', {'accept-encoding': 'gzip'});
    assert.equal(response.headers.get('content-encoding'), 'gzip');
  });

  it('ships a _headers file with the same policy for static hosts', async () => {
    const file = readFileSync(path.join(buildDir, '_headers'), 'utf8');
    const policy = /^\/\*\n(?:  .+\n)*?  Content-Security-Policy: (.+)$/m.exec(file)?.[1];
    assert.equal(policy, (await get('/')).headers.get('content-security-policy'));
    assert.match(file, /^\/assets\/\*\n  Cache-Control: public, max-age=31536000, immutable$/m);
    assert.match(file, /^  X-Content-Type-Options: nosniff$/m);
  });
});

describe('pages under the shipped headers', () => {
  // Every page of the sitemap and the 404 page run under the policy in the
  // page sweep (pages.test.ts), which nginx serves with these headers.
  it('loads the editor with no CSP violation', async () => {
    const page = await browser.newPage();
    const violations = await watchCsp(page);
    try {
      const config = page.waitForResponse((response) =>
        response.url().endsWith('/admin/config.yml'),
      );
      await page.goto(`${nginx.origin}/admin/`, {waitUntil: 'load'});
      assert.equal((await config).status(), 200);
      // The editor has started once it asks its backend (the local proxy,
      // which is not running here) or shows its login.
      await page.getByRole('button', {name: 'Kirjaudu sisään'}).waitFor({timeout: 15000});
      assert.deepEqual(violations, []);
    } finally {
      await page.close();
    }
  });

  it('runs the search worker under the policy', async () => {
    const page = await browser.newPage();
    const violations = await watchCsp(page);
    try {
      await page.goto(`${nginx.origin}/haku?q=kaavoitus`, {waitUntil: 'load'});
      await page.waitForSelector('main a[href*="kaavoitus"]', {timeout: 15000});
      assert.deepEqual(violations, []);
    } finally {
      await page.close();
    }
  });
});
