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
  exactKeyOf,
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
 * The postings of every term as the JSON inside their brackets, in one
 * growing byte array (ASCII digits and commas). Why our own writer: the
 * postings of tens of thousands of terms as arrays of numbers, or as
 * strings built piece by piece, were most of the garbage collector's work
 * in a profile of the index build; numbers written as digits into one
 * array leave none.
 */
class PostingsWriter {
  bytes = new Uint8Array(1 << 16);
  private length = 0;
  /** Where the current term's postings began. */
  private first = 0;

  /** Writes a gap and a score (`gap,score`). */
  pair(gap: number, score: number): void {
    this.one(gap);
    this.one(score);
  }

  /** Writes one non-negative integer. */
  one(value: number): void {
    if (this.length + 24 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    const bytes = this.bytes;
    if (this.length > this.first) bytes[this.length++] = COMMA;
    let digits = 1;
    for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits += 1;
    let at = this.length + digits;
    this.length = at;
    let rest = value;
    do {
      bytes[--at] = 48 + (rest % 10);
      rest = Math.floor(rest / 10);
    } while (rest > 0);
  }

  /** Ends the current term's postings; returns where they end. */
  end(): number {
    this.first = this.length;
    return this.length;
  }
}

const COMMA = 44;

/** One shard's JSON, `{"term":[…],…}`, assembled as UTF-8 bytes. */
class ShardWriter {
  private bytes = new Uint8Array(1 << 16);
  private length = 0;
  private readonly encoder = new TextEncoder();
  /** Characters of JSON so far (what SHARD_TARGET counts). */
  size = 0;

  get empty(): boolean {
    return this.size === 0;
  }

