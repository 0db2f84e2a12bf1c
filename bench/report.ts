/**
 * BENCHMARKS.md from one run's figures, and the goals of issue 5 judged on
 * them.
 */

import type {EngineQueries, Transfer} from './browser';
import type {Probe} from './corpus';
import type {IndexSize} from './site';

export const ENGINES = ['ours', 'easyops', 'pagefind'] as const;
export type Engine = (typeof ENGINES)[number];

export const ENGINE_LABELS: Record<Engine, string> = {
  ours: 'ours',
  easyops: 'easyops (`fi`)',
  pagefind: 'Pagefind',
};

export interface EngineFigures {
  /** Index build time (ms) and what it is. */
  build: {ms: number; what: string}[];
  index: IndexSize;
  /** The first query, then the later ones, in one page. */
  transfers: Transfer[];
  queries: EngineQueries;
}

export interface SizeFigures {
  pages: number;
  averageWords: number;
  docusaurusBuildMs: number;
  /** Target form → page route. */
  targets: Record<string, string>;
  engines: Record<Engine, EngineFigures>;
}

export interface Machine {
  date: string;
  cores: number;
  cpu: string;
  memory: string;
  node: string;
  chromium: string;
  loadBefore: string;
  loadAfter: string;
  runSeconds: number;
}

export interface Goal {
  text: string;
  holds: boolean;
  detail: string;
}

