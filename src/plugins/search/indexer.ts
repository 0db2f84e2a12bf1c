/**
 * Builds the search index from the built HTML pages (what readers see, with
 * the heading anchors the pages really have), or from sections the dev
 * server cuts from the Markdown. Node-only.
 *
 * It streams: a page's HTML is cut into sections and dropped; the sections'
 * text goes out in chunk files as soon as a chunk is full, and only each
 * section's word numbers stay in memory until the postings are made.
 */

import {createHash} from 'node:crypto';

import {Parser} from 'htmlparser2';

import {facetNames, type FacetValues} from '../../data/facets';
import {canonical, diphthongBase, isStopWord, Splitter, tokenize} from './shared/analysis';
import {
  CHUNK_SIZE,
  FORMAT_VERSION,
  type ChunkSection,
  type IndexBase,
  type IndexFilters,
  type ShardStarts,
  directoryFile,
  exactTerm,
  FILTERS_FILE,
  SEARCH_TYPES,
  shardFile,
} from './shared/format';
import type {AnalysisStream, Morphology} from './morphology';

/** A page to index. */
export interface PageInput {
  /** Site path, e.g. `/opas/menetelmat/mittarit`. */
  path: string;
  /** The page's built HTML. */
  html: string;
  /** The page's facet values (`facetValues` of `src/model/facets.ts`). */
  facets: FacetValues;
}

/** A section cut from a page. */
export interface Section {
  title: string;
  path: string;
  anchor: string;
  heading: string;
  text: string;
}

/** Longest text kept per section for snippets. */
const TEXT_LIMIT = 1200;
/** Field weights: a word in the page title counts three times, in a heading twice. */
const TITLE_WEIGHT = 3;
const HEADING_WEIGHT = 2;
/** A compound's part counts half of the whole word. */
const PART_WEIGHT = 0.5;
/** The word's base form (from Voikko) counts as the word itself. */
const LEMMA_WEIGHT = 1;
/** BM25 parameters. */
const K1 = 1.2;
const B = 0.75;
/**
 * Characters of JSON after which a term shard is closed and the next begins.
 * The rule: one shard should arrive in the first round trip of a new
 * connection, TCP's initial window of ten segments (RFC 6928), about 14 KB
 * on the wire. Postings JSON compresses 2.4–2.8 : 1 with gzip (least at
 * 10,000 pages, where the gaps between sections have more digits), so
 * 32,000 characters are at most about 13 KB gzip. Each term's JSON is
 * counted as written, so a shard ends where the rule says. Larger shards
 * would cost a query a second round trip; smaller ones only add files and
 * starts.
 */
const SHARD_TARGET = 32_000;
/**
 * Shards per group of `index.json` (format.ts): the first query fetches
 * one group's starts, about 64 × 8 characters (0.4 KB gzip), however many
 * shards there are.
 */
const SHARD_GROUP = 64;

/** Elements whose text is not content: never indexed. */
const SKIPPED = new Set(['nav', 'button', 'svg', 'script', 'style', 'h1']);

interface Root {
  sections: Section[];
  /** Nesting depth inside this root; 0 when outside. */
  depth: number;
  seen: boolean;
  inHeading: boolean;
}

/**
 * Cuts a built page into its heading sections (h2 and h3): the text of the
 * page's `article .markdown` (else its `article`, else `main`), without
 * navigation, buttons, heading links or `data-search-ignore` parts.
 *
 * Why a SAX pass (htmlparser2, the parser cheerio itself is built on) and
 * not cheerio's DOM: building a DOM per page was the largest part of the
 * index build time; one streaming pass over the HTML keeps nothing.
 */
export function extractSections(path: string, html: string): Section[] {
  const region = articleRegion(html);
  if (region !== undefined) {
    const cut = parseSections(path, region);
    // Without an h1 in the article, the title may come from outside it.
    if (cut.titleFromArticle) return cut.sections;
  }
  return parseSections(path, html).sections;
}