  /** Adds `"term":[…]` with the postings `postings[from]` … `postings[to - 1]`. */
  add(term: string, postings: Uint8Array, from: number, to: number): void {
    const need = this.length + 3 * term.length + (to - from) + 8;
    if (need > this.bytes.length) {
      const grown = new Uint8Array(Math.max(need, this.bytes.length * 2));
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    const bytes = this.bytes;
    bytes[this.length++] = this.size === 0 ? 123 /* { */ : COMMA;
    bytes[this.length++] = 34; // "
    this.length += this.encoder.encodeInto(term, bytes.subarray(this.length)).written;
    bytes[this.length++] = 34;
    bytes[this.length++] = 58; // :
    bytes[this.length++] = 91; // [
    bytes.set(postings.subarray(from, to), this.length);
    this.length += to - from;
    bytes[this.length++] = 93; // ]
    // As JSON.stringify would count it: `"term":[…]` and a comma.
    this.size += term.length + 6 + (to - from);
  }

  /** The shard's JSON; the writer is empty again. */
  close(): string {
    this.bytes[this.length++] = 125; // }
    const text = Buffer.from(this.bytes.buffer, 0, this.length).toString('utf8');
    this.length = 0;
    this.size = 0;
    return text;
  }
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
   * `terms[starts[w]] … terms[starts[w + 1] - 1]`; `keys` are the words'
   * own keys. Flat lists rather than a map and pairs per word, so that
   * tens of thousands of words leave few objects for the garbage
   * collector, which took about a fifth of the build's time in a profile
   * of 200 pages.
   */
  private wordTerms(
    keys: readonly string[],
    keyOf: (word: string) => string,
  ): {
    starts: Int32Array;
    terms: string[];
    weights: number[];
  } {
    const {morphology} = this.options;
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
    return {starts, terms, weights};
  }

  /**
   * Each word's sections and its weighted frequency in each, as flat
   * lists: word w's postings are `sections[starts[w]] … sections[starts[w + 1] - 1]`,
   * in order, with `frequencies` beside them. Typed arrays rather than a
   * list per word: the garbage collector took about a third of the index
   * build's time when every word and term had its own arrays.
   */
  private wordPostings(): {starts: Int32Array; sections: Int32Array; frequencies: Int32Array} {
    const wordCount = this.words.length;
    const fieldWeight = [TITLE_WEIGHT, HEADING_WEIGHT, 1];
    const seen = new Int32Array(wordCount).fill(-1);
    const starts = new Int32Array(wordCount + 1);
    this.sectionWords.forEach((ids, section) => {
      for (const code of ids) {
        const word = code >> 2;
        if (seen[word] === section) continue;
        seen[word] = section;
        starts[word + 1]! += 1;
      }
    });
    for (let word = 0; word < wordCount; word += 1) starts[word + 1]! += starts[word]!;
    const sections = new Int32Array(starts[wordCount]!);
    const frequencies = new Int32Array(starts[wordCount]!);
    const next = starts.slice(0, wordCount);
    seen.fill(-1);
    this.sectionWords.forEach((ids, section) => {
      for (const code of ids) {
        const word = code >> 2;
        if (seen[word] !== section) {
          seen[word] = section;
          sections[next[word]!] = section;
          next[word]! += 1;
        }
        frequencies[next[word]! - 1]! += fieldWeight[code & 3]!;
      }
    });
    return {starts, sections, frequencies};
  }

  /** Writes the term shards and `index.json`; returns the index. */
  async finish(): Promise<{base: IndexBase; stats: IndexStats}> {
    await this.flushChunk();
    await this.pending;
    const wordCount = this.words.length;
    // What needs no analysis is made first, while Voikko's threads finish
    // theirs: the postings, each word's key and the exact-form terms. Then
    // this thread takes its share of the words still waiting (done).
    const postings = this.wordPostings();
    // Lemmas and parts recur across many words: each is stemmed once.
    const keyCache = new Map<string, string>();
    const keyOf = (word: string) => {
      let key = keyCache.get(word);
      if (key === undefined) keyCache.set(word, (key = canonical(word)));
      return key;
    };
    const keys = this.words.map(keyOf);
    // Exact surface forms: `key=word` → section gaps.
    const exact = new PostingsWriter();
    const exactNames = this.words.map((word, index) => exactTerm(keys[index]!, word));
    const exactAt: number[] = [0];
    for (let word = 0; word < wordCount; word += 1) {
      let previous = 0;
      for (let k = postings.starts[word]!; k < postings.starts[word + 1]!; k += 1) {
        exact.one(postings.sections[k]! - previous);
        previous = postings.sections[k]!;
      }
      exactAt.push(exact.end());
    }
    const exactIds = new Map(exactNames.map((name, word) => [name, word]));
    // The engine's comparator-free sort is several times faster than a
    // comparator.
    const exactSorted = exactNames.slice().sort();
    await this.analysis?.done();
    const entries = this.wordTerms(keys, keyOf);

    // Which words make each term, with the term's weight for the word, as
    // flat lists like the postings: terms numbered in order of first
    // appearance, each term's words in order.
    const termIds = new Map<string, number>();
    const termNames: string[] = [];
    const termOf = new Int32Array(entries.terms.length);
    const termStarts: number[] = [0];
    entries.terms.forEach((term, i) => {
      let id = termIds.get(term);
      if (id === undefined) {
        id = termNames.length;
        termIds.set(term, id);
        termNames.push(term);
        termStarts.push(0);
      }
      termOf[i] = id;
      termStarts[id + 1]! += 1;
    });
    for (let id = 0; id < termNames.length; id += 1) termStarts[id + 1]! += termStarts[id]!;
    const termWords = new Int32Array(entries.terms.length);
    const termWeights = new Float64Array(entries.terms.length);
    const nextWord = termStarts.slice(0, termNames.length);
    for (let word = 0; word < wordCount; word += 1) {
      for (let i = entries.starts[word]!; i < entries.starts[word + 1]!; i += 1) {
        const at = nextWord[termOf[i]!]!;
        nextWord[termOf[i]!] = at + 1;
        termWords[at] = word;
        termWeights[at] = entries.weights[i]!;
      }
    }

    // BM25, computed once here: the index is static, so the worker only
    // adds. A term's frequency in a section is the sum over its words of
    // the word's frequency times the term's weight for that word. Postings
    // are [section gap, score, …], written straight as the term's JSON
    // entry (`"term":[…]`), which is all the shards need of it.
    const count = this.lengths.length;
    const average = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, count);
    const lengthNorm = Float64Array.from(
      this.lengths,
      (length) => K1 * (1 - B + (B * length) / average),
    );
    const out = new PostingsWriter();
    /** Where each term's postings are in `out`: term t's are `at[t]` … `at[t + 1]`. */
    const at: number[] = [0];
    const merged = new Float64Array(count);
    const touched = new Int32Array(count);
    /** Writes a term's postings from its sections and frequencies (`from` … `to` of the two lists). */
    const scored = (
      sections: Int32Array,
      frequencies: ArrayLike<number>,
      from: number,
      to: number,
      weight: number,
    ) => {
      const n = to - from;
      const idf = Math.log(1 + (count - n + 0.5) / (n + 0.5));
      let previous = 0;
      for (let k = from; k < to; k += 1) {
        const section = sections[k]!;
        const f = frequencies[k]! * weight;
        out.pair(
          section - previous,
          Math.max(1, Math.round((10 * idf * (f * (K1 + 1))) / (f + lengthNorm[section]!))),
        );
        previous = section;
      }
      at.push(out.end());
    };
    termNames.forEach((_, id) => {
      const first = termStarts[id]!;
      const end = termStarts[id + 1]!;
      if (end - first === 1) {
        const word = termWords[first]!;
        scored(
          postings.sections,
          postings.frequencies,
          postings.starts[word]!,
          postings.starts[word + 1]!,
          termWeights[first]!,
        );
        return;
      }
      let n = 0;
      for (let w = first; w < end; w += 1) {
        const word = termWords[w]!;
        const weight = termWeights[w]!;
        for (let k = postings.starts[word]!; k < postings.starts[word + 1]!; k += 1) {
          const section = postings.sections[k]!;
          if (merged[section] === 0) touched[n++] = section;
          merged[section]! += postings.frequencies[k]! * weight;
        }
      }
      // A typed array sorts numbers without a comparator.
      const sections = touched.subarray(0, n).sort();
      const sums = new Float64Array(n);
      sections.forEach((section, k) => {
        sums[k] = merged[section]!;
        merged[section] = 0;
      });
      scored(sections, sums, 0, n, 1);
    });
    // Shards: runs of sorted terms of about SHARD_TARGET characters each. A
    // shard's start in index.json is the shortest beginning of its first
    // term that sorts after the shard before it: enough to find the shard.
    // The exact forms, sorted above, are merged into the sorted terms. A
    // term is letters, digits and `=` (tokenize), so it needs no escaping.
    // A key's exact forms (`key=form`) stay in the key's shard: a query
    // looks up both, and a common key's long postings would otherwise close
    // its shard just before its forms, costing every query for that word a
    // second shard.
    const sorted = termNames.slice().sort();
    const starts: string[] = [];
    const shardJson: string[] = [];
    const shard = new ShardWriter();
    const shardKeys = new Set<string>();
    let last = '';
    const close = () => {
      const text = shard.close();
      shardJson.push(text);
      this.hash.update(text);
      shardKeys.clear();
    };
    /** Whether the next name in order is `sorted[i]` rather than `exactSorted[j]`. */
    const termFirst = (i: number, j: number) =>
      j === exactSorted.length || (i < sorted.length && sorted[i]! < exactSorted[j]!);
    for (let i = 0, j = 0; i < sorted.length || j < exactSorted.length;) {
      const fromTerms = termFirst(i, j);
      const name = fromTerms ? sorted[i++]! : exactSorted[j++]!;
      if (shard.empty) {
        let length = 1;
        while (name.slice(0, length) <= last) length += 1;
        starts.push(name.slice(0, length));
      }
      if (fromTerms) {
        const id = termIds.get(name)!;
        shard.add(name, out.bytes, at[id]!, at[id + 1]!);
      } else {
        const word = exactIds.get(name)!;
        shard.add(name, exact.bytes, exactAt[word]!, exactAt[word + 1]!);
      }
      last = name;
      if (fromTerms) shardKeys.add(name);
      if (shard.size < (this.options.shardTarget ?? SHARD_TARGET)) continue;
      const following = termFirst(i, j) ? sorted[i] : exactSorted[j];
      const form = following === undefined ? undefined : exactKeyOf(following);
      if (form === undefined || !shardKeys.has(form)) close();
    }
    if (!shard.empty) close();

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
      parts: Boolean(this.options.morphology),
    };
    await this.sink.write(`${this.urlBase}/index.json`, JSON.stringify(base));
    return {
      base,
      stats: {
        pages: this.sectionCounts.length,
        sections: count,
        terms: termNames.length + exactNames.length,
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