/** Bytes as KB (1 KB = 1,000 bytes), or MB from 1 MB up. */
export function kb(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(2)} MB`;
  return `${(bytes / 1000).toFixed(1)} KB`;
}

const ms = (value: number) =>
  Number.isNaN(value)
    ? '–'
    : value >= 1000
      ? `${(value / 1000).toFixed(1)} s`
      : `${value.toFixed(value < 10 ? 2 : 0)} ms`;

/** The rank (1-based) of a probe's target page in an engine's top results, or 0. */
export function rankOf(figures: SizeFigures, engine: Engine, probe: Probe): number {
  const hits = figures.engines[engine].queries.hits[probe.query] ?? [];
  if (!probe.target) return 0;
  return hits.indexOf(figures.targets[probe.target]!) + 1;
}

/** Whether an engine found a probe (target in top K; nothing for the nonsense word). */
export function found(figures: SizeFigures, engine: Engine, probe: Probe): boolean {
  const hits = figures.engines[engine].queries.hits[probe.query] ?? [];
  return probe.target ? rankOf(figures, engine, probe) > 0 : hits.length === 0;
}

const laterMax = (transfers: readonly Transfer[]) =>
  Math.max(...transfers.slice(1).map((transfer) => transfer.gzip));

export function judgeGoals(
  figures: Record<number, SizeFigures>,
  probes: readonly Probe[],
  largest: number,
): Goal[] {
  const sizes = Object.keys(figures).map(Number);
  const goals: Goal[] = [];
  const missed = sizes.flatMap((size) =>
    probes
      .filter((probe) => probe.target && !found(figures[size]!, 'ours', probe))
      .map((probe) => `${probe.query} (${size})`),
  );
  goals.push({
    text: 'Every development probe found in the top 5',
    holds: missed.length === 0,
    detail: missed.length === 0 ? 'all, at every size' : `missed: ${missed.join(', ')}`,
  });
  const nonsense = probes.filter((probe) => !probe.target);
  const falseHits = sizes.flatMap((size) =>
    nonsense
      .filter((probe) => !found(figures[size]!, 'ours', probe))
      .map(
        (probe) =>
          `${probe.query} (${size}: ${figures[size]!.engines.ours.queries.hits[probe.query]!.join(', ')})`,
      ),
  );
  goals.push({
    text: `No false hit on the nonsense word (${nonsense.map((probe) => probe.query).join(', ')})`,
    holds: falseHits.length === 0,
    detail:
      falseHits.length === 0 ? 'no results, at every size' : `false hits: ${falseHits.join('; ')}`,
  });
  const large = figures[largest];
  if (large) {
    const first = large.engines.ours.transfers[0]!.gzip;
    const pagefindFirst = large.engines.pagefind.transfers[0]!.gzip;
    goals.push({
      text: `A first query fetches at most 150 KB (gzip) at ${largest.toLocaleString('en')} pages, search code included`,
      holds: first <= 150_000,
      detail: kb(first),
    });
    goals.push({
      text: '… and less than Pagefind in the same run',
      holds: first < pagefindFirst,
      detail: `ours ${kb(first)}, Pagefind ${kb(pagefindFirst)}`,
    });
    const later = sizes.map((size) => laterMax(figures[size]!.engines.ours.transfers));
    goals.push({
      text: 'Later queries fetch at most 50 KB (gzip)',
      holds: later.every((bytes) => bytes <= 50_000),
      detail: `largest later query: ${sizes.map((size, i) => `${kb(later[i]!)} at ${size}`).join(', ')}`,
    });
    const median = large.engines.ours.queries.latency.median;
    goals.push({
      text: `Median query latency in the worker under 10 ms at ${largest.toLocaleString('en')} pages`,
      holds: median < 10,
      detail: ms(median),
    });
  }
  return goals;
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function sizeTable(figures: SizeFigures, probes: readonly Probe[]): string {
  const row = (label: string, cell: (engine: Engine) => string) => [label, ...ENGINES.map(cell)];
  const realProbes = probes.filter((probe) => probe.target);
  const nonsense = probes.filter((probe) => !probe.target);
  const {engines} = figures;
  return table(
    ['', ...ENGINES.map((engine) => ENGINE_LABELS[engine])],
    [
      row('index build time', (engine) =>
        engines[engine].build.map((build) => `${ms(build.ms)} (${build.what})`).join('<br>'),
      ),
      row('index size, raw', (engine) => kb(engines[engine].index.raw)),
      row('index size, gzip', (engine) => kb(engines[engine].index.gzip)),
      row('index files', (engine) => engines[engine].index.files.toLocaleString('en')),
      row('first query fetches (gzip, code included)', (engine) => {
        const first = engines[engine].transfers[0]!;
        return `${kb(first.gzip)} in ${first.files.length} files`;
      }),
      row('second query fetches (gzip)', (engine) => kb(engines[engine].transfers[1]!.gzip)),
      row(`later queries (${engines.ours.transfers.length - 1}), largest (gzip)`, (engine) =>
        kb(laterMax(engines[engine].transfers)),
      ),
      row('query latency, median', (engine) => ms(engines[engine].queries.latency.median)),
      row('query latency, p95', (engine) => ms(engines[engine].queries.latency.p95)),
      row('query latency, first time each query (median)', (engine) => {
        const cold = engines[engine].queries.latency.coldMedian;
        return cold === undefined ? '–' : ms(cold);
      }),
      row(`probes found in the top 5 (of ${realProbes.length})`, (engine) =>
        String(realProbes.filter((probe) => found(figures, engine, probe)).length),
      ),
      row('nonsense word finds nothing', (engine) =>
        nonsense
          .map((probe) =>
            found(figures, engine, probe)
              ? '✔'
              : `✘ ${engines[engine].queries.hits[probe.query]!.length} results`,
          )
          .join(', '),
      ),
    ],
  );
}

/** How each engine's latency was taken, with the sample counts. */
function latencyNote(figures: SizeFigures): string {
  const {ours, easyops, pagefind} = figures.engines;
  const timeouts = easyops.queries.latency.timeouts
    ? `, ${easyops.queries.latency.timeouts} of them without an answer in 10 s`
    : '';
  return (
    `Latency: ours in its worker (\`took\`), ${ours.queries.latency.samples} queries; ` +
    `easyops in the page from the input event to the result list in the DOM, ${easyops.queries.latency.samples} queries${timeouts}; ` +
    `Pagefind in the page around \`search()\` and \`data()\` of the top 5, ${pagefind.queries.latency.samples} queries. ` +
    'The first time each query runs, ours and Pagefind also fetch what it needs.'
  );
}

