/**
 * Our part of BENCHMARKS.md from one run's figures, and the goals of issue
 * 10 judged on them.
 */

import type {EngineQueries, Hits, Transfer} from './browser';
import type {Probe} from './corpus';
import {KINDS, RULES, type DevQuery} from './devset/rules';
import type {IndexSize} from './site';

export const MARK_START = '<!-- bench:search:start -->';
export const MARK_END = '<!-- bench:search:end -->';

/** The shared file with our part (between the markers) replaced, or added at the end. */
export function replaceMarked(file: string, part: string): string {
  const block = `${MARK_START}\n\n${part}\n\n${MARK_END}`;
  const start = file.indexOf(MARK_START);
  const end = file.indexOf(MARK_END);
  if (start >= 0 && end > start)
    return `${file.slice(0, start)}${block}${file.slice(end + MARK_END.length)}`;
  return `${file.trimEnd()}${file.trim() ? '\n\n' : ''}${block}\n`;
}

/** The development set's run: its queries and each engine's top 5 per query. */
export interface DevsetFigures {
  queries: DevQuery[];
  /** Page name → route in the fixture. */
  routes: Record<string, string>;
  hits: Record<Engine, Hits>;
  pages: number;
}

/** Recall@5 of one engine over some queries: the share with an expected page in its top 5. */
export function recall(devset: DevsetFigures, engine: Engine, queries: readonly DevQuery[]) {
  const hit = queries.filter((query) => {
    const top = devset.hits[engine][query.query] ?? [];
    return query.expected.some((name) => top.includes(devset.routes[name]!));
  });
  return {hits: hit.length, total: queries.length, value: hit.length / Math.max(1, queries.length)};
}

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
  /** Set when the pages were written from a small real build (bench/pages.ts). */
  written?: {templatePages: number; ms: number};
  /** Target form → page route. */
  targets: Record<string, string>;
  /** easyops is left out at the largest sizes (see run.ts). */
  engines: Record<'ours' | 'pagefind', EngineFigures> & {easyops?: EngineFigures};
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
  const hits = figures.engines[engine]?.queries.hits[probe.query] ?? [];
  if (!probe.target) return 0;
  return hits.indexOf(figures.targets[probe.target]!) + 1;
}

/** Whether an engine found a probe (target in top K; nothing for the nonsense word). */
export function found(figures: SizeFigures, engine: Engine, probe: Probe): boolean {
  const hits = figures.engines[engine]?.queries.hits[probe.query] ?? [];
  return probe.target ? rankOf(figures, engine, probe) > 0 : hits.length === 0;
}

const laterMax = (transfers: readonly Transfer[]) =>
  Math.max(...transfers.slice(1).map((transfer) => transfer.gzip));

