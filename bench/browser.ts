/**
 * What the benchmark measures in Chromium: bytes fetched per query, probe
 * hits and query latency, for our search, easyops and Pagefind, each in a
 * fresh browser context (empty cache) on a page of the same build.
 */

import type {Browser, BrowserContext, Page} from 'playwright-core';

import {fileSize, median, quantile} from './site';
import type {StaticServer} from './server';

/** Where the benchmark serves its bundle of our worker (client/worker.ts). */
export const BENCH_WORKER = '/__bench/worker.js';

/** A file fetched during a query. */
export interface Fetched {
  path: string;
  gzip: number;
}

/** What one query fetched: each file once per page (a refetch would be a cache hit). */
export interface Transfer {
  query: string;
  files: Fetched[];
  gzip: number;
}

/** Counts the page's requests, and the gzip size of what it fetched while recording. */
class Traffic {
  private pending = 0;
  private lastActivity = performance.now();
  private recording: Promise<Fetched | undefined>[] | undefined;
  private readonly seen = new Set<string>();

  constructor(
    private readonly page: Page,
    private readonly server: StaticServer,
  ) {
    page.on('request', () => {
      this.pending += 1;
      this.lastActivity = performance.now();
    });
    const done = () => {
      this.pending -= 1;
      this.lastActivity = performance.now();
    };
    page.on('requestfinished', done);
    page.on('requestfailed', done);
    // Requests of the page's dedicated workers are reported here too.
    page.on('response', (response) => {
      this.recording?.push(this.measure(response.url()));
    });
  }

  private async measure(url: string): Promise<Fetched | undefined> {
    const file = await this.server.fileOf(url);
    if (!file) return undefined;
    return {path: new URL(url).pathname, gzip: (await fileSize(file)).gzip};
  }

  start(): void {
    this.recording = [];
  }

  /** Waits until the page has been quiet for `quietMs`, then ends the recording. */
  async stop(query: string, quietMs = 400): Promise<Transfer> {
    await this.quiet(quietMs);
    const fetched = (await Promise.all(this.recording ?? [])).filter(
      (file): file is Fetched => file !== undefined,
    );
    this.recording = undefined;
    const files: Fetched[] = [];
    for (const file of fetched) {
      if (this.seen.has(file.path)) continue;
      this.seen.add(file.path);
      files.push(file);
    }
    return {query, files, gzip: files.reduce((sum, file) => sum + file.gzip, 0)};
  }

  /** Resolves when no request is open and none started or ended for `quietMs`. */
  async quiet(quietMs = 400, timeoutMs = 120_000): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const workerIdle = await this.page.evaluate(
        () => performance.now() - (window as unknown as BenchWindow).__benchLastMessage,
      );
      const now = performance.now();
      if (this.pending <= 0 && now - this.lastActivity >= quietMs && workerIdle >= quietMs) return;
      if (now > deadline) throw new Error('the page did not settle');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

interface BenchWindow extends Window {
  __benchMessages: number;
  __benchLastMessage: number;
}

/** Counts messages from the page's workers: a search is done when its answer arrives. */
function countWorkerMessages(): void {
  const win = window as unknown as BenchWindow;
  win.__benchMessages = 0;
  win.__benchLastMessage = -1e9;
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.addEventListener('message', () => {
        win.__benchMessages += 1;
        win.__benchLastMessage = performance.now();
      });
    }
  };
}

async function openPage(
  browser: Browser,
  server: StaticServer,
  route: string,
): Promise<{context: BrowserContext; page: Page; traffic: Traffic}> {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}});
  // tsx names functions with an `__name` helper, which the functions that
  // run in the page then call.
  await context.addInitScript({content: 'globalThis.__name = (fn) => fn;'});
  const page = await context.newPage();
  await page.addInitScript(countWorkerMessages);
  const traffic = new Traffic(page, server);
  await page.goto(server.origin + route, {waitUntil: 'networkidle'});
  await traffic.quiet();
  return {context, page, traffic};
}

const messages = (page: Page) =>
  page.evaluate(() => (window as unknown as BenchWindow).__benchMessages);

/** Types a query into our search box the way a reader does, and waits for the worker's answer. */
async function typeQuery(page: Page, selector: string, query: string): Promise<void> {
  const box = page.locator(selector);
  const before = await messages(page);
  await box.fill('');
  await box.pressSequentially(query, {delay: 30});
  await page.waitForFunction(
    (count) => (window as unknown as BenchWindow).__benchMessages > count,
    before,
    {timeout: 120_000},
  );
}

const OUR_BOX = '[data-bench=ours] input';
const EASYOPS_BOX = '[data-bench=easyops] input';

/**
 * Bytes of a first query and of the queries after it, typed into a search
 * box (ours, easyops) or asked from Pagefind's API, in one page.
 */