function probeTable(
  figures: Record<number, SizeFigures>,
  probes: readonly Probe[],
  sizes: readonly number[],
): string {
  const header = [
    'query → only form in the corpus',
    ...sizes.flatMap((size) => ENGINES.map((engine) => `${ENGINE_LABELS[engine]}, ${size}`)),
  ];
  const rows = probes.map((probe) => [
    probe.target ? `${probe.query} → ${probe.target}` : `${probe.query} (nonsense)`,
    ...sizes.flatMap((size) =>
      ENGINES.map((engine) => {
        const size_ = figures[size]!;
        if (!probe.target) {
          const count = size_.engines[engine].queries.hits[probe.query]!.length;
          return count === 0 ? '✔ none' : `✘ ${count} hits`;
        }
        const rank = rankOf(size_, engine, probe);
        return rank > 0 ? `✔ ${rank}` : '✘';
      }),
    ),
  ]);
  return table(header, rows);
}

function firstQueryFiles(figures: SizeFigures): string {
  return ENGINES.map((engine) => {
    const first = figures.engines[engine].transfers[0]!;
    const files = first.files.map((file) => `\`${file.path}\` ${kb(file.gzip)}`).join(', ');
    return `- ${ENGINE_LABELS[engine]} (“${first.query}”): ${files}`;
  }).join('\n');
}

