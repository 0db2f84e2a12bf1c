/**
 * Shared set-up for the browser tests: a static server for the production
 * build and Debian's Chromium driven by playwright-core. Nothing here
 * downloads a browser; `scripts/ensure-chromium.sh` installs the system one.
 */

import {spawnSync, type SpawnSyncReturns} from 'node:child_process';
import {cpSync, existsSync, mkdtempSync, readFileSync, statSync, symlinkSync} from 'node:fs';
import {createServer as createHttpServer} from 'node:http';
import {tmpdir} from 'node:os';
import {createServer} from 'node:net';
import path from 'node:path';

import type * as Axe from 'axe-core';
import {after, before} from 'node:test';

import {chromium, type Browser, type Page} from 'playwright-core';

export const siteDir = path.join(__dirname, '..', '..');
export const buildDir = path.join(siteDir, 'build');
const defaultBuildDir = buildDir;
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A static server of the production build. */
export interface Site {
  origin: string;
  /** Paths requested so far, in order: what the pages and workers fetched. */
  requests: string[];
  stop: () => Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `build/` the way a static host does (`/a` → `a.html` or
 * `a/index.html`, else 404.html with status 404), and records every request,
 * including those of Web Workers, which the browser driver does not report.
 */
export async function serveBuild({
  dir: buildDir = defaultBuildDir,
  baseUrl = '/',
}: {
  /** The build's folder. */
  dir?: string;
  /** The path the site is served under (its `baseUrl`); other paths get the 404 page. */
  baseUrl?: string;
} = {}): Promise<Site> {
  if (!existsSync(path.join(buildDir, 'index.html'))) {
    throw new Error('Tuotantoversiota ei ole: aja ensin `npm run build` (npm test tekee sen).');
  }
  const requests: string[] = [];
  const server = createHttpServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    requests.push(pathname);
    const inside = `${pathname}/`.startsWith(baseUrl);
    const relative = pathname.slice(baseUrl.length - 1);
    const base = path.join(buildDir, path.normalize(relative).replace(/^(\.\.[/\\])+/, ''));
    const candidates = inside ? [base, `${base}.html`, path.join(base, 'index.html')] : [];
    const file = candidates.find(
      (candidate) => candidate.startsWith(buildDir) && isFile(candidate),
    );
    const status = file ? 200 : 404;
    const served = file ?? path.join(buildDir, '404.html');
    response.writeHead(status, {
      'content-type': TYPES[path.extname(served)] ?? 'application/octet-stream',
    });
    response.end(readFileSync(served));
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromiumia ei löydy polusta ${chromiumPath}: aja \`bash scripts/ensure-chromium.sh\` (npm test tekee sen).`,
    );
  }
  return chromium.launch({
    executablePath: chromiumPath,
    // The closed network here refuses the browser's background connections;
    // these flags keep it from trying.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Every page path of the build, from its sitemap, plus the 404 page. */
export function sitePaths(): string[] {
  const sitemap = readFileSync(path.join(buildDir, 'sitemap.xml'), 'utf8');
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (match) => new URL(match[1]!).pathname,
  );
  return [...new Set(paths)].sort();
}

/** Problems the page reports while it loads and runs. */
export interface PageWatch {
  errors: string[];
}

/** Collects console errors, uncaught exceptions and failed requests. */
export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = {errors: []};
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => watch.errors.push(`exception: ${error.message}`));
  page.on('requestfailed', (request) =>
    watch.errors.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`),
  );
  return watch;
}

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Violation summaries of axe-core's WCAG 2.1 A and AA rules on the page. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({content: axeSource});
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as {axe: typeof Axe}).axe;
    const result = await axe.run(document, {
      runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
    });
    return result.violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(' | ')})`,
    );
  });
  return violations;
}

/** The served build and the browser of one test file. */
export interface TestSite {
  site: Site;
  browser: Browser;
  /** Opens a page, waits until the network is idle, and watches it for errors. */
  open: (path: string) => Promise<{page: Page; errors: string[]}>;
}

/** Starts the server and the browser before a test file's tests, and stops them after. */
export function withSite(): TestSite {
  const env = {} as TestSite;
  before(async () => {
    env.site = await serveBuild();
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    await env.site?.stop();
  });
  env.open = async (path) => {
    const page = await env.browser.newPage();
    const watch = watchPage(page);
    await page.goto(env.site.origin + path, {waitUntil: 'networkidle'});
    return {page, errors: watch.errors};
  };
  return env;
}

/** What a site needs to build, besides its packages. */
const SITE_ENTRIES = [
  'docusaurus.config.ts',
  'sidebars.ts',
  'sidebarsKunnat.ts',
  'tsconfig.json',
  'package.json',
  'src',
  'docs',
  'kunnat',
  'blog',
  'static',
  'i18n',
];

/**
 * A copy of this site in a new temporary folder, with this site's packages
 * linked in, as a Git repository with one commit (the build reads page
 * dates from Git, and the editor's Git mode needs a repository). Returns the
 * folder and a function that runs git in it.
 */
/**
 * A copy of this site's code (config, src, static, i18n) with the content of
 * a fixture site (`docs/`, `kunnat/`, `blog/`) instead of the guide's own,
 * in a new temporary folder with this site's packages linked in.
 */
export function copySiteWithContent(prefix: string, contentDir: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  for (const entry of SITE_ENTRIES) {
    if (['docs', 'kunnat', 'blog'].includes(entry)) continue;
    cpSync(path.join(siteDir, entry), path.join(dir, entry), {recursive: true});
  }
  for (const entry of ['docs', 'kunnat', 'blog']) {
    cpSync(path.join(contentDir, entry), path.join(dir, entry), {recursive: true});
  }
  symlinkSync(path.join(siteDir, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

export function copySite(prefix: string): {
  dir: string;
  git: (...args: string[]) => SpawnSyncReturns<string>;
} {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  for (const entry of SITE_ENTRIES) {
    cpSync(path.join(siteDir, entry), path.join(dir, entry), {recursive: true});
  }
  symlinkSync(path.join(siteDir, 'node_modules'), path.join(dir, 'node_modules'));
  const git = (...args: string[]) =>
    spawnSync('git', args, {cwd: dir, encoding: 'utf8', stdio: 'pipe'});
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=test', '-c', 'user.email=test@localhost', 'commit', '-qm', 'copy');
  return {dir, git};
}
