/**
 * The scale benchmark's part of BENCHMARKS.md, between
 * `<!-- bench:scale:start -->` and `<!-- bench:scale:end -->`: everything
 * else in the file is left as it is (the search benchmark writes its own part).
 */

import {readFile, writeFile} from 'node:fs/promises';

import * as prettier from 'prettier';

import type {LighthouseResult} from './measure';

export interface Build {
  wall: number;
  peakRss: number;
  ok: boolean;
  /** Why the benchmark stopped the build (a time or memory limit), when it did. */
  stopped?: string;
  /** The build's last line of progress when it ended. */
  lastLine?: string;
  load: number[];
}

export interface SizeFigures {
  notes: number;
  practices: number;
  notePath: string;
  builds: {ours: Build; bare: Build};
  output?: {ours?: {bytes: number; files: number}; bare?: {bytes: number; files: number}};
  html?: {note: number; finder: number; municipality: number};
  bareHtml?: {note: number};
  js?: PageJs;
  bareJs?: PageJs;
  search?: {gzip: number; files: number; list?: {path: string; gzip: number}[]};
}

/** JavaScript a page loads (gzip), for each doc page measured (JS_PAGES). */
export type PageJs = Record<JsPage, {gzip: number; files: number}>;
/**
 * Doc pages whose JavaScript is measured: a case note (the size's own
 * note), the long chapter, which draws `<IndicatorList />` and
 * `<TilanneNyt />`, and a chapter with no page component. A figure missing
 * from an older run is left out.
 */
export const JS_PAGES = {
  note: 'a case-note page',
  doc: 'the long chapter `/opas/menetelmat/mittarit`',
  chapter: 'a chapter without page components `/opas/menetelmat/roolit-ja-vastuut`',
} as const;
export type JsPage = keyof typeof JS_PAGES;
/** Routes of the doc pages other than the note. */
export const JS_ROUTES: Record<Exclude<JsPage, 'note'>, string> = {
  doc: '/opas/menetelmat/mittarit',
  chapter: '/opas/menetelmat/roolit-ja-vastuut',
};

export interface Figures {
  date: string;
  started: string;
  finished?: string;
  machine: {cpus: number; memory: number};
  env: Record<string, string>;
  sizes: SizeFigures[];
  lighthouse?: {
    notes: number;
    pages: {
      type: string;
      route: string;
      best?: LighthouseResult;
      runs: LighthouseResult[];
      load: number;
      /** The best of two runs on the same page of the bare build, where it has one. */
      bare?: LighthouseResult;
    }[];
  };
}

