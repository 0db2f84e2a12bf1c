/**
 * What a build gives a reader: HTML bytes of a page, the JavaScript a page
 * loads, a first search query's bytes in Chromium, and Lighthouse (mobile)
 * against the build served with gzip.
 */

import {execFile} from 'node:child_process';
import {createReadStream} from 'node:fs';
import {readFile, stat} from 'node:fs/promises';
import {createServer, type Server} from 'node:http';
import path from 'node:path';
import {promisify} from 'node:util';
import {createGzip, gzipSync} from 'node:zlib';

import {chromium, type Page, type Request} from 'playwright-core';

const execFileAsync = promisify(execFile);

export const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The HTML file of a route in a build (`trailingSlash: false` output). */
export async function htmlFile(buildDir: string, route: string): Promise<string> {
  const base = path.join(buildDir, route);
  for (const candidate of [`${base}.html`, path.join(base, 'index.html')]) {
    try {
      if ((await stat(candidate)).isFile()) return candidate;
    } catch {
      // next candidate
    }
  }
  throw new Error(`${route}: no HTML in ${buildDir}`);
}

export async function htmlBytes(buildDir: string, route: string): Promise<number> {
  return (await stat(await htmlFile(buildDir, route))).size;
}

/** Whether a request is a prefetch (`<link rel=prefetch>`), not something the page uses. */
function isPrefetch(headers: Record<string, string>): boolean {
  return /prefetch/.test(headers['sec-purpose'] ?? headers.purpose ?? '');
}

/** gzip size of a build's file behind a URL path, or 0 when it is not one. */
async function gzipOf(buildDir: string, pathname: string): Promise<number> {
  try {
    return gzipSync(await readFile(path.join(buildDir, decodeURIComponent(pathname))), {level: 9})
      .length;
  } catch {
    return 0;
  }
}

/**
 * Opens a page and waits until it has loaded all it loads on its own. The
 * route's chunks are requested only once the main bundle has run, which can
 * be after the network was idle for the 500 ms that 'networkidle' waits (at
 * 10,000 notes it was, in each run checked): so this waits for Docusaurus' mark of
 * a hydrated page (`<html data-has-hydrated="true">`), then until no script
 * has been requested for a second (`lastScript`, a `performance.now()` time).
 */
async function gotoSettled(page: Page, url: string, lastScript: () => number): Promise<void> {
  await page.goto(url, {waitUntil: 'networkidle'});
  await page.waitForSelector('html[data-has-hydrated="true"]', {timeout: 60_000});
  while (performance.now() - lastScript() < 1000) await page.waitForTimeout(250);
}

/**
 * The JavaScript a page loads on its first view in Chromium (gzip): every
 * script fetched until the page has hydrated and no script is asked for a
 * second, the route's chunks included, but not what Docusaurus prefetches
 * for the links in view.
 */