/**
 * The page's `<title>` and everything from its first `<article>` to its
 * last `</article>`, or undefined when it has none. What is cut away
 * (head, navbar, sidebar, table of contents, footer) is never indexed, and
 * on a built Docusaurus page it is most of the bytes: parsing it was most
 * of the extraction's time.
 */
function articleRegion(html: string): string | undefined {
  let start = html.indexOf('<article');
  while (start >= 0 && !/[\s>]/.test(html.charAt(start + '<article'.length)))
    start = html.indexOf('<article', start + 1);
  const end = html.lastIndexOf('</article>');
  if (start < 0 || end < start) return undefined;
  const titleStart = html.indexOf('<title');
  const titleEnd = html.indexOf('</title>', titleStart);
  const title =
    titleStart >= 0 && titleEnd >= 0 && titleEnd < start
      ? html.slice(titleStart, titleEnd + '</title>'.length)
      : '';
  return title + html.slice(start, end + '</article>'.length);
}

function parseSections(
  path: string,
  html: string,
): {sections: Section[]; titleFromArticle: boolean} {
  const newRoot = (): Root => ({
    sections: [{title: '', path, anchor: '', heading: '', text: ''}],
    depth: 0,
    seen: false,
    inHeading: false,
  });
  // In order of preference: .markdown inside article, article, main.
  const roots = [newRoot(), newRoot(), newRoot()];
  const stack: {skip: boolean; heading: boolean; h1: boolean}[] = [];
  let skipping = 0;
  let articles = 0;
  let inTitle = false;
  let titleTag = '';
  let h1Depth = 0;
  let h1Text = '';
  let h1Article = '';
  let h1Done = false;
  let h1ArticleDone = false;
  const active = () => roots.filter((root) => root.depth > 0);

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const classes = ` ${attributes.class ?? ''} `;
        if (name === 'article') articles += 1;
        const candidates = [
          articles > 0 && classes.includes(' markdown '),
          name === 'article',
          name === 'main',
        ];
        candidates.forEach((is, index) => {
          const root = roots[index]!;
          if (root.depth > 0) root.depth += 1;
          else if (is && !root.seen) {
            root.seen = true;
            root.depth = 1;
          }
        });
        const h1 = name === 'h1';
        if (h1) h1Depth += 1;
        else if (h1Depth > 0) h1Depth += 1;
        if (name === 'title') inTitle = true;
        const skip =
          skipping > 0 ||
          SKIPPED.has(name) ||
          classes.includes(' hash-link ') ||
          'data-search-ignore' in attributes;
        let heading = false;
        if (!skip && (name === 'h2' || name === 'h3') && attributes.id) {
          heading = true;
          for (const root of active()) {
            root.sections.push({path, title: '', anchor: attributes.id, heading: '', text: ''});
            root.inHeading = true;
          }
        }
        if (skip) skipping += 1;
        stack.push({skip, heading, h1});
      },
      ontext(text) {
        if (inTitle) titleTag += text;
        if (h1Depth > 0) {
          if (!h1Done) h1Text += text;
          if (articles > 0 && !h1ArticleDone) h1Article += text;
        }
        if (skipping > 0) return;
        for (const root of active()) {
          const section = root.sections[root.sections.length - 1]!;
          if (root.inHeading) section.heading += text;
          else section.text += text;
        }
      },
      onclosetag(name) {
        const entry = stack.pop();
        if (name === 'title') inTitle = false;
        if (h1Depth > 0) {
          h1Depth -= 1;
          if (h1Depth === 0) {
            if (h1Text.trim()) h1Done = true;
            if (articles > 0 && h1Article.trim()) h1ArticleDone = true;
          }
        }
        if (entry?.skip) skipping -= 1;
        for (const root of active()) {
          if (entry?.heading) root.inHeading = false;
          // Elements end with a space, so words do not run together.
          else if (skipping === 0 && !root.inHeading)
            root.sections[root.sections.length - 1]!.text += ' ';
          root.depth -= 1;
        }
        if (name === 'article') articles -= 1;
      },
    },
    {decodeEntities: true},
  );
  parser.end(html);

  const root = roots.find((candidate) => candidate.seen) ?? roots[2]!;
  const clean = (text: string) => text.replace(/\u200b/g, '').trim();
  const title = clean(h1Article) || clean(h1Text) || clean(titleTag);
  for (const section of root.sections) {
    section.title = title;
    section.heading = clean(section.heading).replace(/\s+/g, ' ');
    section.text = section.text.replace(/\s+/g, ' ').trim();
  }
  // The part before the first heading always stays: it carries the title.
  return {
    sections: root.sections.filter(
      (section, index) => index === 0 || section.text || section.heading,
    ),
    titleFromArticle: clean(h1Article) !== '',
  };
}