export const START = '<!-- bench:scale:start -->';
export const END = '<!-- bench:scale:end -->';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
/** A difference in KB with its sign: +11.7 KB, −48.4 KB. */
const signedKb = (bytes: number) => `${bytes < 0 ? '−' : '+'}${kb(Math.abs(bytes))}`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const gb = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GB`;
const time = (ms: number) =>
  ms >= 120_000 ? `${(ms / 60_000).toFixed(1)} min` : `${(ms / 1000).toFixed(1)} s`;
const n = (value: number) => value.toLocaleString('en-US');

/** A build's wall time, or how it ended when it did not finish. */
export const outcome = (build: Build) =>
  build.ok
    ? time(build.wall)
    : `${build.stopped ?? 'failed'} (${time(build.wall)}${build.lastLine ? `; last output: “${build.lastLine.replace(/\|/g, '\\|')}”` : ''})`;
const mark = (ok: boolean | undefined) => (ok === undefined ? '–' : ok ? '✔' : '✘');

function goals(figures: Figures): string[] {
  const lines: string[] = [];
  const small = figures.sizes.find((size) => size.notes === 1000);
  const big = figures.sizes.find((size) => size.notes === 10000);
  if (big) {
    const {ours} = big.builds;
    lines.push(
      `- ${mark(ours.ok && ours.wall <= 600_000)} 10,000 notes build in at most 10 min: ${outcome(ours)}`,
      `- ${mark(ours.ok && ours.peakRss <= 6 * 2 ** 30)} … with at most 6 GB peak memory: ${gb(ours.peakRss)}`,
    );
  } else lines.push('- – 10,000 notes: not run in this run');
  if (small) {
    const ratio = small.builds.ours.wall / small.builds.bare.wall;
    lines.push(
      `- ${mark(small.builds.ours.ok && small.builds.bare.ok && ratio <= 1.15)} 1,000 notes build in at most 1.15 × the bare build: ${ratio.toFixed(2)} × (${time(small.builds.ours.wall)} / ${time(small.builds.bare.wall)})`,
    );
  }
  const notes = figures.sizes.filter((size) => size.html);
  if (notes.length > 0) {
    lines.push(
      `- ${mark(notes.every((size) => size.html!.note <= 30 * 1024))} A case-note page is at most 30 KB of HTML: ${notes.map((size) => `${kb(size.html!.note)} at ${n(size.notes)}`).join(', ')}`,
    );
  }
  const searches = figures.sizes.filter((size) => size.search);
  if (searches.length > 0) {
    lines.push(
      `- ${mark(searches.every((size) => size.search!.gzip <= 40 * 1024))} First search query at most 40 KB (gzip): ${searches.map((size) => `${kb(size.search!.gzip)} at ${n(size.notes)}`).join(', ')}`,
    );
  }
  // Every doc page measured, each against the same page of the bare build.
  const differences = figures.sizes.flatMap((size) =>
    (Object.keys(JS_PAGES) as JsPage[])
      .filter((page) => size.js?.[page] && size.bareJs?.[page])
      .map((page) => ({
        page,
        notes: size.notes,
        more: size.js![page].gzip - size.bareJs![page].gzip,
      })),
  );
  if (differences.length > 0) {
    lines.push(
      `- ${mark(differences.every((d) => d.more <= 10 * 1024))} A doc page's JavaScript at most 10 KB (gzip) above the bare build's: ${differences.map((d) => `${signedKb(d.more)} (${d.page}) at ${n(d.notes)}`).join(', ')}`,
    );
  }
  const pages = figures.lighthouse?.pages.filter((page) => page.best) ?? [];
  if (pages.length > 0) {
    const worst = (pick: (r: LighthouseResult) => number, most: boolean) =>
      pages
        .map((page) => pick(page.best!))
        .reduce((a, b) => (most ? Math.max(a, b) : Math.min(a, b)));
    lines.push(
      `- ${mark(pages.every((page) => page.best!.score >= 95))} Lighthouse mobile performance at least 95 on every page type: lowest ${worst((r) => r.score, false)}`,
      `- ${mark(pages.every((page) => page.best!.cls <= 0.02))} Cumulative layout shift at most 0.02: highest ${worst((r) => r.cls, true).toFixed(3)}`,
      `- ${mark(pages.every((page) => page.best!.tbt <= 150))} Total blocking time at most 150 ms: highest ${Math.round(worst((r) => r.tbt, true))} ms`,
    );
  }
  return lines;
}

export function renderReport(figures: Figures): string {
  const out: string[] = [
    START,
    '',
    '# Scale benchmark',
    '',
    `Written by \`npm run bench:scale\` (bench/scale/run.ts), run started ${figures.started.replace('T', ' ').slice(0, 16)} UTC${figures.finished ? `, finished ${figures.finished.replace('T', ' ').slice(0, 16)} UTC` : ' (still running when this was written)'}; do not edit by hand. Method and rules: [bench/README.md](bench/README.md). Machine: ${figures.machine.cpus} cores, ${gb(figures.machine.memory)}, shared with other work: the load average before each build is given, and timings are inflated by it. Both builds ran with ${Object.entries(
      figures.env,
    )
      .map(([key, value]) => `\`${key}=${value}\``)
      .join(' ')}.`,
    '',
    '## Goals (issue 11)',
    '',
    ...goals(figures),
    '',
  ];
  for (const size of figures.sizes) {
    const {ours, bare} = size.builds;
    out.push(
      `## ${n(size.notes)} case notes`,
      '',
      `${n(size.notes)} generated case notes and ${n(size.practices)} practices (labelled examples, the site's own prose) beside the site's own content. Case-note page measured: \`${size.notePath}\`.`,
      '',
      '|  | ours | bare Docusaurus | ours / bare |',
      '| --- | --- | --- | --- |',
      Number.isNaN(bare.wall)
        ? `| build wall time | ${outcome(ours)} | not built (yet) in this run | |`
        : `| build wall time | ${outcome(ours)} | ${outcome(bare)} | ${ours.ok && bare.ok ? (ours.wall / bare.wall).toFixed(2) : ''} |`,
      `| peak memory (process tree RSS) | ${gb(ours.peakRss)} | ${Number.isNaN(bare.wall) ? '–' : gb(bare.peakRss)} | ${Number.isNaN(bare.wall) ? '' : (ours.peakRss / bare.peakRss).toFixed(2)} |`,
      `| load average before the build | ${ours.load[0]!.toFixed(1)} | ${Number.isNaN(bare.wall) ? '–' : bare.load[0]!.toFixed(1)} | |`,
    );
    if (size.output?.ours && size.output.bare) {
      out.push(
        `| output | ${mb(size.output.ours.bytes)} in ${n(size.output.ours.files)} files | ${mb(size.output.bare.bytes)} in ${n(size.output.bare.files)} files | ${(size.output.ours.bytes / size.output.bare.bytes).toFixed(2)} |`,
      );
    }
    if (size.html && size.bareHtml) {
      out.push(
        `| HTML of a case-note page | ${kb(size.html.note)} | ${kb(size.bareHtml.note)} | ${(size.html.note / size.bareHtml.note).toFixed(2)} |`,
        `| HTML of the finder \`/kaytannot\` | ${kb(size.html.finder)} | – | |`,
        `| HTML of a municipality page \`/kunnat/akaa\` | ${kb(size.html.municipality)} | – | |`,
      );
    }
    for (const [page, what] of Object.entries(JS_PAGES) as [JsPage, string][]) {
      const ours = size.js?.[page];
      const bare = size.bareJs?.[page];
      if (!ours || !bare) continue;
      out.push(
        `| JS ${what} loads (gzip) | ${kb(ours.gzip)} in ${ours.files} files | ${kb(bare.gzip)} in ${bare.files} files | ${signedKb(ours.gzip - bare.gzip)} |`,
      );
    }
    if (size.search) {
      out.push(
        `| first search query (gzip, code included) | ${kb(size.search.gzip)} in ${size.search.files} files | – | |`,
      );
    }
    out.push('');
    if (size.search?.list)
      out.push(`First search query, by kind of file: ${queryParts(size.search.list)}.`, '');
  }
  if (figures.lighthouse) {
    out.push(
      `## Lighthouse 12.2.3, mobile, ${n(figures.lighthouse.notes)}-note build served with gzip`,
      '',
      'Performance category only, default mobile emulation (throttled), Debian Chromium headless; best of two runs (highest score). The load average is the one-minute figure after the two runs. "Bare build": the same page of the bare Docusaurus build of the same Markdown (under `/docs`), best of two runs, where it has the page.',
      '',
      '| page type | page | score | TBT | CLS | LCP | both runs | load | bare build: score, TBT |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const page of figures.lighthouse.pages) {
      const best = page.best;
      const bare = page.bare ? `${page.bare.score}, ${Math.round(page.bare.tbt)} ms` : '–';
      out.push(
        `| ${page.type} | \`${page.route}\` | ${best ? best.score : 'failed'} | ${best ? `${Math.round(best.tbt)} ms` : '–'} | ${best ? best.cls.toFixed(3) : '–'} | ${best ? `${(best.lcp / 1000).toFixed(1)} s` : '–'} | ${page.runs.map((run) => run.score).join(', ')} | ${page.load.toFixed(1)} | ${bare} |`,
      );
    }
    out.push('');
  }
  out.push(END);
  return out.join('\n');
}

