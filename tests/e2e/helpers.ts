/**
 * Shared set-up for the browser tests: fixture sites built into temporary
 * folders, a static server for a build, and Debian's Chromium driven by
 * playwright-core. Nothing here downloads a browser;
 * `scripts/ensure-chromium.sh` installs the system one.
 */

import {spawnSync, type SpawnSyncReturns} from 'node:child_process';
import {createHash} from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import {createServer as createHttpServer} from 'node:http';
import {tmpdir} from 'node:os';
import {createServer} from 'node:net';
import path from 'node:path';

import type * as Axe from 'axe-core';
import {after, before} from 'node:test';

import {
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
  type Request,
} from 'playwright-core';

import {CACHE_RULES} from '../../deploy/headers';

export const siteDir = path.join(__dirname, '..', '..');
/** The real site's production build, made by `npm run build`. */
export const buildDir = path.join(siteDir, 'build');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const fixturesDir = path.join(__dirname, 'fixtures');

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

/** The shipped Cache-Control value of a path inside the site (deploy/headers.ts). */
function cacheControlOf(sitePath: string): string {
  return CACHE_RULES.find((rule) => new RegExp(rule.regex).test(sitePath))!.value;
}

/** A static server of a production build. */
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
  '.yml': 'text/yaml; charset=utf-8',
};

/**
 * Serves a build folder the way a static host does (`/a` → `a.html` or
 * `a/index.html`, else 404.html with status 404), and records every
 * request, including those of Web Workers, which the browser driver does
 * not report.
 */
export async function serveDir(root: string, baseUrl = '/'): Promise<Site> {
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new Error(
      root === buildDir
        ? 'Tuotantoversiota ei ole: aja ensin `npm run build` (npm test tekee sen).'
        : `Kansiossa ${root} ei ole rakennettua sivustoa.`,
    );
  }
  const requests: string[] = [];
  const server = createHttpServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    requests.push(pathname);
    const inside = `${pathname}/`.startsWith(baseUrl);
    const relative = pathname.slice(baseUrl.length - 1);
    const base = path.join(root, path.normalize(relative).replace(/^(\.\.[/\\])+/, ''));
    const candidates = inside ? [base, `${base}.html`, path.join(base, 'index.html')] : [];
    const file = candidates.find((candidate) => candidate.startsWith(root) && isFile(candidate));
    const status = file ? 200 : 404;
    const served = file ?? path.join(root, '404.html');
    response.writeHead(status, {
      'content-type': TYPES[path.extname(served)] ?? 'application/octet-stream',
      // The shipped cache rules, as a host serves them: the browser keeps
      // hashed files (and their compiled code) from one page to the next.
      'cache-control': cacheControlOf(relative),
    });
    response.end(readFileSync(served));
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A build served under its `baseUrl`: other paths get the 404 page. */
export function serveBuild({
  dir = buildDir,
  baseUrl = '/',
}: {
  /** The build's folder. */
  dir?: string;
  /** The path the site is served under (its `baseUrl`). */
  baseUrl?: string;
} = {}): Promise<Site> {
  return serveDir(dir, baseUrl);
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
      // Pages of one site share a renderer process, as they may on a phone
      // short of memory: the sweeps open a hundred pages, and starting a
      // process for each cost a quarter of their CPU time here.
      '--process-per-site',
    ],
  });
}

/** Every page path of a build, from its sitemap. */
export function sitePaths(root = buildDir): string[] {
  const sitemap = readFileSync(path.join(root, 'sitemap.xml'), 'utf8');
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (match) => new URL(match[1]!).pathname,
  );
  return [...new Set(paths)].sort();
}

/**
 * A page's template: the classes Docusaurus puts on <html> for its kind of
 * page (plugin, list or post, doc page), without the one page's own id,
 * and the part of the site it sits in (`/opas/kaytannot`, `/kunnat/akaa`),
 * counted from the site's base path.
 */
export function templateOf(sitePath: string, root = buildDir, baseUrl = '/'): string {
  const html = readFileSync(htmlFileOf(sitePath, root, baseUrl), 'utf8');
  const match = /<html\b[^>]*?\sclass=(?:"([^"]*)"|([^\s>]+))/.exec(html);
  const kind = (match?.[1] ?? match?.[2] ?? '')
    .split(/\s+/)
    .filter((name) => name !== '' && !/^docs-(doc-id|version)-/.test(name))
    .sort()
    .join(' ');
  const inside = `/${sitePath.slice(baseUrl.length)}`;
  return `${kind} ${inside.split('/').slice(0, -1).slice(0, 3).join('/')}`;
}