/** The files of a built index: path below the site root → content. */
export interface BuiltIndex {
  base: IndexBase;
  files: Map<string, string>;
  stats: IndexStats;
}

export interface IndexStats {
  pages: number;
  sections: number;
  terms: number;
  shards: number;
  chunks: number;
  /** Whether Voikko analysed the words. */
  morphology: boolean;
}

/** Where the builder writes its files; paths are below the site root. */
export interface IndexSink {
  write(file: string, content: string): Promise<void> | void;
  /** Moves every file below folder `from` to folder `to`. */
  move(from: string, to: string): Promise<void> | void;
}

/** A sink that keeps the files in a map (tests, the dev server). */
export function memorySink(files = new Map<string, string>()): IndexSink & {
  files: Map<string, string>;
} {
  return {
    files,
    write(file, content) {
      files.set(file, content);
    },
    move(from, to) {
      for (const [file, content] of [...files]) {
        if (!file.startsWith(`${from}/`)) continue;
        files.delete(file);
        files.set(`${to}${file.slice(from.length)}`, content);
      }
    },
  };
}

export interface BuildOptions {
  /** Folder of the index below the site root (default `/search`). */
  urlBase?: string;
  /** Voikko; without it, today's analysis (stemmer, bridges, corpus splitter). */
  morphology?: Morphology;
  /** Characters of JSON per term shard (default SHARD_TARGET; tests use small shards). */
  shardTarget?: number;
  /** Shards per group (default SHARD_GROUP; tests use small groups). */
  shardGroup?: number;
}

/**
 * Makes the index page by page. Call `addHtml` or `addSections` for each
 * page, then `finish` once.
 */
export class IndexBuilder {
  private readonly sectionCounts: number[] = [];
  private readonly filters = Object.fromEntries(
    facetNames.map((name) => [name, {}]),
  ) as IndexFilters;
  private readonly wordIds = new Map<string, number>();
  private readonly words: string[] = [];
  /** Per section: word numbers × 4 + field (0 title, 1 heading, 2 text). */
  private readonly sectionWords: Int32Array[] = [];
  private readonly lengths: number[] = [];
  private chunk: ChunkSection[] = [];
  private chunks = 0;
  private readonly hash = createHash('sha256');
  private readonly staging: string;
  private pending: Promise<void> = Promise.resolve();
  /** Voikko analyses the words in worker threads while the next pages are read. */
  private readonly analysis?: AnalysisStream;
  /** Words first seen on the current page. */
  private fresh: string[] = [];

  constructor(
    private readonly sink: IndexSink,
    private readonly options: BuildOptions = {},
  ) {
    this.staging = `${this.urlBase}/.tyo`;
    this.analysis = options.morphology?.stream();
  }

  private get urlBase(): string {
    return this.options.urlBase ?? '/search';
  }

  /** Adds a built page: its HTML is cut into sections and not kept. */
  async addHtml(page: PageInput): Promise<void> {
    await this.addSections(page.facets, extractSections(page.path, page.html));
  }

