/**
 * Shared set-up for the browser tests: a static server for the production
 * build and Debian's Chromium driven by playwright-core. Nothing here
 * downloads a browser; `scripts/ensure-chromium.sh` installs the system one.
 */

import {spawn, type ChildProcess} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {createServer} from 'node:net';
import path from 'node:path';

import type * as Axe from 'axe-core';
import {chromium, type Browser, type Page} from 'playwright-core';

export const siteDir = path.join(__dirname, '..', '..');
export const buildDir = path.join(siteDir, 'build');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function freePort(): Promise<number> {
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

/** A running `docusaurus serve` of the production build. */
export interface Site {
  origin: string;
  stop: () => Promise<void>;
}

export async function serveBuild(): Promise<Site> {
  if (!existsSync(path.join(buildDir, 'index.html'))) {
    throw new Error('Tuotantoversiota ei ole: aja ensin `npm run build` (npm test tekee sen).');
  }
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      require.resolve('@docusaurus/core/bin/docusaurus.mjs'),
      'serve',
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      '--no-open',
    ],
    {cwd: siteDir, stdio: 'ignore'},
  );
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const response = await fetch(origin);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`server did not start at ${origin}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    origin,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
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
