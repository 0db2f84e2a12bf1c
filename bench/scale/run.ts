/**
 * `npm run bench:scale`: generates N case notes (and N/100 practices) into a
 * copy of the site, builds it and a bare Docusaurus over the same Markdown,
 * at 1,000 and 10,000 notes in one run, measures both builds and what a
 * reader loads, runs Lighthouse on every page type of the 1,000-note build,
 * and writes its part of BENCHMARKS.md. bench/README.md has the rules.
 *
 * SCALE_SIZES=1000 runs one size only, SCALE_LIGHTHOUSE=0 skips Lighthouse
 * and SCALE_BARE=0 the bare builds (for trying a change; such figures are
 * not the benchmark's).
 */

import {existsSync} from 'node:fs';
import {mkdir, readdir, readFile, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import {buildSite, folderSize, repoRoot, writeBareSite, writeOurSite} from './build';
import {generateContent} from './generate';
import {
  firstQueryBytes,
  htmlBytes,
  lighthouse,
  pageJs,
  serveGzip,
  type LighthouseResult,
} from './measure';
import {JS_ROUTES, writeReport, type Build, type Figures, type SizeFigures} from './report';
import {run} from '../site';

const outDir = path.join(repoRoot, 'bench', 'out', 'scale');
const peersDir = path.join(repoRoot, 'bench', 'peers');
const lighthouseBin = path.join(peersDir, 'node_modules', '.bin', 'lighthouse');
const PORT = Number(process.env.SCALE_PORT ?? 3141);
const QUERY = 'energia';

/**
 * The build settings the README gives for large collections, used for both
 * builds: a heap limit below the memory goal, fewer pages rendered at
 * once than Docusaurus' default of 32, and no persistent bundler cache (the
 * bare site's config reads the same variable).
 */
export const BUILD_ENV = {
  NODE_OPTIONS: '--max-old-space-size=4096',
  DOCUSAURUS_SSR_CONCURRENCY: '8',
  BUILD_CACHE: 'false',
};

const sizes = (process.env.SCALE_SIZES ?? '1000,10000').split(',').map(Number);
const withBare = process.env.SCALE_BARE !== '0';

async function newsPost(buildDir: string): Promise<string> {
  const posts = (await readdir(path.join(buildDir, 'ajankohtaista'), {recursive: true}))
    .map(String)
    .filter((file) => /^\d{4}\/.+\.html$/.test(file))
    .sort();
  if (!posts[0]) throw new Error('no news post in the build');
  return `/ajankohtaista/${posts[0].replace(/\.html$/, '').replace(/\/index$/, '')}`;
}

async function measureSize(count: number, kinds: 'both' | 'ours'): Promise<SizeFigures> {
  const oursDir = path.join(outDir, `ours-${count}`);
  const bareDir = path.join(outDir, `bare-${count}`);
  console.log(`== ${count} notes: writing the sites`);
  await writeOurSite(oursDir);
  const generated = await generateContent(repoRoot, oursDir, count);
  await writeBareSite(bareDir, oursDir);

  const builds: SizeFigures['builds'] = {
    ours: {wall: NaN, peakRss: NaN, ok: false, load: [NaN]},
    bare: {wall: NaN, peakRss: NaN, ok: false, load: [NaN]},
  };
  for (const which of which0(kinds)) {
    builds[which] = await timedBuild(which, which === 'ours' ? oursDir : bareDir, count);
  }

  const oursBuild = path.join(oursDir, 'build');
  const bareBuild = path.join(bareDir, 'build');
  const note = generated.notePaths[Math.floor(generated.notePaths.length / 2)]!;
  const figures: SizeFigures = {
    notes: count,
    practices: generated.practices,
    notePath: note,
    builds,
  };
  if (builds.ours.ok) {
    figures.output = {ours: await folderSize(oursBuild)};
    figures.html = {
      note: await htmlBytes(oursBuild, note),
      finder: await htmlBytes(oursBuild, '/kaytannot'),
      municipality: await htmlBytes(oursBuild, '/kunnat/akaa'),
    };
    const server = await serveGzip(oursBuild, PORT);
    try {
      figures.js = {
        note: await pageJs(server.origin, oursBuild, note),
        doc: await pageJs(server.origin, oursBuild, JS_ROUTES.doc),
        chapter: await pageJs(server.origin, oursBuild, JS_ROUTES.chapter),
      };
      figures.search = await firstQueryBytes(server.origin, oursBuild, note, QUERY);
    } catch (error) {
      console.log(`measuring in Chromium failed: ${String(error)}`);
    } finally {
      await server.close();
    }
  }
  if (kinds === 'both' && builds.bare.ok) {
    figures.output = {...figures.output, bare: await folderSize(bareBuild)};
    figures.bareHtml = {note: await htmlBytes(bareBuild, `/docs${note}`)};
    const server = await serveGzip(bareBuild, PORT);
    try {
      figures.bareJs = {
        note: await pageJs(server.origin, bareBuild, `/docs${note}`),
        doc: await pageJs(server.origin, bareBuild, `/docs${JS_ROUTES.doc}`),
        chapter: await pageJs(server.origin, bareBuild, `/docs${JS_ROUTES.chapter}`),
      };
    } finally {
      await server.close();
    }
  }
  return figures;
}

/** Builds one site with BUILD_ENV, says how it went and records it with the load before it. */
async function timedBuild(which: 'bare' | 'ours', dir: string, count: number): Promise<Build> {
  const load = os.loadavg();
  console.log(
    `== ${count} notes: building ${which} (load ${load.map((v) => v.toFixed(1)).join(' ')})`,
  );
  const {error, ...result} = await buildSite(
    dir,
    BUILD_ENV,
    path.join(outDir, `build-${which}-${count}.log`),
  );
  console.log(
    `   ${result.ok ? 'ok' : (result.stopped ?? 'FAILED')} in ${(result.wall / 1000).toFixed(1)} s, peak ${(result.peakRss / 2 ** 30).toFixed(2)} GB`,
  );
  if (error) console.log(error);
  return {...result, load};
}

function which0(which: 'both' | 'ours'): ('bare' | 'ours')[] {
  return which === 'both' ? ['bare', 'ours'] : ['ours'];
}

/** The bare build of a size whose own build was measured earlier in the run. */
async function measureBare(count: number, figures: SizeFigures): Promise<void> {
  const bareDir = path.join(outDir, `bare-${count}`);
  const result = await timedBuild('bare', bareDir, count);
  figures.builds.bare = result;
  if (!result.ok) return;
  const bareBuild = path.join(bareDir, 'build');
  figures.output = {...figures.output, bare: await folderSize(bareBuild)};
  figures.bareHtml = {note: await htmlBytes(bareBuild, `/docs${figures.notePath}`)};
  const server = await serveGzip(bareBuild, PORT);
  try {
    figures.bareJs = {
      note: await pageJs(server.origin, bareBuild, `/docs${figures.notePath}`),
      doc: await pageJs(server.origin, bareBuild, `/docs${JS_ROUTES.doc}`),
      chapter: await pageJs(server.origin, bareBuild, `/docs${JS_ROUTES.chapter}`),
    };
  } finally {
    await server.close();
  }
}

async function lighthouseRuns(count: number): Promise<Figures['lighthouse']> {
  const buildDir = path.join(outDir, `ours-${count}`, 'build');
  const generated = JSON.parse(
    await readFile(path.join(outDir, 'figures.json'), 'utf8'),
  ) as Figures;
  const note = generated.sizes.find((size) => size.notes === count)?.notePath ?? '';
  const pages: [string, string][] = [
    ['home', '/'],
    ['short chapter', '/opas/sanasto'],
    ['long chapter', '/opas/menetelmat/mittarit'],
    ['practice', '/opas/kaytannot/asukkaiden-ilmastokysely'],
    ['case note', note],
    ['municipality page', '/kunnat/akaa'],
    ['finder', '/kaytannot'],
    ['search page with a query', `/haku?q=${QUERY}`],
    ['news post', await newsPost(buildDir)],
    ['accessibility statement', '/saavutettavuus'],
  ];
  /** Two runs of a page; the best is the one with the highest score. */
  const twoRuns = async (origin: string, route: string) => {
    const runs: LighthouseResult[] = [];
    for (let attempt = 0; attempt < 2; attempt += 1) {
      try {
        runs.push(await lighthouse(lighthouseBin, `${origin}${route}`));
      } catch (error) {
        console.log(`lighthouse ${route}: ${String(error).slice(0, 300)}`);
      }
    }
    const best = runs.sort((a, b) => b.score - a.score || a.tbt - b.tbt)[0];
    console.log(
      `   ${route}: ${runs.map((r) => `${r.score} (TBT ${Math.round(r.tbt)}, CLS ${r.cls.toFixed(3)})`).join(', ')}`,
    );
    return {best, runs};
  };
  const server = await serveGzip(buildDir, PORT);
  const results: NonNullable<Figures['lighthouse']> = {notes: count, pages: []};
  try {
    for (const [type, route] of pages) {
      const {best, runs} = await twoRuns(server.origin, route);
      results.pages.push({type, route, best, runs, load: os.loadavg()[0]!});
    }
  } finally {
    await server.close();
  }
  // The same doc pages in the bare build of the same Markdown, so that what
  // Docusaurus itself costs a phone at this size is beside ours.
  const bareBuild = path.join(outDir, `bare-${count}`, 'build');
  if (existsSync(bareBuild)) {
    const bareServer = await serveGzip(bareBuild, PORT);
    try {
      for (const page of results.pages) {
        if (!BARE_PAGE_TYPES.has(page.type)) continue;
        page.bare = (await twoRuns(bareServer.origin, `/docs${page.route}`)).best;
      }
    } finally {
      await bareServer.close();
    }
  }
  return results;
}

/** Page types that the bare build has too (its docs, under /docs). */
const BARE_PAGE_TYPES = new Set(['short chapter', 'long chapter', 'practice', 'case note']);

async function main(): Promise<void> {
  await mkdir(outDir, {recursive: true});
  if (!existsSync(lighthouseBin)) {
    console.log('== installing bench/peers (npm ci)');
    await run('npm', ['ci', '--prefix', peersDir, '--no-audit', '--no-fund'], {cwd: repoRoot});
  }
  const figures: Figures = {
    date: new Date().toISOString().slice(0, 10),
    started: new Date().toISOString(),
    machine: {cpus: os.cpus().length, memory: os.totalmem()},
    env: BUILD_ENV,
    sizes: [],
  };
  const save = async () => {
    await writeFile(path.join(outDir, 'figures.json'), `${JSON.stringify(figures, null, 2)}\n`);
    await writeReport(path.join(repoRoot, 'BENCHMARKS.md'), figures);
  };
  // Our builds first, the 10,000-note one as early as it can be, then
  // Lighthouse on the first size's build (still on disk), then the bare
  // builds of the larger sizes: on a shared machine the run may be cut
  // short, and BENCHMARKS.md is written after every step.
  for (const [index, count] of sizes.entries()) {
    figures.sizes.push(await measureSize(count, index === 0 && withBare ? 'both' : 'ours'));
    await save();
  }
  if (process.env.SCALE_LIGHTHOUSE !== '0' && sizes[0]) {
    console.log(`== Lighthouse on the ${sizes[0]}-note build`);
    figures.lighthouse = await lighthouseRuns(sizes[0]);
    await save();
  }
  for (const [index, count] of sizes.entries()) {
    if (index === 0 || !withBare) continue;
    await measureBare(count, figures.sizes[index]!);
    await save();
  }
  figures.finished = new Date().toISOString();
  await save();
  console.log('== BENCHMARKS.md written');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