/** The pages of each template, in the order given. */
export function pagesByTemplate(
  paths: string[],
  templateOfPath: (sitePath: string) => string,
): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const sitePath of paths) {
    const template = templateOfPath(sitePath);
    groups.set(template, [...(groups.get(template) ?? []), sitePath]);
  }
  return groups;
}

/** The first and the last page of each template: two different pages where there are two. */
export function templateSample(groups: Map<string, string[]>): string[] {
  return [...groups.values()].flatMap((group) => [
    ...new Set([group[0]!, group[group.length - 1]!]),
  ]);
}

/** The built HTML file of a site path. */
export function htmlFileOf(sitePath: string, root = buildDir, baseUrl = '/'): string {
  const base = path.join(root, sitePath.slice(baseUrl.length - 1));
  const candidates = [`${base}.html`, path.join(base, 'index.html')];
  const file = candidates.find(isFile);
  if (!file) throw new Error(`no built page for ${sitePath}`);
  return file;
}

/** Problems the page reports while it loads and runs. */
export interface PageWatch {
  errors: string[];
}

/** Where a page's problems go: `errors` or `csp`, with the request that failed, if one did. */
type Report = (list: 'errors' | 'csp', text: string, request?: Request) => void;

/** Hands a page's console errors, uncaught exceptions and failed requests to `report`. */
function reportErrors(page: Page, report: Report): void {
  page.on('console', (message) => {
    if (message.type() === 'error') report('errors', `console: ${message.text()}`);
  });
  page.on('pageerror', (error) => report('errors', `exception: ${error.message}`));
  page.on('requestfailed', (request) =>
    report(
      'errors',
      `request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`,
      request,
    ),
  );
}

/**
 * Hands a page's Content-Security-Policy violations to `report`: the
 * document's `securitypolicyviolation` events and the console's reports.
 */