export async function measureTransfers(
  browser: Browser,
  server: StaticServer,
  route: string,
  engine: 'ours' | 'easyops' | 'pagefind',
  queries: readonly string[],
): Promise<Transfer[]> {
  const {context, page, traffic} = await openPage(browser, server, route);
  try {
    const transfers: Transfer[] = [];
    for (const query of queries) {
      traffic.start();
      if (engine === 'pagefind') {
        await pagefindSearch(page, query);
      } else if (engine === 'ours') {
        await typeQuery(page, OUR_BOX, query);
      } else {
        // easyops starts loading its index when its box is focused; its
        // worker answers that call on the Worker, and searches through a
        // MessagePort, so only the network's quiet tells a search is done.
        const box = page.locator(EASYOPS_BOX);
        if (transfers.length === 0) await box.click();
        await box.fill('');
        await box.pressSequentially(query, {delay: 30});
        if (transfers.length === 0) {
          await page.waitForFunction(
            () => (window as unknown as BenchWindow).__benchMessages > 0,
            undefined,
            {timeout: 120_000},
          );
        }
      }
      transfers.push(await traffic.stop(query));
    }
    return transfers;
  } finally {
    await context.close();
  }
}

interface PagefindResult {
  data(): Promise<{url: string}>;
}
interface PagefindApi {
  search(query: string): Promise<{results: PagefindResult[]}>;
}

/** Pagefind's API: search, then the data (URL, excerpt) of the top 5. */
function pagefindSearch(page: Page, query: string): Promise<{urls: string[]; ms: number}> {
  return page.evaluate(async (q) => {
    const win = window as unknown as {__pagefind?: Promise<PagefindApi>};
    const pagefindUrl = '/pagefind/pagefind.js';
    win.__pagefind ??= import(/* webpackIgnore: true */ pagefindUrl) as Promise<PagefindApi>;
    const pagefind = await win.__pagefind;
    const started = performance.now();
    const found = await pagefind.search(q);
    const data = await Promise.all(found.results.slice(0, 5).map((result) => result.data()));
    return {urls: data.map((item) => item.url), ms: performance.now() - started};
  }, query);
}

/** Top results of a query as page paths. */
export type Hits = Record<string, string[]>;

/** Canonical page path of a result URL: no origin, query, hash, `.html` or trailing slash. */
export function pagePath(url: string): string {
  const {pathname} = new URL(url, 'http://x');
  return decodeURIComponent(pathname)
    .replace(/\.html$/, '')
    .replace(/(.)\/$/, '$1');
}

interface WorkerRequest {
  query: string;
  partial?: boolean;
  limit?: number;
}
interface WorkerAnswer {
  took: number;
  paths: string[];
}

/** Runs requests in a worker made from the benchmark's bundle of client/worker.ts. */
function askOurWorker(page: Page, requests: WorkerRequest[]): Promise<WorkerAnswer[]> {
  return page.evaluate(
    async ({requests: list, url}) => {
      interface Reply {
        id: number;
        response?: {results: {path: string}[]};
        took?: number;
        error?: string;
      }
      const win = window as unknown as {__benchWorker?: Worker; __benchId?: number};
      win.__benchWorker ??= new Worker(url);
      const worker = win.__benchWorker;
      const answers: {took: number; paths: string[]}[] = [];
      for (const request of list) {
        const id = (win.__benchId = (win.__benchId ?? 0) + 1);
        const reply = await new Promise<Reply>((resolve) => {
          const listener = (event: MessageEvent<Reply>) => {
            if (event.data.id !== id) return;
            worker.removeEventListener('message', listener);
            resolve(event.data);
          };
          worker.addEventListener('message', listener);
          worker.postMessage({id, request});
        });
        if (reply.error || !reply.response) throw new Error(reply.error ?? 'no response');
        answers.push({
          took: reply.took ?? Number.NaN,
          paths: reply.response.results.map((result) => result.path),
        });
      }
      return answers;
    },
    {requests, url: BENCH_WORKER},
  );
}

/** Latency figures of one engine (ms). */
export interface Latency {
  /** Median and p95 after warm-up. */
  median: number;
  p95: number;
  samples: number;
  /** Median of the warm-up pass: each query's first time, fetching included. */
  coldMedian?: number;
  /** Queries that gave no answer in time (easyops' UI). */
  timeouts?: number;
}

function latency(samples: number[], cold?: number[]): Latency {
  return {
    median: median(samples),
    p95: quantile(samples, 0.95),
    samples: samples.length,
    ...(cold ? {coldMedian: median(cold)} : {}),
  };
}

export interface EngineQueries {
  hits: Hits;
  /** Ours only: hits of the navbar's request (last word as a prefix), when they differ. */
  navbarHits?: Hits;
  latency: Latency;
}

/** Measured passes after the warm-up pass, for ours and Pagefind. */
const PASSES = 2;

