/**
 * `npm run bench`: builds the 200- and 1,000-page corpora, indexes them with
 * our search, easyops and Pagefind, measures the three in Chromium and
 * writes BENCHMARKS.md. bench/README.md states the rules.
 *
 * BENCH_SIZES=200 npm run bench runs one size (for trying changes quickly;
 * BENCHMARKS.md then has only that size).
 */

import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {mkdir, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import {build as esbuild} from 'esbuild';
import * as prettier from 'prettier';

import {chromiumPath, launchBrowser} from '../tests/e2e/helpers';
import {
  BENCH_WORKER,
  easyopsQueries,
  measureTransfers,
  ourQueries,
  pagefindQueries,
  type EngineQueries,
  type Transfer,
} from './browser';
import {generateCorpus, loadVocabulary, type Corpus, type Probe} from './corpus';
import {peersDir, repoRoot} from './fixture/config';
import {loadQueries} from './devset/rules';
import {devsetCorpus} from './devset/corpus';
import {
  ENGINES,
  renderReport,
  judgeGoals,
  replaceMarked,
  type DevsetFigures,
  type Machine,
  type SizeFigures,
} from './report';
import {serveStatic} from './server';
import {
  benchDir,
  buildFixture,
  buildWrittenFixture,
  indexSizes,
  median,
  run,
  runPagefind,
  timeOurBuildIndex,
  writeFixture,
  type BuildTimes,
  type WrittenTimes,
} from './site';

const outDir = path.join(benchDir, 'out');
const sizes = (process.env.BENCH_SIZES ?? '200,1000,10000').split(',').map(Number);
/**
 * Largest size easyops runs at. Its index is one file that every page
 * downloads whole on the first keystroke (7.9 MB gzip at 1,000 pages in the
 * last run, growing linearly), and its search page reloads it per query.
 */
const easyopsMax = Number(process.env.BENCH_EASYOPS_MAX ?? 1000);
/**
 * Largest size that one `docusaurus build` makes. Above it the pages are
 * written from a real build of the corpus' first pages (bench/pages.ts):
 * the 10,000-page build took 11 GB of memory and more than half an hour
 * on the benchmark's machine.
 */
const buildMax = Number(process.env.BENCH_BUILD_MAX ?? 1000);
/** BENCH_DEVSET=0 leaves the development set out (for trying a change quickly). */
const withDevset = process.env.BENCH_DEVSET !== '0';

const step = (message: string) => console.log(`[bench] ${message}`);

/** The peers are installed here, not by the site's `npm ci`. */
async function ensurePeers(): Promise<void> {
  if (existsSync(path.join(peersDir, 'node_modules', '.package-lock.json'))) return;
  step('installing the peers: npm ci --prefix bench/peers');
  // bench/peers/.npmrc says the same; the flag keeps it true from any folder.
  await run('npm', ['ci', '--prefix', peersDir, '--legacy-peer-deps', '--no-audit', '--no-fund'], {
    cwd: repoRoot,
  });
}

/** Our worker as one file, for measuring latency in the worker itself. */
async function bundleWorker(): Promise<string> {
  const outfile = path.join(outDir, 'worker.js');
  await esbuild({
    entryPoints: [path.join(repoRoot, 'src', 'plugins', 'search', 'client', 'worker.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

/** Words of the corpus for latency queries: past the function words, assorted frequency. */
function latencyWords(corpus: Corpus, count: number): string[] {
  const candidates = corpus.frequentWords.slice(40, 6000).filter((word) => word.length >= 4);
  const every = Math.max(1, Math.floor(candidates.length / count));
  return candidates.filter((_, i) => i % every === 0).slice(0, count);
}

const load = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(', ');

async function main(): Promise<void> {
  const started = performance.now();
  const loadBefore = load();
  await ensurePeers();
  await mkdir(outDir, {recursive: true});
  const {topK, probes} = JSON.parse(readFileSync(path.join(benchDir, 'probes.json'), 'utf8')) as {
    topK: number;
    probes: Probe[];
  };
  const probeQueries = probes.map((probe) => probe.query);
  const realQueries = probes.filter((probe) => probe.target).map((probe) => probe.query);

  step('vocabulary from @cspell/dict-fi-fi');
  const vocabulary = await loadVocabulary(repoRoot, peersDir, probes);
  const workerFile = await bundleWorker();
  const browser = await launchBrowser();
  const figures: Record<number, SizeFigures> = {};
  let devset: DevsetFigures | undefined;
  try {
    if (withDevset) {
      const siteDir = path.join(outDir, 'devset');
      const queries = loadQueries();
      const corpus = devsetCorpus();
      step(`development set: ${corpus.pages.length} pages, ${queries.length} queries`);
      await writeFixture(siteDir, corpus);
      await buildFixture(siteDir);
      await runPagefind(siteDir);
      const server = await serveStatic(
        path.join(siteDir, 'build'),
        new Map([[BENCH_WORKER, workerFile]]),
      );
      try {
        const route = corpus.pages[0]!.route;
        const asked = [...new Set(queries.map((query) => query.query))];
        const few = asked.slice(0, 3);
        const hits = {} as DevsetFigures['hits'];
        for (const engine of ENGINES) {
          step(`development set: ${engine} in Chromium`);
          const measure = {ours: ourQueries, easyops: easyopsQueries, pagefind: pagefindQueries}[
            engine
          ];
          hits[engine] = (await measure(browser, server, route, asked, few, topK)).hits;
        }
        devset = {
          queries,
          routes: Object.fromEntries(
            corpus.pages.map((page) => [
              page.file.replace(/^aihe-01\//, '').replace(/\.md$/, ''),
              page.route,
            ]),
          ),
          hits,
          pages: corpus.pages.length,
        };
      } finally {
        await server.close();
      }
    }
    for (const size of sizes) {
      const siteDir = path.join(outDir, String(size));
      const written = size > buildMax;
      const easyops = size <= easyopsMax && !written;
      step(`${size} pages: corpus and fixture site`);
      const corpus = generateCorpus(size, vocabulary, probes);
      let build: BuildTimes & Partial<WrittenTimes>;
      if (written) {
        step(`${size} pages: docusaurus build of the first pages, the others written from it`);
        build = await buildWrittenFixture(siteDir, corpus);
      } else {
        await writeFixture(siteDir, corpus, {easyops});
        step(`${size} pages: docusaurus build (our plugin${easyops ? ' + easyops' : ''})`);
        build = await buildFixture(siteDir, {easyops});
      }
      // Both timed the same way: the median of as many runs, so that the
      // first run of either (cold disk cache, a machine still busy with the
      // build just before) is not the one compared.
      const repeat = size >= 10_000 ? 1 : 3;
      step(`${size} pages: pagefind (${repeat} runs)`);
      const pagefindRuns: number[] = [];
      for (let i = 0; i < repeat; i += 1) pagefindRuns.push(await runPagefind(siteDir));
      const pagefindMs = median(pagefindRuns);
      step(`${size} pages: our index builder in a process of its own (${repeat} runs)`);
      const buildIndexMs = await timeOurBuildIndex(siteDir, corpus, repeat);
      const buildDir = path.join(siteDir, 'build');
      const index = await indexSizes(buildDir, {easyops});

      const server = await serveStatic(buildDir, new Map([[BENCH_WORKER, workerFile]]));
      try {
        // A page that holds no probe target: the reader searches from elsewhere.
        const route = corpus.pages[1]!.route;
        const latencyQueries = [...realQueries, ...latencyWords(corpus, 60)];
        const transfers: Record<string, Transfer[]> = {};
        const queries: Record<string, EngineQueries> = {};
        for (const engine of ENGINES.filter((name) => easyops || name !== 'easyops')) {
          step(`${size} pages: ${engine} in Chromium`);
          transfers[engine] = await measureTransfers(browser, server, route, engine, probeQueries);
          const measure = {ours: ourQueries, easyops: easyopsQueries, pagefind: pagefindQueries}[
            engine
          ];
          queries[engine] = await measure(
            browser,
            server,
            route,
            probeQueries,
            latencyQueries,
            topK,
          );
        }
        figures[size] = {
          pages: corpus.pages.length,
          averageWords: corpus.pages.reduce((sum, page) => sum + page.words, 0) / size,
          docusaurusBuildMs: build.docusaurus,
          ...(build.pagesWritten !== undefined && build.templatePages !== undefined
            ? {written: {templatePages: build.templatePages, ms: build.pagesWritten}}
            : {}),
          targets: Object.fromEntries(corpus.targetRoutes),
          engines: {
            ours: {
              build: [
                {ms: buildIndexMs, what: 'index builder, a process of its own'},
                {
                  ms: build.oursPostBuild,
                  what: written
                    ? "the plugin's postBuild on the written pages"
                    : 'postBuild in the build',
                },
              ],
              index: index.ours,
              transfers: transfers.ours!,
              queries: queries.ours!,
            },
            ...(easyops && index.easyops
              ? {
                  easyops: {
                    build: [{ms: build.easyopsPostBuild, what: 'postBuild in the build'}],
                    index: index.easyops,
                    transfers: transfers.easyops!,
                    queries: queries.easyops!,
                  },
                }
              : {}),
            pagefind: {
              build: [{ms: pagefindMs, what: 'CLI'}],
              index: index.pagefind,
              transfers: transfers.pagefind!,
              queries: queries.pagefind!,
            },
          },
        };
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }

  const largest = Math.max(...sizes);
  const goals = judgeGoals(figures, probes, largest, devset);
  const machine: Machine = {
    date: new Date().toISOString().slice(0, 10),
    cores: os.availableParallelism(),
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    node: process.version,
    // Debian's wrapper script prints a shell warning on stderr; only stdout counts.
    chromium: execFileSync(chromiumPath, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .split('\n')[0]!
      .trim(),
    loadBefore,
    loadAfter: load(),
    runSeconds: (performance.now() - started) / 1000,
  };
  const report = renderReport({
    figures,
    probes,
    goals,
    machine,
    devset,
    easyopsMax,
    buildMax,
    firstQuery: probeQueries[0]!,
    secondQuery: probeQueries[1]!,
  });
  // Formatted as `npm run lint` checks the repository; only our part of
  // the shared file is rewritten.
  const reportFile = path.join(repoRoot, 'BENCHMARKS.md');
  const prettierOptions = await prettier.resolveConfig(reportFile);
  const part = await prettier.format(report, {...prettierOptions, filepath: reportFile});
  const current = existsSync(reportFile) ? readFileSync(reportFile, 'utf8') : '';
  await writeFile(reportFile, replaceMarked(current, part.trim()));
  await writeFile(
    path.join(outDir, 'figures.json'),
    JSON.stringify({figures, goals, machine}, null, 2),
  );
  console.log('\nGoals (issue 10):');
  for (const goal of goals) console.log(`  ${goal.holds ? '✔' : '✘'} ${goal.text}: ${goal.detail}`);
  step(`BENCHMARKS.md written in ${Math.round(machine.runSeconds)} s`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