async function reportCsp(page: Page, report: Report): Promise<void> {
  await page.exposeFunction('__reportCsp', (text: string) => report('csp', text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as {__reportCsp: (text: string) => void}).__reportCsp(
        `${event.violatedDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) report('csp', message.text());
  });
}

/** Collects console errors, uncaught exceptions and failed requests. */
export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = {errors: []};
  reportErrors(page, (_, text) => watch.errors.push(text));
  return watch;
}

/** Records Content-Security-Policy violations on a page. */
export async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await reportCsp(page, (_, text) => violations.push(text));
  return violations;
}

/** A browser tab lent to one test by a `TabPool`. */
export interface Tab {
  page: Page;
  /** Console errors, uncaught exceptions and failed requests since the tab was lent. */
  errors: string[];
  /** Content-Security-Policy violations since the tab was lent. */
  csp: string[];
}

export interface TabPool {
  /**
   * Lends a tab to `run`, at the pool's viewport and colour scheme unless
   * `viewport` is given, and takes it back after. A tab whose test failed
   * is closed, not lent again: it may be left mid-way.
   */
  use: <T>(
    run: (tab: Tab) => Promise<T>,
    options?: {viewport?: {width: number; height: number}},
  ) => Promise<T>;
}

/**
 * Tabs that the tests of a file borrow and give back, as a reader goes from
 * page to page in the same tab. Opening a tab for each page started a
 * renderer process and loaded the site's scripts and axe cold each time:
 * about 2.2 s a page here, where a reused tab takes about 0.6 s
 * (measured over the first ten pages of the sitemap, one at a time).
 *
 * What a tab reports is counted to the test that holds it from the moment
 * the tab's next page is committed: until then the previous test's page
 * still runs, and may start requests that the new page then aborts, which
 * is an error of neither. A test's request interceptions end with it.
 */
export function tabPool(
  context: BrowserContext,
  {
    viewport = {width: 1280, height: 720},
    colorScheme = 'light',
  }: {viewport?: {width: number; height: number}; colorScheme?: 'light' | 'dark'} = {},
): TabPool {
  interface Held {
    page: Page;
    record: Tab | undefined;
    armed: boolean;
    lending: number;
  }
  const idle: Held[] = [];
  // Which lending each request was made in, by the page then committed.
  const requestLending = new WeakMap<Request, number>();

  async function open(): Promise<Held> {
    const page = await context.newPage();
    const held: Held = {page, record: undefined, armed: false, lending: 0};
    const report: Report = (list, text, request) => {
      const current = request ? requestLending.get(request) === held.lending : held.armed;
      if (current) held.record?.[list].push(text);
    };
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) held.armed = true;
    });
    page.on('request', (request) => {
      if (held.armed) requestLending.set(request, held.lending);
    });
    reportErrors(page, report);
    await reportCsp(page, report);
    // tsx compiles the tests keeping function names through a helper,
    // `__name`, that a page does not have: functions handed to
    // `page.evaluate` may call it.
    await page.addInitScript('window.__name = (f) => f;');
    return held;
  }

  return {
    async use(run, options = {}) {
      const held = idle.pop() ?? (await open());
      held.lending += 1;
      held.armed = false;
      const record: Tab = {page: held.page, errors: [], csp: []};
      held.record = record;
      await held.page.setViewportSize(options.viewport ?? viewport);
      await held.page.emulateMedia({colorScheme, media: null});
      let result;
      try {
        result = await run(record);
      } catch (error) {
        held.record = undefined;
        await held.page.close().catch(() => undefined);
        throw error;
      }
      held.record = undefined;
      await held.page.unrouteAll({behavior: 'ignoreErrors'});
      idle.push(held);
      return result;
    },
  };
}

/**
 * Loads a page and waits until React has hydrated it: Docusaurus sets
 * `<html data-has-hydrated="true">` then. Waiting for network idle instead
 * costs half a second of silence per page and says less.
 */
export async function gotoHydrated(page: Page, url: string) {
  const response = await page.goto(url, {waitUntil: 'load'});
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  return response;
}

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Violation summaries of axe-core's WCAG 2.1 A and AA rules on the page. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the browser's debugging protocol, not as a <script>
  // element, so that a page's Content-Security-Policy neither blocks it nor
  // reports it; once a document (compiling it costs more than a run of its
  // rules on most pages here).
  if (await page.evaluate(() => !('axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as {axe: typeof Axe}).axe;
    const result = await axe.run(document, {
      runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
      // Only violations are read; axe then keeps one node per passed rule
      // instead of every node, which saves much of its time on long pages.
      resultTypes: ['violations'],
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
  /**
   * The context `open` opens pages in, shared by the file's tests as a
   * reader's tabs share the browser's cache (and its storage: a test that
   * needs a fresh browser makes a context of its own).
   */
  context: BrowserContext;
  /** The build folder served. */
  root: string;
  /** The site's source folder (the fixture's copy, or this repository). */
  source: string;
  /**
   * Opens a page in a borrowed tab (see `tabPool`), waits until it has
   * hydrated, and hands it to `run` with the errors it reports meanwhile.
   */
  open: <T>(path: string, run: (tab: Tab) => Promise<T>) => Promise<T>;
  /** Tabs in `context` that the file's tests borrow (see `tabPool`). */
  tabs: TabPool;
}

/**
 * Before a test file's tests: builds the named fixture site (once, shared
 * with the other test files of the run) or takes the real site's build,
 * serves it and starts the browser; after them, stops both.
 */
export function withSite(fixture?: string): TestSite {
  const env = {} as TestSite;
  before(async () => {
    if (fixture) {
      const built = await buildFixture(fixture);
      env.root = built.buildDir;
      env.source = built.dir;
    } else {
      env.root = buildDir;
      env.source = siteDir;
    }
    env.site = await serveDir(env.root);
    env.browser = await launchBrowser();
    env.context = await env.browser.newContext();
    env.tabs = tabPool(env.context);
  });
  after(async () => {
    await env.browser?.close();
    await env.site?.stop();
  });
  env.open = (path, run) =>
    env.tabs.use(async (tab) => {
      await gotoHydrated(tab.page, env.site.origin + path);
      return run(tab);
    });
  return env;
}

/** The site's code: what a fixture site takes from this repository besides its content. */
const CODE_ENTRIES = [
  'docusaurus.config.ts',
  'sidebars.ts',
  'sidebarsKunnat.ts',
  'tsconfig.json',
  'package.json',
  'src',
  'static',
  'i18n',
];

/** Every file under a folder, relative to it, sorted. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), {withFileTypes: true})
    .flatMap((entry) => {
      const relative = path.join(prefix, entry.name);
      return entry.isDirectory() ? filesUnder(dir, relative) : [relative];
    })
    .sort();
}

/**
 * A fixture site in a new temporary folder: this site's code, the content
 * of `tests/e2e/fixtures/<name>/`, and this site's packages linked in, as a
 * Git repository with one commit of a fixed date (the build reads page
 * dates from Git, and the editor's Git mode needs a repository). Returns
 * the folder and a function that runs git in it.
 */
/**
 * A copy of this site's code (config, src, static, i18n) with the content of
 * a fixture site (`docs/`, `kunnat/`, `blog/`) instead of the guide's own,
 * in a new temporary folder with this site's packages linked in.
 */
export function copySiteWithContent(prefix: string, contentDir: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  for (const entry of CODE_ENTRIES) {
    cpSync(path.join(siteDir, entry), path.join(dir, entry), {recursive: true});
  }
  for (const entry of ['docs', 'kunnat', 'blog']) {
    cpSync(path.join(contentDir, entry), path.join(dir, entry), {recursive: true});
  }
  symlinkSync(path.join(siteDir, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

export function fixtureSite(
  name: string,
  prefix = `opas-${name}-`,
): {dir: string; git: (...args: string[]) => SpawnSyncReturns<string>} {
  const content = path.join(fixturesDir, name);
  if (!existsSync(content)) throw new Error(`no fixture site ${content}`);
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  for (const entry of CODE_ENTRIES) {
    cpSync(path.join(siteDir, entry), path.join(dir, entry), {recursive: true});
  }
  cpSync(content, dir, {recursive: true});
  symlinkSync(path.join(siteDir, 'node_modules'), path.join(dir, 'node_modules'));
  return {dir, git: gitCommitAll(dir)};
}

/**
 * Makes a folder a Git repository with one commit of a fixed date (the
 * build reads page dates from Git) and returns a function that runs git in it.
 */
function gitCommitAll(dir: string): (...args: string[]) => SpawnSyncReturns<string> {
  const date = '2023-01-30T12:00:00+02:00';
  const git = (...args: string[]) =>
    spawnSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      stdio: 'pipe',
      env: {...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date},
    });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=test', '-c', 'user.email=test@localhost', 'commit', '-qm', 'fixture');
  return git;
}

/**
 * Runs `docusaurus build` in a fixture site's folder. The bundler's
 * persistent cache is off: it lives in the shared node_modules and would
 * gain two entries for every temporary folder.
 */
export function runBuild(dir: string, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return spawnSync(
    process.execPath,
    [require.resolve('@docusaurus/core/bin/docusaurus.mjs'), 'build'],
    {
      cwd: dir,
      encoding: 'utf8',
      env: {...process.env, FORCE_COLOR: '0', DOCUSAURUS_NO_PERSISTENT_CACHE: 'true', ...env},
    },
  );
}

/**
 * A digest of everything a build depends on: this site's code and lock file,
 * the content folder `contentRoot/name` (for the site itself: its content
 * folders) and the build's settings.
 */
function inputDigest(contentRoot: string, name: string, settings: string): string {
  const hash = createHash('sha256');
  const add = (root: string, files: string[]) => {
    for (const file of files) {
      hash.update(`${root}/${file}\0`);
      hash.update(readFileSync(path.join(root, file)));
    }
  };
  const entries = [...CODE_ENTRIES, 'package-lock.json'];
  if (contentRoot === siteDir) entries.push('docs', 'kunnat', 'blog');
  for (const entry of entries) {
    const full = path.join(siteDir, entry);
    add(siteDir, statSync(full).isDirectory() ? filesUnder(siteDir, entry) : [entry]);
  }
  if (contentRoot !== siteDir) {
    const content = path.join(contentRoot, name);
    add(content, filesUnder(content));
  }
  hash.update(settings);
  return hash.digest('hex').slice(0, 16);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The environment each fixture site is built with. The `opas` fixture is
 * built with feedback by e-mail, so that `feedback.test.ts` checks that
 * configuration without a build of its own; the real site's own build has
 * none, and the base-path build (`BASE_PATH_BUILD`) has a form service.
 */
export const FIXTURE_ENV: Record<string, Record<string, string>> = {
  opas: {FEEDBACK_EMAIL: 'palaute@example.fi', SITE_URL: 'https://opas.example.fi'},
};

/**
 * Makes a build once per test run, however many test files ask for it. The
 * test files of one `node --test` run are processes of the same parent: the
 * first to ask builds (holding a lock folder), the others wait for its
 * result. The build lives in the temporary folder under the run's process id
 * and a digest of what it depends on; folders of finished runs are removed.
 * A failed build is not tried again in the same run: the others get its error.
 * `make()` builds into `<folder>/build` of a new folder of its own, returns
 * the folder, and throws if the build fails.
 */
async function buildOnce(
  stem: string,
  digest: string,
  make: () => string,
): Promise<{dir: string; buildDir: string}> {
  // `npm test` names its run (scripts/test.sh), so that the builds it starts
  // ahead of the browser tests are theirs; a lone `node --test` run is its
  // test files' parent process.
  const run = Number(process.env.OPAS_TEST_RUN) || process.ppid;
  const final = path.join(tmpdir(), `${stem}${run}-${digest}`);
  const lock = `${final}.lock`;
  const done = path.join(final, 'build', 'index.html');
  // A build that failed fails once: the files waiting for it read its error.
  const failed = `${final}.failed`;
  const result = {dir: final, buildDir: path.join(final, 'build')};
  for (;;) {
    if (existsSync(done)) return result;
    if (existsSync(failed)) throw new Error(readFileSafe(failed));
    try {
      mkdirSync(lock);
    } catch {
      // Another test file is building it, or died doing so.
      const owner = Number(readFileSafe(path.join(lock, 'pid')));
      if (owner && !alive(owner)) rmSync(lock, {recursive: true, force: true});
      await new Promise((resolve) => setTimeout(resolve, 250));
      continue;
    }
    try {
      writeFileSync(path.join(lock, 'pid'), String(process.pid));
      if (existsSync(done)) return result;
      for (const entry of readdirSync(tmpdir())) {
        const match = entry.startsWith(stem) ? /^(\d+)-/.exec(entry.slice(stem.length)) : null;
        if (match && Number(match[1]) !== run && !alive(Number(match[1]))) {
          rmSync(path.join(tmpdir(), entry), {recursive: true, force: true});
        }
      }
      let built: string;
      try {
        built = make();
      } catch (error) {
        writeFileSync(failed, error instanceof Error ? error.message : String(error));
        throw error;
      }
      rmSync(final, {recursive: true, force: true});
      renameSync(built, final);
      return result;
    } finally {
      rmSync(lock, {recursive: true, force: true});
    }
  }
}

/** Builds a fixture site (with its `FIXTURE_ENV`) once per test run; see `buildOnce`. */
export async function buildFixture(name: string): Promise<{dir: string; buildDir: string}> {
  const env = FIXTURE_ENV[name] ?? {};
  return buildOnce(
    `opas-fixture-${name}-`,
    inputDigest(fixturesDir, name, JSON.stringify(env)),
    () => {
      const {dir} = fixtureSite(name, `opas-fixture-${name}-work-`);
      const built = runBuild(dir, env);
      if (built.status !== 0) {
        rmSync(dir, {recursive: true, force: true});
        throw new Error(`fixture site ${name} did not build:\n${built.stdout}\n${built.stderr}`);
      }
      return dir;
    },
  );
}

/**
 * A build of this site (its code and content, copied) with other settings
 * (such as `BASE_URL`), made once per test run for every test file that
 * asks with the same settings; see `buildOnce`.
 */
export async function buildSiteWith(
  env: Record<string, string>,
): Promise<{dir: string; buildDir: string}> {
  return buildOnce('opas-variant-', inputDigest(siteDir, '', JSON.stringify(env)), () => {
    // In a copy, so that the build's generated files (.docusaurus/) do not
    // replace those of the real build that other tests read.
    const dir = copySiteWithContent('opas-variant-work-', siteDir);
    gitCommitAll(dir);
    const result = runBuild(dir, env);
    if (result.status !== 0) {
      rmSync(dir, {recursive: true, force: true});
      throw new Error(
        `the site did not build with ${JSON.stringify(env)}:\n${result.stdout}\n${result.stderr}`,
      );
    }
    return dir;
  });
}

/**
 * The settings of the one other build of this site the tests make: under a
 * base path, with feedback through a form service. `base-url.test.ts` sweeps
 * its pages; `feedback.test.ts` uses its form.
 */
export const BASE_PATH_BUILD = {
  BASE_URL: '/opas/',
  FEEDBACK_URL: 'https://lomake.example.fi/palaute?lomake=opas',
  SITE_URL: 'https://opas.example.fi',
} as const;

function readFileSafe(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
