/**
 * A fixture site per corpus size: written, built once with our plugin and
 * easyops, then indexed by Pagefind; and the three indexes measured on disk.
 */

import {spawn} from 'node:child_process';
import {copyFile, mkdir, readdir, readFile, rm, stat, symlink, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {gunzipSync, gzipSync} from 'node:zlib';

import {facetValues} from '../src/model/facets';
import {writeBuiltIndex} from '../src/plugins/search/index';
import {openMorphology} from '../src/plugins/search/morphology';
import {writeCorpus, type Corpus} from './corpus';
import {checkPages, TEMPLATE_PAGES, writePages} from './pages';
import {NO_EASYOPS_ENV, peersDir, POSTBUILD_TIMES, repoRoot} from './fixture/config';

export const benchDir = __dirname;

/** Runs a command; resolves with its wall time in ms, rejects with its output on failure. */
export function run(
  command: string,
  args: readonly string[],
  options: {cwd: string; env?: NodeJS.ProcessEnv; log?: string},
): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: {...process.env, ...options.env},
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', async (code) => {
      const elapsed = performance.now() - started;
      if (options.log) await writeFile(options.log, output);
      if (code === 0) resolve(elapsed);
      else
        reject(
          new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`),
        );
    });
  });
}

/** Writes the fixture site of a corpus (docs, config, links to the site's src/). */
export async function writeFixture(
  siteDir: string,
  corpus: Corpus,
  options: {easyops: boolean} = {easyops: true},
): Promise<void> {
  await rm(siteDir, {recursive: true, force: true});
  await mkdir(path.join(siteDir, 'src', 'theme', 'SearchBar'), {recursive: true});
  // Packages resolve from the repository's node_modules, since bench/out/ is
  // inside the repository. No link to it: Docusaurus keeps its bundler cache
  // in the site's node_modules/.cache, and the fixture's must stay its own.
  await writeFile(
    path.join(siteDir, 'package.json'),
    `${JSON.stringify({name: `bench-fixture-${path.basename(siteDir)}`, private: true})}\n`,
  );
  // The plugin's browser code imports the site's modules as `@site/src/…`
  // (data, components, utils): the fixture links every part of the site's
  // src/ except its theme and pages, which are the fixture's own.
  for (const entry of await readdir(path.join(repoRoot, 'src'))) {
    if (entry === 'theme' || entry === 'pages') continue;
    await symlink(path.join(repoRoot, 'src', entry), path.join(siteDir, 'src', entry));
  }
  await copyFile(
    path.join(benchDir, 'fixture', options.easyops ? 'SearchBar.tsx' : 'SearchBarOurs.tsx'),
    path.join(siteDir, 'src', 'theme', 'SearchBar', 'index.tsx'),
  );
  const configModule = path.join(benchDir, 'fixture', 'config');
  await writeFile(
    path.join(siteDir, 'docusaurus.config.ts'),
    `import {fixtureConfig} from ${JSON.stringify(configModule)};\n\nexport default fixtureConfig(${JSON.stringify(siteDir)});\n`,
  );
  // A home page, which the navbar and breadcrumbs link to.
  await mkdir(path.join(siteDir, 'src', 'pages'), {recursive: true});
  await writeFile(
    path.join(siteDir, 'src', 'pages', 'index.md'),
    '# Vertailuaineisto\n\nHakujen vertailun tuotettu aineisto.\n',
  );
  await writeCorpus(corpus, path.join(siteDir, 'docs'));
}

export interface BuildTimes {
  /** The whole `docusaurus build`, both plugins included (ms). */
  docusaurus: number;
  /** Our plugin's postBuild: read the pages' HTML, buildIndex(), write the files (ms). */
  oursPostBuild: number;
  /** easyops' postBuild: read the pages' HTML, build the lunr index, write it (ms). */
  easyopsPostBuild: number;
}

/** A cold production build of the fixture (its caches are removed first). */
export async function buildFixture(
  siteDir: string,
  options: {easyops: boolean} = {easyops: true},
): Promise<BuildTimes> {
  await rm(path.join(siteDir, 'build'), {recursive: true, force: true});
  await rm(path.join(siteDir, '.docusaurus'), {recursive: true, force: true});
  // The fixture's own bundler cache (see writeFixture), never the site's.
  await rm(path.join(siteDir, 'node_modules'), {recursive: true, force: true});
  await rm(path.join(siteDir, POSTBUILD_TIMES), {force: true});
  const docusaurus = await run(
    process.execPath,
    [path.join(repoRoot, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs'), 'build'],
    {
      cwd: siteDir,
      env: {
        NODE_ENV: 'production',
        ...(options.easyops ? {} : {[NO_EASYOPS_ENV]: '1'}),
        // 10,000 pages need more than Node's default heap.
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=8192`.trim(),
      },
      log: path.join(siteDir, 'build.log'),
    },
  );
  const times = JSON.parse(await readFile(path.join(siteDir, POSTBUILD_TIMES), 'utf8')) as {
    ours: number;
    easyops?: number;
  };
  return {docusaurus, oursPostBuild: times.ours, easyopsPostBuild: times.easyops ?? NaN};
}