export function judgeGoals(
  figures: Record<number, SizeFigures>,
  probes: readonly Probe[],
  largest: number,
  devset?: DevsetFigures,
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
  if (devset) {
    const overall = recall(devset, 'ours', devset.queries);
    goals.push({
      text: 'Development set: recall@5 at least 0.92 overall',
      holds: overall.value >= 0.92,
      detail: `${overall.value.toFixed(3)} (${overall.hits} of ${overall.total})`,
    });
    const perKind = KINDS.map((kind) => ({
      kind,
      ...recall(
        devset,
        'ours',
        devset.queries.filter((query) => query.kind === kind),
      ),
    }));
    goals.push({
      text: '… and at least 0.85 for every kind',
      holds: perKind.every((kind) => kind.value >= 0.85),
      detail: perKind.map((kind) => `${kind.kind} ${kind.value.toFixed(2)}`).join(', '),
    });
  }
  const large = figures[largest];
  if (large) {
    const first = large.engines.ours.transfers[0]!.gzip;
    goals.push({
      text: `A first query fetches at most 40 KB (gzip) at ${largest.toLocaleString('en')} pages, search code included`,
      holds: first <= 40_000,
      detail: kb(first),
    });
    const later = sizes.map((size) => laterMax(figures[size]!.engines.ours.transfers));
    goals.push({
      text: 'Later queries fetch at most 50 KB (gzip)',
      holds: later.every((bytes) => bytes <= 50_000),
      detail: `largest later query: ${sizes.map((size, i) => `${kb(later[i]!)} at ${size}`).join(', ')}`,
    });
    const median = large.engines.ours.queries.latency.median;
    goals.push({
      text: `Median query latency in the worker under 5 ms at ${largest.toLocaleString('en')} pages`,
      holds: median < 5,
      detail: ms(median),
    });
    const ratios = sizes.map((size) => {
      const engines = figures[size]!.engines;
      return engines.ours.build[0]!.ms / engines.pagefind.build[0]!.ms;
    });
    goals.push({
      text: "Index build time at most 1.5 × Pagefind's in the same run (our index builder in a process of its own against its CLI)",
      holds: ratios.every((ratio) => ratio <= 1.5),
      detail: sizes.map((size, i) => `${ratios[i]!.toFixed(2)} × at ${size}`).join(', '),
    });
    const files = sizes.map((size) => {
      const engines = figures[size]!.engines;
      return [engines.ours.index.files, engines.pagefind.index.files] as const;
    });
    goals.push({
      text: 'No more index files than Pagefind writes for the same pages',
      holds: files.every(([ours, pagefind]) => ours <= pagefind),
      detail: sizes
        .map(
          (size, i) =>
            `${files[i]![0].toLocaleString('en')} against ${files[i]![1].toLocaleString('en')} at ${size}`,
        )
        .join(', '),
    });
  }
  return goals;
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function sizeTable(figures: SizeFigures, probes: readonly Probe[]): string {
  const {engines} = figures;
  // An engine not run at this size gets "not run" in every row.
  const row = (label: string, cell: (e: EngineFigures, engine: Engine) => string) => [
    label,
    ...ENGINES.map((engine) => {
      const figures_ = engines[engine];
      return figures_ ? cell(figures_, engine) : 'not run';
    }),
  ];
  const realProbes = probes.filter((probe) => probe.target);
  const nonsense = probes.filter((probe) => !probe.target);
  return table(
    ['', ...ENGINES.map((engine) => ENGINE_LABELS[engine])],
    [
      row('index build time', (e) =>
        e.build.map((build) => `${ms(build.ms)} (${build.what})`).join('<br>'),
      ),
      row('index size, raw', (e) => kb(e.index.raw)),
      row('index size, gzip', (e) => kb(e.index.gzip)),
      row('index files', (e) => e.index.files.toLocaleString('en')),
      row('first query fetches (gzip, code included)', (e) => {
        const first = e.transfers[0]!;
        return `${kb(first.gzip)} in ${first.files.length} files`;
      }),
      row('second query fetches (gzip)', (e) => kb(e.transfers[1]!.gzip)),
      row(`later queries (${engines.ours.transfers.length - 1}), largest (gzip)`, (e) =>
        kb(laterMax(e.transfers)),
      ),
      row('query latency, median', (e) => ms(e.queries.latency.median)),
      row('query latency, p95', (e) => ms(e.queries.latency.p95)),
      row('query latency, first time each query (median)', (e) => {
        const cold = e.queries.latency.coldMedian;
        return cold === undefined ? '–' : ms(cold);
      }),
      row(`probes found in the top 5 (of ${realProbes.length})`, (_, engine) =>
        String(realProbes.filter((probe) => found(figures, engine, probe)).length),
      ),
      row('nonsense word finds nothing', (e, engine) =>
        nonsense
          .map((probe) =>
            found(figures, engine, probe)
              ? '✔'
              : `✘ ${e.queries.hits[probe.query]!.length} results`,
          )
          .join(', '),
      ),
    ],
  );
}

/** How each engine's latency was taken, with the sample counts. */
function latencyNote(figures: SizeFigures): string {
  const {ours, easyops, pagefind} = figures.engines;
  const timeouts = easyops?.queries.latency.timeouts
    ? `, ${easyops.queries.latency.timeouts} of them without an answer in 10 s`
    : '';
  return (
    `Latency: ours in its worker (\`took\`), ${ours.queries.latency.samples} queries; ` +
    (easyops
      ? `easyops in the page from the input event to the result list in the DOM, ${easyops.queries.latency.samples} queries${timeouts}; `
      : '') +
    `Pagefind in the page around \`search()\` and \`data()\` of the top 5, ${pagefind.queries.latency.samples} queries. ` +
    'The first time each query runs, ours and Pagefind also fetch what it needs.'
  );
}

/** The development set: recall@5 by kind for each engine, and what ours missed. */
function devsetSection(devset: DevsetFigures): string[] {
  const cell = (engine: Engine, queries: readonly DevQuery[]) => {
    const r = recall(devset, engine, queries);
    return `${r.value.toFixed(3)} (${r.hits}/${r.total})`;
  };
  const rows = [
    ...KINDS.map((kind) => [
      kind,
      ...ENGINES.map((engine) =>
        cell(
          engine,
          devset.queries.filter((query) => query.kind === kind),
        ),
      ),
    ]),
    ['**all**', ...ENGINES.map((engine) => cell(engine, devset.queries))],
  ];
  const missed = devset.queries.filter(
    (query) =>
      !query.expected.some((name) =>
        (devset.hits.ours[query.query] ?? []).includes(devset.routes[name]!),
      ),
  );
  return [
    '## Development set',
    '',
    `${devset.queries.length} queries (bench/devset/queries.json) over ${devset.pages} pages of the guide's own text (bench/devset/pages/, a frozen copy), chosen by bench/devset/make.ts from the rules alone and checked by tests/search-devset.test.ts. A query is found when an expected page is among the top 5 results (recall@5), each engine asked as for the probes below.`,
    '',
    table(['kind', ...ENGINES.map((engine) => ENGINE_LABELS[engine])], rows),
    '',
    ...KINDS.map((kind) => `- **${kind}**: ${RULES[kind]}.`),
    '',
    missed.length === 0
      ? 'Ours found every query of the set.'
      : `Ours missed: ${missed.map((query) => `${query.query} (${query.kind})`).join(', ')}.`,
    '',
  ];
}

function probeTable(
  figures: Record<number, SizeFigures>,
  probes: readonly Probe[],
  sizes: readonly number[],
): string {
  const header = [
    'query → only form in the corpus',
    ...sizes.flatMap((size) =>
      ENGINES.filter((engine) => figures[size]!.engines[engine]).map(
        (engine) => `${ENGINE_LABELS[engine]}, ${size}`,
      ),
    ),
  ];
  const rows = probes.map((probe) => [
    probe.target ? `${probe.query} → ${probe.target}` : `${probe.query} (nonsense)`,
    ...sizes.flatMap((size) =>
      ENGINES.filter((engine) => figures[size]!.engines[engine]).map((engine) => {
        const size_ = figures[size]!;
        if (!probe.target) {
          const count = size_.engines[engine]!.queries.hits[probe.query]!.length;
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
  return ENGINES.filter((engine) => figures.engines[engine])
    .map((engine) => {
      const first = figures.engines[engine]!.transfers[0]!;
      const files = first.files.map((file) => `\`${file.path}\` ${kb(file.gzip)}`).join(', ');
      return `- ${ENGINE_LABELS[engine]} (“${first.query}”): ${files}`;
    })
    .join('\n');
}

export function renderReport(options: {
  figures: Record<number, SizeFigures>;
  probes: readonly Probe[];
  goals: Goal[];
  machine: Machine;
  firstQuery: string;
  secondQuery: string;
  devset?: DevsetFigures;
  easyopsMax: number;
  buildMax: number;
}): string {
  const {figures, probes, goals, machine, devset} = options;
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
    '## Goals (issue 10)',
    '',
    ...goals.map((goal) => `- ${goal.holds ? '✔' : '✘'} ${goal.text}: ${goal.detail}`),
    '',
    // What the person running the benchmark must say about this run
    // (a size left out and why), given as BENCH_NOTE.
    ...(process.env.BENCH_NOTE ? [`**Note on this run.** ${process.env.BENCH_NOTE}`, ''] : []),
    ...(devset ? devsetSection(devset) : []),
  );
  for (const size of sizes) {
    const size_ = figures[size]!;
    out.push(
      `## ${size.toLocaleString('en')} pages`,
      '',
      `${size_.pages} generated Finnish pages, ${Math.round(size_.averageWords)} words a page on average; ` +
        (size_.written
          ? `a \`docusaurus build\` of the first ${size_.written.templatePages} pages took ${ms(size_.docusaurusBuildMs)}, and the ${size_.pages.toLocaleString('en')} pages were written from its pieces in ${ms(size_.written.ms)} (bench/pages.ts; each of the ${size_.written.templatePages} built pages written byte for byte as Docusaurus built it).`
          : `one \`docusaurus build\` with our plugin${size_.engines.easyops ? ' and easyops' : ''} took ${ms(size_.docusaurusBuildMs)}.`) +
        (size_.engines.easyops
          ? ''
          : size_.written
            ? ' easyops is not run here: it indexes only inside a `docusaurus build`.'
            : ` easyops is not run above ${options.easyopsMax.toLocaleString('en')} pages: its index is one file that the first keystroke downloads whole and its search page loads again for every query; it grows linearly with the pages (see the sizes above), so at this size it would be about ten times its 1,000-page size, past what a reader's browser or this shared machine's run time allows.`),
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
    `- **Written pages above ${options.buildMax.toLocaleString('en')}**: a \`docusaurus build\` of that many pages does not fit the machine, so the fixture is a real build of the corpus' first two folders, and every page is written into it from that build's pieces of markup (head, navbar, the sidebar with every folder of the corpus, breadcrumbs, rendered Markdown with Docusaurus' heading ids, pagination, table of contents) by bench/pages.ts, which first writes each page of the small build and checks it is byte for byte what Docusaurus built. Our plugin's postBuild is then run on the written pages as the build runs it, Pagefind and the browser measurements on the same folder. easyops runs only inside a \`docusaurus build\`, so it is not measured there.`,
    "- **Index build time**: ours is the index builder timed as the postBuild runs it, in a process of its own as Pagefind's CLI runs in its own (inside the benchmark's process, which holds the Finnish word list and the corpora, it ran about a fifth slower), reading the built HTML of the same pages one at a time, with Voikko where installed, opened anew for each run so that every word is analysed again (median of 3 runs, 1 at 10,000 pages; it must give the index the build wrote), and our plugin's postBuild as timed in the build (reading the HTML, indexing, writing the files); easyops' is its postBuild, timed by wrapping the plugin; the two postBuilds are made to run one after the other, since Docusaurus runs them at once. Pagefind's is the wall time of its CLI, the median of as many runs as ours (the first run of either, after the build just before, was up to 40 % slower).",
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