export function renderReport(options: {
  figures: Record<number, SizeFigures>;
  probes: readonly Probe[];
  goals: Goal[];
  machine: Machine;
  firstQuery: string;
  secondQuery: string;
}): string {
  const {figures, probes, goals, machine} = options;
  const sizes = Object.keys(figures)
    .map(Number)
    .sort((a, b) => a - b);
  const largest = sizes[sizes.length - 1]!;
  const out: string[] = [];
  out.push(
    '# Search benchmark',
    '',
    `Written by \`npm run bench\` (bench/run.ts) on ${machine.date}; do not edit by hand. ` +
      'The method and its rules are in [bench/README.md](bench/README.md).',
    '',
    '## Goals (issue 5)',
    '',
    ...goals.map((goal) => `- ${goal.holds ? '✔' : '✘'} ${goal.text}: ${goal.detail}`),
    '',
  );
  for (const size of sizes) {
    const size_ = figures[size]!;
    out.push(
      `## ${size.toLocaleString('en')} pages`,
      '',
      `${size_.pages} generated Finnish pages, ${Math.round(size_.averageWords)} words a page on average; ` +
        `one \`docusaurus build\` with our plugin and easyops took ${ms(size_.docusaurusBuildMs)}.`,
      '',
      sizeTable(size_, probes),
      '',
      latencyNote(size_),
      '',
    );
  }
  out.push(
    '## Probes',
    '',
    'Rank of the target page among the top 5 results (✔ n), or ✘ when it is not there; the nonsense word must find nothing.',
    '',
    probeTable(figures, probes, sizes),
    '',
  );
  const differing = sizes.flatMap((size) =>
    probes
      .filter((probe) => {
        const navbar = figures[size]!.engines.ours.queries.navbarHits?.[probe.query];
        const page = figures[size]!.engines.ours.queries.hits[probe.query];
        return navbar && page && navbar.join() !== page.join();
      })
      .map((probe) => `${probe.query} (${size})`),
  );
  out.push(
    `Ours is asked as the search page asks (whole words); the navbar box also reads the last word as a prefix. ` +
      (differing.length === 0
        ? 'The navbar request gave the same top 5 for every probe.'
        : `The navbar request gave another top 5 for: ${differing.join(', ')}.`),
    '',
    `## What a first query fetches at ${largest.toLocaleString('en')} pages`,
    '',
    firstQueryFiles(figures[largest]!),
    '',
    '## Method',
    '',
    `- **Corpus**: generated by bench/corpus.ts, seeded: ${sizes.join(' and ')} pages of about 620 words of Finnish (words of the Finnish dictionary \`@cspell/dict-fi-fi\` with Zipf frequencies), each with an introduction and five h2 sections (some with an h3), as docs of a fixture Docusaurus site (bench/out/<size>/, \`future.v4\`). The probes of bench/probes.json are placed in their target pages; the generator checks that no other form of a probe's word occurs anywhere.`,
    '- **One build per size**: our plugin and `@easyops-cn/docusaurus-search-local` (0.55.3, `language: ["fi"]`, docs only, `hashed: "filename"`) run in the same `docusaurus build`; Pagefind (1.6.0) then indexes the same built pages (`--glob "opas/**/*.html" --root-selector article --force-language fi`), so all three see the same `<article>` text.',
    "- **Index build time**: ours is `buildIndex()` timed in the benchmark process on the built HTML of the same pages (median of 3 runs; it must give the index the build wrote), and our plugin's postBuild as timed in the build (reading the HTML, indexing, writing the files); easyops' is its postBuild, timed by wrapping the plugin; the two postBuilds are made to run one after the other, since Docusaurus runs them at once. Pagefind's is the wall time of its CLI.",
    "- **Index size**: the files of each index on disk, search code left out (it is counted in the first query): ours `search/`, easyops `search-index-*.json`, Pagefind `pagefind-entry.json` and its `pf_meta`, `pf_index`, `pf_fragment` files. gzip is Node's zlib at its default level 6, per file; Pagefind's files are gzip on disk already, so their gzip size is their size and their raw size is unpacked.",
    `- **Bytes per query**: Chromium (Debian's) opens a doc page of the build in a fresh context (empty cache) served by a static server on 127.0.0.1 (no compression, cacheable files); every response from the start of a query until the page is quiet (no request open or worker message for 0.4 s) is recorded with \`page.on('response')\` (it sees the workers' requests too) and counted at the gzip size of its file on disk. A file counts once per page. Ours and easyops: the query is typed into the navbar box (30 ms a key; for easyops the box is clicked first, which starts its index download). Pagefind: \`await import('/pagefind/pagefind.js')\`, \`search()\`, then \`data()\` of the top 5, in the page. The first query is “${options.firstQuery}”, the second “${options.secondQuery}”, then the other probes in the order of bench/probes.json.`,
    "- **Latency**: ours in its worker, built from src/plugins/search/client/worker.ts by esbuild, which reports `took` (time in the worker for `search()`), with the navbar's request (last word as a prefix, 8 results): one pass over the queries to warm up (it fetches what they need), then two measured passes. Pagefind: the same passes in the page around `search()` and `data()` of the top 5. easyops: its navbar box, time from the input event to the changed result list in the DOM, after 10 warm-up queries. Queries: the probes (not the nonsense word) and 60 words of the corpus of assorted frequency.",
    '- **Probes**: found when the target page is among the first 5 results. Ours: its worker, asked like the search page /haku asks (whole words); easyops: its search page (`/search?q=…`), the first 5 result links (easyops lists sections, so one page may take several places); Pagefind: its API, the top 5 pages.',
    '',
    '## Machine',
    '',
    `${machine.date}; ${machine.cores} cores (${machine.cpu}), ${machine.memory}; Node ${machine.node}; ${machine.chromium}. ` +
      `Load average (1, 5, 15 min) ${machine.loadBefore} at the start and ${machine.loadAfter} at the end: other work on the machine slows builds; expect ±15–30 % between runs. The whole run took ${Math.round(machine.runSeconds)} s.`,
    '',
  );
  return out.join('\n');
}