export async function pageJs(
  origin: string,
  buildDir: string,
  route: string,
): Promise<{gzip: number; files: number}> {
  const browser = await chromium.launch({executablePath: CHROME, args: CHROME_FLAGS.slice(1)});
  try {
    const page = await browser.newPage();
    const scripts = new Set<string>();
    let lastScript = performance.now();
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (isPrefetch(request.headers())) return;
      if (url.origin === origin && url.pathname.endsWith('.js')) {
        scripts.add(url.pathname);
        lastScript = performance.now();
      }
    });
    await gotoSettled(page, `${origin}${route}`, () => lastScript);
    let gzip = 0;
    for (const pathname of scripts) gzip += await gzipOf(buildDir, pathname);
    return {gzip, files: scripts.size};
  } finally {
    await browser.close();
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

/** A static server for a build, gzip for text, clean URLs, on 127.0.0.1:port. */
export async function serveGzip(
  root: string,
  port: number,
): Promise<{origin: string; close(): Promise<void>}> {
  const server: Server = createServer(async (request, response) => {
    const {pathname} = new URL(request.url ?? '/', 'http://localhost');
    const decoded = path.normalize(path.join(root, decodeURIComponent(pathname)));
    let file: string | undefined;
    if (decoded.startsWith(root)) {
      for (const candidate of [decoded, `${decoded}.html`, path.join(decoded, 'index.html')]) {
        try {
          if ((await stat(candidate)).isFile()) {
            file = candidate;
            break;
          }
        } catch {
          // next
        }
      }
    }
    const served = file ?? path.join(root, '404.html');
    const type = TYPES[path.extname(served)] ?? 'application/octet-stream';
    const headers: Record<string, string> = {
      'content-type': type,
      'cache-control': served.includes(`${path.sep}assets${path.sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    };
    const compress =
      /text|json|svg|xml|javascript/.test(type) &&
      /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (compress) headers['content-encoding'] = 'gzip';
    response.writeHead(file ? 200 : 404, headers);
    const stream = createReadStream(served);
    if (compress) stream.pipe(createGzip()).pipe(response);
    else stream.pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * A first search query in Chromium: open `route`, type `query` into the
 * navbar box, wait for its results, and sum the gzip bytes of everything
 * fetched from typing on (search code included).
 */
export async function firstQueryBytes(
  origin: string,
  buildDir: string,
  route: string,
  query: string,
) {
  const browser = await chromium.launch({executablePath: CHROME, args: CHROME_FLAGS.slice(1)});
  try {
    const page = await browser.newPage();
    // What the page loads for itself is not the query's: until it has
    // settled, only the time of its last script is kept.
    let lastScript = performance.now();
    const ownScript = (request: Request) => {
      if (new URL(request.url()).pathname.endsWith('.js')) lastScript = performance.now();
    };
    page.on('request', ownScript);
    await gotoSettled(page, `${origin}${route}`, () => lastScript);
    page.off('request', ownScript);
    const fetched: string[] = [];
    // Requests of the page's dedicated workers (the search engine) are
    // reported as responses only.
    const pending: Promise<void>[] = [];
    let last = Date.now();
    page.on('response', (response) => {
      pending.push(
        response
          .request()
          .allHeaders()
          .then((headers) => {
            last = Date.now();
            if (!isPrefetch(headers)) fetched.push(new URL(response.url()).pathname);
          }),
      );
    });
    const box = page.getByRole('combobox', {name: 'Hae oppaasta'});
    await box.click();
    await box.pressSequentially(query, {delay: 40});
    // The box lists "all results" at once; the results follow from the worker.
    await page.waitForFunction(
      () => document.querySelectorAll('[role=option]').length > 1,
      undefined,
      {
        timeout: 60_000,
      },
    );
    while (Date.now() - last < 1500) await page.waitForTimeout(250);
    await Promise.all(pending);
    let gzip = 0;
    const list: {path: string; gzip: number}[] = [];
    for (const pathname of new Set(fetched)) {
      const bytes = await gzipOf(buildDir, pathname);
      list.push({path: pathname, gzip: bytes});
      gzip += bytes;
    }
    return {gzip, files: list.length, list};
  } finally {
    await browser.close();
  }
}

export interface LighthouseResult {
  score: number;
  cls: number;
  tbt: number;
  lcp: number;
}

/** One Lighthouse 12.2.3 run (mobile, its default), performance only. */
export async function lighthouse(lighthouseBin: string, url: string): Promise<LighthouseResult> {
  const {stdout} = await execFileAsync(
    lighthouseBin,
    [
      url,
      '--quiet',
      '--output=json',
      '--output-path=stdout',
      '--only-categories=performance',
      // The flags the engineering notes give; more of them made Lighthouse's
      // Chromium close its tab here.
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    ],
    {env: {...process.env, CHROME_PATH: CHROME}, maxBuffer: 256 * 1024 * 1024},
  );
  const report = JSON.parse(stdout) as {
    categories: {performance: {score: number}};
    audits: Record<string, {numericValue?: number}>;
  };
  return {
    score: Math.round(report.categories.performance.score * 100),
    cls: report.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    tbt: report.audits['total-blocking-time']?.numericValue ?? NaN,
    lcp: report.audits['largest-contentful-paint']?.numericValue ?? NaN,
  };
}