  /** Adds a page's sections (the first one carries the title). */
  async addSections(facets: PageInput['facets'], sections: readonly Section[]): Promise<void> {
    const page = this.sectionCounts.length;
    this.sectionCounts.push(sections.length);
    for (const name of facetNames) {
      for (const value of facets[name]) (this.filters[name][value] ??= []).push(page);
    }
    for (const section of sections) {
      const id = this.lengths.length;
      const fields = [
        id === 0 || section.anchor === '' ? section.title : '',
        section.heading,
        section.text,
      ];
      const ids: number[] = [];
      let length = 0;
      fields.forEach((text, field) => {
        for (const word of tokenize(text)) {
          length += 1;
          if (isStopWord(word)) continue;
          let wordId = this.wordIds.get(word);
          if (wordId === undefined) {
            wordId = this.words.length;
            this.wordIds.set(word, wordId);
            this.words.push(word);
            this.fresh.push(word);
          }
          ids.push(wordId * 4 + field);
        }
      });
      this.sectionWords.push(Int32Array.from(ids));
      this.lengths.push(length);
      this.chunk.push([
        section.title,
        section.path,
        section.anchor,
        section.heading,
        section.text.slice(0, TEXT_LIMIT),
      ]);
      if (this.chunk.length === CHUNK_SIZE) await this.flushChunk();
    }
    if (this.analysis) {
      this.analysis.add(this.fresh);
      this.fresh = [];
      // Lets the worker threads' answers in, so that they get their next words.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private async flushChunk(): Promise<void> {
    if (this.chunk.length === 0) return;
    const json = JSON.stringify(this.chunk);
    this.chunk = [];
    this.hash.update(json);
    await this.pending;
    this.pending = Promise.resolve(this.sink.write(`${this.staging}/c/${this.chunks}.json`, json));
    this.chunks += 1;
  }

  /**
   * The terms each distinct word adds (its key first, then base forms and
   * compound parts), with their weights, as flat lists: word w's terms are
   * `terms[starts[w]] … terms[starts[w + 1] - 1]`. Flat lists rather than a
   * map and pairs per word, so that tens of thousands of words leave few
   * objects for the garbage collector, which took about a fifth of the
   * build's time in a profile of 200 pages.
   */
  private async wordTerms(): Promise<{
    keys: string[];
    starts: Int32Array;
    terms: string[];
    weights: number[];
  }> {
    const {morphology} = this.options;
    await this.analysis?.done();
    // Lemmas and parts recur across many words: each is stemmed once.
    const keyCache = new Map<string, string>();
    const keyOf = (word: string) => {
      let key = keyCache.get(word);
      if (key === undefined) keyCache.set(word, (key = canonical(word)));
      return key;
    };
    const keys = this.words.map(keyOf);
    // Vocabulary for splitting the compounds Voikko does not know (or all
    // of them, without Voikko): words seen on their own in the corpus.
    // Made only when a word needs it.
    let splitter: Splitter | undefined;
    const split = (word: string) => {
      splitter ??= new Splitter(
        new Set(this.words),
        new Set(keys.filter((_, index) => this.words[index]!.length >= 3)),
      );
      return splitter.split(word);
    };
    const starts = new Int32Array(this.words.length + 1);
    const terms: string[] = [];
    const weights: number[] = [];
    let first = 0;
    // A term that a word reaches in two ways keeps the larger weight.
    const add = (term: string, weight: number) => {
      for (let i = first; i < terms.length; i += 1) {
        if (terms[i] !== term) continue;
        if (weights[i]! < weight) weights[i] = weight;
        return;
      }
      terms.push(term);
      weights.push(weight);
    };
    this.words.forEach((word, index) => {
      first = terms.length;
      starts[index] = first;
      terms.push(keys[index]!);
      weights.push(1);
      const analysis = morphology?.analyse(word);
      if (analysis) {
        for (const lemma of analysis.lemmas) add(keyOf(lemma), LEMMA_WEIGHT);
        for (const part of analysis.parts) add(keyOf(part), PART_WEIGHT);
      } else {
        const parts = split(word);
        if (parts) {
          // The compound with its last part's key, so that it meets the
          // compound's other forms (pyöräteiden → pyörä + tie).
          add(keyOf(parts.slice(0, -1).join('') + diphthongBase(parts.at(-1)!)), 1);
          for (const part of parts) add(keyOf(part), PART_WEIGHT);
        }
      }
    });
    starts[this.words.length] = terms.length;
    return {keys, starts, terms, weights};
  }

  /** Writes the term shards and `index.json`; returns the index. */
  async finish(): Promise<{base: IndexBase; stats: IndexStats}> {
    await this.flushChunk();
    await this.pending;
    const wordCount = this.words.length;
    // Each word's sections and its weighted frequency in each, as one flat
    // list per word (section, frequency, section, frequency …). This needs
    // no analysis, so it is made while Voikko's threads finish.
    const wordPostings: number[][] = Array.from({length: wordCount}, () => []);
    const fieldWeight = [TITLE_WEIGHT, HEADING_WEIGHT, 1];
    this.sectionWords.forEach((ids, section) => {
      for (const code of ids) {
        const postings = wordPostings[code >> 2]!;
        const last = postings.length - 2;
        if (last >= 0 && postings[last] === section) postings[last + 1]! += fieldWeight[code & 3]!;
        else postings.push(section, fieldWeight[code & 3]!);
      }
    });
    const entries = await this.wordTerms();

    // Which words make each term, with the term's weight for the word:
    // numbered in order of first appearance, words in order.
    const termIds = new Map<string, number>();
    const termNames: string[] = [];
    const termWords: number[][] = [];
    for (let word = 0; word < wordCount; word += 1) {
      for (let i = entries.starts[word]!; i < entries.starts[word + 1]!; i += 1) {
        const term = entries.terms[i]!;
        let id = termIds.get(term);
        if (id === undefined) {
          id = termNames.length;
          termIds.set(term, id);
          termNames.push(term);
          termWords.push([]);
        }
        termWords[id]!.push(word, entries.weights[i]!);
      }
    }

    // BM25, computed once here: the index is static, so the worker only
    // adds. A term's frequency in a section is the sum over its words of
    // the word's frequency times the term's weight for that word. Postings
    // are [section gap, score, …].
    const count = this.lengths.length;
    const average = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, count);
    const lengthNorm = Float64Array.from(
      this.lengths,
      (length) => K1 * (1 - B + (B * length) / average),
    );
    /** Scored postings from (section, frequency) pairs, each frequency times `weight`. */
    const scored = (postings: readonly number[], weight: number): number[] => {
      const n = postings.length / 2;
      const idf = Math.log(1 + (count - n + 0.5) / (n + 0.5));
      const list: number[] = [];
      let previous = 0;
      for (let k = 0; k < postings.length; k += 2) {
        const section = postings[k]!;
        const f = postings[k + 1]! * weight;
        list.push(
          section - previous,
          Math.max(1, Math.round((10 * idf * (f * (K1 + 1))) / (f + lengthNorm[section]!))),
        );
        previous = section;
      }
      return list;
    };
    const names: string[] = [];
    const lists: number[][] = [];
    const merged = new Float64Array(count);
    const touched: number[] = [];
    termNames.forEach((term, id) => {
      const words = termWords[id]!;
      names.push(term);
      if (words.length === 2) {
        lists.push(scored(wordPostings[words[0]!]!, words[1]!));
        return;
      }
      touched.length = 0;
      for (let w = 0; w < words.length; w += 2) {
        const postings = wordPostings[words[w]!]!;
        const weight = words[w + 1]!;
        for (let k = 0; k < postings.length; k += 2) {
          const section = postings[k]!;
          if (merged[section] === 0) touched.push(section);
          merged[section]! += postings[k + 1]! * weight;
        }
      }
      touched.sort((x, y) => x - y);
      const pairs: number[] = [];
      for (const section of touched) {
        pairs.push(section, merged[section]!);
        merged[section] = 0;
      }
      lists.push(scored(pairs, 1));
    });
    // Exact surface forms: `key=word` → section gaps.
    for (let word = 0; word < wordCount; word += 1) {
      const postings = wordPostings[word]!;
      const gaps: number[] = [];
      let previous = 0;
      for (let k = 0; k < postings.length; k += 2) {
        gaps.push(postings[k]! - previous);
        previous = postings[k]!;
      }
      names.push(exactTerm(entries.keys[word]!, this.words[word]!));
      lists.push(gaps);
    }

    // Shards: runs of sorted terms of about SHARD_TARGET bytes each. A
    // shard's start in index.json is the shortest beginning of its first
    // term that sorts after the shard before it: enough to find the shard.
    // The JSON is written here term by term rather than by JSON.stringify
    // of one object per shard, which would hold every shard's terms twice.
    // Terms are sorted with each one's number behind a NUL, which sorts
    // before every letter, so the order is the terms' own; the engine's
    // comparator-free sort is several times faster than a comparator.
    const order = names.map((name, index) => `${name}\0${index}`).sort();
    const starts: string[] = [];
    const shardJson: string[] = [];
    let shard: string[] = [];
    let size = 0;
    let last = '';
    const close = () => {
      const json = `{${shard.join(',')}}`;
      shardJson.push(json);
      this.hash.update(json);
      shard = [];
      size = 0;
    };
    for (const numbered of order) {
      const index = Number(numbered.slice(numbered.lastIndexOf('\0') + 1));
      const term = names[index]!;
      if (size === 0) {
        let length = 1;
        while (term.slice(0, length) <= last) length += 1;
        starts.push(term.slice(0, length));
      }
      // A term is letters, digits and `=` (tokenize), so it needs no escaping.
      const json = `"${term}":${JSON.stringify(lists[index])}`;
      shard.push(json);
      last = term;
      size += json.length + 1;
      if (size >= (this.options.shardTarget ?? SHARD_TARGET)) close();
    }
    if (size > 0) close();

    // The folder name changes with the content, so browsers never mix builds.
    this.hash.update(JSON.stringify([this.sectionCounts, this.filters]));
    const dir = `${this.urlBase}/${this.hash.digest('hex').slice(0, 10)}`;
    for (const [n, json] of shardJson.entries())
      await this.sink.write(`${this.staging}/${shardFile(n)}`, json);
    const perGroup = this.options.shardGroup ?? SHARD_GROUP;
    const groups: string[] = [];
    for (let first = 0; first < starts.length; first += perGroup) {
      groups.push(starts[first]!);
      const group: ShardStarts = starts.slice(first, first + perGroup);
      await this.sink.write(
        `${this.staging}/${directoryFile(first / perGroup)}`,
        JSON.stringify(group),
      );
    }
    await this.sink.move(this.staging, dir);
    await this.sink.write(`${dir}/${FILTERS_FILE}`, JSON.stringify(this.filters));
    const types = this.sectionCounts.map(() => '0');
    for (const [value, ids] of Object.entries(this.filters.tyyppi ?? {})) {
      const index = SEARCH_TYPES.indexOf(value as never);
      for (const id of ids) types[id] = String(index < 0 ? SEARCH_TYPES.length - 1 : index);
    }
    const base: IndexBase = {
      v: FORMAT_VERSION,
      dir,
      groups,
      group: perGroup,
      shardCount: starts.length,
      pages: this.sectionCounts,
      types: types.join(''),
    };
    await this.sink.write(`${this.urlBase}/index.json`, JSON.stringify(base));
    return {
      base,
      stats: {
        pages: this.sectionCounts.length,
        sections: count,
        terms: names.length,
        shards: starts.length,
        chunks: this.chunks,
        morphology: Boolean(this.options.morphology),
      },
    };
  }
}

/** Builds the index of some pages in memory (tests, the benchmark). */
export async function buildIndex(
  pages: readonly PageInput[],
  options: BuildOptions = {},
): Promise<BuiltIndex> {
  const sink = memorySink();
  const builder = new IndexBuilder(sink, options);
  for (const page of pages) await builder.addHtml(page);
  const {base, stats} = await builder.finish();
  return {base, files: sink.files, stats};
}