/** What a query fetched, summed by kind of file (format.ts names them). */
function queryParts(list: {path: string; gzip: number}[]): string {
  const kinds: [string, (path: string) => boolean][] = [
    ['search code', (path) => path.endsWith('.js')],
    ['term shards', (path) => /\/t\/\d+\.json$/.test(path)],
    ['text chunks', (path) => /\/c\/\d+\.json$/.test(path)],
    ['shard starts', (path) => /\/d\/\d+\.json$/.test(path)],
    ['facets', (path) => path.endsWith('/f.json')],
    ['index.json', (path) => path.endsWith('/index.json')],
  ];
  const parts: string[] = [];
  const counted = new Set<string>();
  for (const [name, test] of kinds) {
    const files = list.filter((file) => !counted.has(file.path) && test(file.path));
    files.forEach((file) => counted.add(file.path));
    if (files.length === 0) continue;
    const sizes = files.map((file) => kb(file.gzip)).join(' + ');
    parts.push(
      `${name} ${files.length > 1 ? `${sizes} = ` : ''}${kb(files.reduce((sum, file) => sum + file.gzip, 0))}`,
    );
  }
  const other = list.filter((file) => !counted.has(file.path));
  if (other.length > 0)
    parts.push(`other ${other.map((file) => `\`${file.path}\` ${kb(file.gzip)}`).join(', ')}`);
  return parts.join('; ');
}

/** Rewrites the scale part of BENCHMARKS.md (appends it the first time). */
export async function writeReport(file: string, figures: Figures): Promise<void> {
  let text = '';
  try {
    text = await readFile(file, 'utf8');
  } catch {
    // a new file
  }
  // Formatted as `npm run lint` checks the repository, as the search
  // benchmark formats its part.
  const options = await prettier.resolveConfig(file);
  const part = (await prettier.format(renderReport(figures), {...options, filepath: file})).trim();
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  const next =
    start >= 0 && end > start
      ? `${text.slice(0, start)}${part}${text.slice(end + END.length)}`
      : `${text.replace(/\s*$/, '')}\n\n${part}\n`;
  await writeFile(file, next);
}