/** Our engine: probes (as the search page asks) and latency (as the navbar asks), in the worker. */
export async function ourQueries(
  browser: Browser,
  server: StaticServer,
  route: string,
  probes: readonly string[],
  latencyQueries: readonly string[],
  topK: number,
): Promise<EngineQueries> {
  const {context, page} = await openPage(browser, server, route);
  try {
    const pageRequests = probes.map((query) => ({query, limit: topK}));
    const navbarRequests = probes.map((query) => ({query, partial: true, limit: 8}));
    const [pageAnswers, navbarAnswers] = [
      await askOurWorker(page, pageRequests),
      await askOurWorker(page, navbarRequests),
    ];
    const hits: Hits = {};
    const navbarHits: Hits = {};
    probes.forEach((query, i) => {
      hits[query] = pageAnswers[i]!.paths.slice(0, topK);
      navbarHits[query] = navbarAnswers[i]!.paths.slice(0, topK);
    });
    const requests = latencyQueries.map((query) => ({query, partial: true, limit: 8}));
    const cold = (await askOurWorker(page, requests)).map((answer) => answer.took);
    const samples: number[] = [];
    for (let pass = 0; pass < PASSES; pass += 1) {
      samples.push(...(await askOurWorker(page, requests)).map((answer) => answer.took));
    }
    return {hits, navbarHits, latency: latency(samples, cold)};
  } finally {
    await context.close();
  }
}

/** Pagefind: probes and latency through its JS API in the page. */
export async function pagefindQueries(
  browser: Browser,
  server: StaticServer,
  route: string,
  probes: readonly string[],
  latencyQueries: readonly string[],
  topK: number,
): Promise<EngineQueries> {
  const {context, page} = await openPage(browser, server, route);
  try {
    const hits: Hits = {};
    for (const query of probes) {
      hits[query] = (await pagefindSearch(page, query)).urls.slice(0, topK).map(pagePath);
    }
    const cold: number[] = [];
    for (const query of latencyQueries) cold.push((await pagefindSearch(page, query)).ms);
    const samples: number[] = [];
    for (let pass = 0; pass < PASSES; pass += 1) {
      for (const query of latencyQueries) samples.push((await pagefindSearch(page, query)).ms);
    }
    return {hits, latency: latency(samples, cold)};
  } finally {
    await context.close();
  }
}

/** easyops' search page content (its layout has no <main>). */
const EASYOPS_RESULTS = '#__docusaurus_skipToContent_fallback';

/** Queries of easyops' UI latency that warm it up first. */
const EASYOPS_WARMUP = 10;

/**
 * easyops: probes on its search page (/search?q=…, the result list's first
 * five links), latency in its navbar box from input to the rendered list.
 */
export async function easyopsQueries(
  browser: Browser,
  server: StaticServer,
  route: string,
  probes: readonly string[],
  latencyQueries: readonly string[],
  topK: number,
): Promise<EngineQueries> {
  const {context, page} = await openPage(browser, server, route);
  try {
    const hits: Hits = {};
    for (const query of probes) {
      await page.goto(`${server.origin}/search?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(
        (root) =>
          document.querySelector(`${root} section article`) !== null ||
          /No documents were found/.test(document.querySelector(root)?.textContent ?? ''),
        EASYOPS_RESULTS,
        {timeout: 120_000},
      );
      const links = await page
        .locator(`${EASYOPS_RESULTS} section article a[href]`)
        .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
      hits[query] = links.slice(0, topK).map(pagePath);
    }

    await page.goto(server.origin + route, {waitUntil: 'networkidle'});
    const box = page.locator(EASYOPS_BOX);
    await box.click();
    await page.waitForFunction(
      () => (window as unknown as BenchWindow).__benchMessages > 0,
      undefined,
      {timeout: 120_000},
    );
    // Another word than the first timed one: the same value would not re-render.
    await box.pressSequentially(latencyQueries[latencyQueries.length - 1]!, {delay: 30});
    await page.locator('[data-bench=easyops] [role=option]').first().waitFor({timeout: 120_000});
    const samples: number[] = [];
    let timeouts = 0;
    for (const [index, query] of latencyQueries.entries()) {
      const ms = await page.evaluate(easyopsUiTime, query);
      if (ms === null) timeouts += 1;
      else if (index >= EASYOPS_WARMUP) samples.push(ms);
    }
    return {hits, latency: {...latency(samples), timeouts}};
  } finally {
    await context.close();
  }
}

/**
 * In the page: sets easyops' box to a query as an input event does, and
 * returns the time until its result list is rendered anew (ms), or null
 * after 10 s.
 */
function easyopsUiTime(query: string): Promise<number | null> {
  const root = document.querySelector('[data-bench=easyops]')!;
  const input = root.querySelector('input')!;
  const list = root.querySelector('[role=listbox]');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  return new Promise((resolve) => {
    if (!list) {
      resolve(null);
      return;
    }
    let started = 0;
    // autocomplete.js renders the list once, when the worker's results arrive.
    const observer = new MutationObserver(() => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(performance.now() - started);
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(null);
    }, 10_000);
    observer.observe(list, {subtree: true, childList: true, characterData: true});
    input.focus();
    started = performance.now();
    setValue.call(input, query);
    input.dispatchEvent(new Event('input', {bubbles: true}));
  });
}