/** Pagefind's CLI over the build: the docs pages' <article>, as Finnish. */
export async function runPagefind(siteDir: string): Promise<number> {
  const bin = path.join(peersDir, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
  return run(
    process.execPath,
    [
      bin,
      '--site',
      'build',
      '--glob',
      'opas/**/*.html',
      '--root-selector',
      'article',
      '--force-language',
      'fi',
    ],
    {cwd: siteDir, log: path.join(siteDir, 'pagefind.log')},
  );
}

/**
 * Our index builder alone, in a process of its own (index-child.ts), on
 * the built HTML of the corpus pages: the same inputs as the plugin's
 * postBuild. Returns the median of
 * `repeat` runs and checks that it makes the index the build wrote.
 */
export async function timeOurBuildIndex(
  siteDir: string,
  corpus: Corpus,
  repeat: number,
): Promise<number> {
  // In a process of its own (index-child.ts), as Pagefind runs.
  const job = path.join(siteDir, 'index-job.json');
  await writeFile(
    job,
    JSON.stringify({
      siteDir,
      pages: corpus.pages.map((page) => ({route: page.route, markdown: page.markdown})),
      repeat,
    }),
  );
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(benchDir, 'index-child.ts'), job],
      {cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit']},
    );
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(text) : reject(new Error(`index-child.ts exited with ${code}`)),
    );
  });
  const {times, dir} = JSON.parse(output) as {times: number[]; dir: string};
  const written = JSON.parse(
    await readFile(path.join(siteDir, 'build', 'search', 'index.json'), 'utf8'),
  ) as {dir: string};
  if (written.dir !== dir) {
    throw new Error(`index-child.ts made ${dir}, the build wrote ${written.dir}`);
  }
  return median(times);
}

/** A generated page's facet values, as the plugin gives a doc of the fixture. */
export function pageFacets(markdown: string) {
  return facetValues({type: 'luku', frontMatter: frontMatterOf(markdown)});
}

/** What making a fixture from written pages took (ms). */
export interface WrittenTimes extends BuildTimes {
  /** Writing every page's HTML from the small build's pieces. */
  pagesWritten: number;
  /** Pages of the small build, each checked byte for byte against the writer. */
  templatePages: number;
}

/**
 * A fixture too large to build (bench/pages.ts): a real build of the
 * corpus' first TEMPLATE_PAGES pages, the writer checked against it, then
 * every page written into that build, and our plugin's postBuild run on
 * them as the build would run it (`writeBuiltIndex`, timed here).
 */
export async function buildWrittenFixture(siteDir: string, corpus: Corpus): Promise<WrittenTimes> {
  const small: Corpus = {...corpus, pages: corpus.pages.slice(0, TEMPLATE_PAGES)};
  await writeFixture(siteDir, small, {easyops: false});
  const build = await buildFixture(siteDir, {easyops: false});
  const buildDir = path.join(siteDir, 'build');
  const templatePages = await checkPages(buildDir, corpus);
  let started = performance.now();
  await writePages(buildDir, corpus);
  const pagesWritten = performance.now() - started;
  await rm(path.join(buildDir, 'search'), {recursive: true, force: true});
  started = performance.now();
  const morphology = openMorphology();
  await writeBuiltIndex({
    outDir: buildDir,
    baseUrl: '/',
    pages: corpus.pages.map((page) => ({path: page.route, facets: pageFacets(page.markdown)})),
    morphology,
  });
  morphology?.close();
  return {...build, oursPostBuild: performance.now() - started, pagesWritten, templatePages};
}

/** The facets-relevant front matter of a generated page (its themes). */
function frontMatterOf(markdown: string): Record<string, unknown> {
  const themes = /^themes: \[(.*)\]$/m.exec(markdown)?.[1];
  return themes ? {themes: themes.split(', ')} : {};
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** Nearest-rank quantile. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** Size of a file as sent: raw, and gzip (Node's zlib default level, 6). */
export interface FileSize {
  raw: number;
  gzip: number;
}

const sizeCache = new Map<string, FileSize>();

/**
 * A file's raw and gzip size. Files that are already gzip on disk
 * (Pagefind's index chunks and wasm) count as they are for gzip, and their
 * unpacked size as raw.
 */
export async function fileSize(file: string): Promise<FileSize> {
  const cached = sizeCache.get(file);
  if (cached) return cached;
  const content = await readFile(file);
  const size =
    content[0] === 0x1f && content[1] === 0x8b
      ? {raw: gunzipSync(content).length, gzip: content.length}
      : {raw: content.length, gzip: gzipSync(content).length};
  sizeCache.set(file, size);
  return size;
}

async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {withFileTypes: true, recursive: true});
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

export interface IndexSize extends FileSize {
  files: number;
}

async function total(files: readonly string[]): Promise<IndexSize> {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const size = await fileSize(file);
    raw += size.raw;
    gzip += size.gzip;
  }
  return {raw, gzip, files: files.length};
}

/** The three indexes on disk, search code left out (it is counted per query). */
export async function indexSizes(
  buildDir: string,
  options: {easyops: boolean} = {easyops: true},
): Promise<{ours: IndexSize; easyops?: IndexSize; pagefind: IndexSize}> {
  const ours = await filesBelow(path.join(buildDir, 'search'));
  const easyops = (await readdir(buildDir))
    .filter((name) => /^search-index.*\.json$/.test(name))
    .map((name) => path.join(buildDir, name));
  const pagefind = (await filesBelow(path.join(buildDir, 'pagefind'))).filter((file) =>
    /\.(pf_meta|pf_index|pf_fragment|pf_filter)$|pagefind-entry\.json$/.test(file),
  );
  // Our folder also holds the search page's HTML when a route is /search.
  const oursIndex = ours.filter((file) => file.endsWith('.json'));
  if (options.easyops && easyops.length === 0)
    throw new Error('easyops wrote no search-index*.json');
  await stat(path.join(buildDir, 'search', 'index.json'));
  return {
    ours: await total(oursIndex),
    easyops: options.easyops ? await total(easyops) : undefined,
    pagefind: await total(pagefind),
  };
}
