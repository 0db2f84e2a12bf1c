/**
 * The search engine that runs in the browser's worker: it fetches the parts
 * of the index a query needs, scores sections, groups them by page, counts
 * facets and cuts snippets. Pure code over a fetch function, so the tests
 * and the benchmark run it in Node on a built index.
 */

import leven from 'leven';

import {facetNames, type FacetName, type FacetValues} from '../../../data/facets';
import {
  countFacets,
  noFilters,
  passes,
  type FacetCounts,
  type Filters,
} from '../../../model/facets';
import {canonical, isNearKey, isStopWord, tokenize} from './analysis';
import {
  CHUNK_SIZE,
  directoryFile,
  FORMAT_VERSION,
  shardFile,
  shardFor,
  shardsWithPrefix,
  type ChunkSection,
  type IndexBase,
  type IndexFilters,
  type SearchType,
  type Shard,
  type ShardStarts,
  exactTerm,
  exactWord,
  FILTERS_FILE,
  SEARCH_TYPES,
} from './format';

/** Longest query that is searched as typed. */
export const MAX_QUERY = 200;
/** Most words of a query that count. */
const MAX_WORDS = 10;
/** Shortest last word that is completed as a prefix. */
const MIN_PREFIX = 3;
/** Most index terms one prefix expands to. */
const MAX_EXPANSIONS = 30;
/** Shortest query word that is tried as a compound, and shortest part. */
const MIN_COMPOUND = 7;
const MIN_PART = 3;
/** Most shards a query word's splitting may look into. */
const MAX_SPLIT_SHARDS = 6;
/** Most shards a prefix's terms are looked for in. */
const MAX_PREFIX_SHARDS = 8;

/** Filters, as in the search page's URL: any facet of `src/data/facets.ts`. */
export type SearchFilters = Filters;
export type {FacetName};

export interface SearchRequest {
  query: string;
  filters?: Partial<SearchFilters>;
  /** How many results to return with text. */
  limit?: number;
  /** Whether the last word is still being typed (match it as a prefix). */
  partial?: boolean;
  /** Whether to count facet values (default true; the navbar box needs none). */
  facets?: boolean;
}

/** A piece of a snippet; `mark` pieces matched the query. */
export interface Fragment {
  text: string;
  mark: boolean;
}

export interface SearchResult {
  /** Page path. */
  path: string;
  /** Heading anchor of the best section, or '' for the page's start. */
  anchor: string;
  title: string;
  /** Heading of the best section, or ''. */
  heading: string;
  type: SearchType;
  snippet: Fragment[];
  /** Words as they appear in the best section that matched: for highlighting. */
  marks: string[];
  score: number;
}

export interface SearchResponse {
  /**
   * `ok`; `empty`: nothing typed; `nothing`: no letters or digits in what
   * was typed.
   */
  status: 'ok' | 'empty' | 'nothing';
  /** The query as searched (cut to MAX_QUERY). */
  query: string;
  /** Set when the query was cut. */
  truncated: boolean;
  /** Matching pages after filters. */
  total: number;
  results: SearchResult[];
  /** For each facet value, how many pages match with it, given the other filters. */
  facets: FacetCounts;
  /** A corrected query when nothing was found and a close word exists. */
  suggestion?: string;
}

type Fetch = (url: string) => Promise<unknown>;

interface QueryWord {
  word: string;
  key: string;
  prefix: boolean;
}

/** Per-section scores for one query word. */
type Scores = Map<number, number>;

function decodePostings(list: readonly number[], weight: number, into: Scores): void {
  let section = 0;
  for (let i = 0; i < list.length; i += 2) {
    section += list[i]!;
    const score = list[i + 1]! * weight;
    if (score > (into.get(section) ?? 0)) into.set(section, score);
  }
}

function decodeIds(list: readonly number[]): Set<number> {
  const ids = new Set<number>();
  let section = 0;
  for (const gap of list) ids.add((section += gap));
  return ids;
}

/** Each page's facet values, from the index's named filters. */
function pageFacetValues(base: IndexBase, filters: IndexFilters): FacetValues[] {
  const pages = base.pages.map(() => noFilters());
  for (const name of facetNames) {
    for (const [value, ids] of Object.entries(filters[name] ?? {})) {
      for (const id of ids) (pages[id]![name] as string[]).push(value);
    }
  }
  return pages;
}

export class SearchEngine {
  private base?: Promise<IndexBase>;
  private readonly shards = new Map<number, Promise<Shard>>();
  private readonly directories = new Map<number, Promise<ShardStarts>>();
  private readonly chunks = new Map<number, Promise<ChunkSection[]>>();
  private sectionPages?: Int32Array;
  private pageValues?: Promise<FacetValues[]>;

  /**
   * @param fetchJson fetches and parses a JSON file of the index
   * @param indexUrl address of `index.json`
   */
  constructor(
    private readonly fetchJson: Fetch,
    private readonly indexUrl = '/search/index.json',
    /**
     * Fetch `index.json` again before each search and start over when it
     * names a new folder: the dev server rebuilds the index as files change.
     */
    private readonly revalidate = false,
  ) {}

  private async loadBase(): Promise<IndexBase> {
    if (this.revalidate && this.base) {
      const [current, fresh] = await Promise.all([
        this.base.catch(() => undefined),
        this.fetchJson(this.indexUrl) as Promise<IndexBase>,
      ]);
      if (current?.dir !== fresh.dir) {
        this.shards.clear();
        this.directories.clear();
        this.chunks.clear();
        this.base = undefined;
        this.pageValues = undefined;
      }
    }
    this.base ??= this.fetchJson(this.indexUrl).then((value) => {
      const base = value as IndexBase;
      if (base.v !== FORMAT_VERSION) throw new Error(`search index version ${base.v}`);
      const pages = new Int32Array(base.pages.reduce((sum, count) => sum + count, 0));
      let section = 0;
      base.pages.forEach((count, index) => {
        pages.fill(index, section, section + count);
        section += count;
      });
      this.sectionPages = pages;
      return base;
    });
    return this.base;
  }

  /** The pages' facet values: fetched the first time a search needs them. */
  private facetValues(base: IndexBase): Promise<FacetValues[]> {
    this.pageValues ??= (
      this.fetchJson(`${base.dir}/${FILTERS_FILE}`) as Promise<IndexFilters>
    ).then((filters) => pageFacetValues(base, filters));
    return this.pageValues;
  }

  /** A numbered file of the index, fetched the first time it is asked for. */
  private once<T>(cache: Map<number, Promise<T>>, n: number, file: string): Promise<T> {
    let value = cache.get(n);
    if (!value) {
      value = this.fetchJson(file) as Promise<T>;
      cache.set(n, value);
    }
    return value;
  }

  /** Where each shard of a group begins: fetched once, when a word falls in the group. */
  private directory(base: IndexBase, group: number): Promise<ShardStarts> {
    return this.once(this.directories, group, `${base.dir}/${directoryFile(group)}`);
  }

  /** The number of the shard a term falls in: its group's, then its own start. */
  private async shardOf(base: IndexBase, term: string): Promise<number | undefined> {
    const group = shardFor(term, base.groups);
    if (group === undefined) return undefined;
    const n = shardFor(term, await this.directory(base, group));
    return n === undefined ? undefined : group * base.group + n;
  }

  private async shard(base: IndexBase, term: string): Promise<Shard | undefined> {
    const n = await this.shardOf(base, term);
    return n === undefined ? undefined : this.shardNumber(base, n);
  }

  private shardNumber(base: IndexBase, n: number): Promise<Shard> {
    return this.once(this.shards, n, `${base.dir}/${shardFile(n)}`);
  }

  /** Numbers of the shards that may hold terms starting with a prefix (at most 8), in order. */
  private async prefixShards(base: IndexBase, prefix: string): Promise<number[]> {
    const numbers: number[] = [];
    // The groups the prefix's terms may fall in, then their shards.
    for (const group of shardsWithPrefix(prefix, base.groups)) {
      const starts = await this.directory(base, group);
      for (const n of shardsWithPrefix(prefix, starts)) numbers.push(group * base.group + n);
      if (numbers.length >= MAX_PREFIX_SHARDS) break;
    }
    return numbers.slice(0, MAX_PREFIX_SHARDS);
  }

  /** Whether a key is a term of the index. */
  private async hasKey(base: IndexBase, key: string, budget: {shards: number}): Promise<boolean> {
    const n = await this.shardOf(base, key);
    if (n === undefined) return false;
    if (!this.shards.has(n)) {
      if (budget.shards <= 0) return false;
      budget.shards -= 1;
    }
    const shard = await this.shardNumber(base, n);
    return Object.hasOwn(shard, key);
  }

  /**
   * Splits a query word that is not a key of the index into parts that are
   * (maalämpöpumppu → maalämpö + pumppu), longest first part first. The
   * browser has no dictionary: the index's own keys are the vocabulary.
   */
  private async splitWord(
    base: IndexBase,
    word: string,
    budget: {shards: number},
    depth = 0,
  ): Promise<string[] | undefined> {
    for (let cut = word.length - MIN_PART; cut >= MIN_PART; cut -= 1) {
      const head = word.slice(0, cut);
      if (!(await this.hasKey(base, canonical(head), budget))) continue;
      const tail = word.slice(cut);
      if (await this.hasKey(base, canonical(tail), budget)) return [head, tail];
      if (depth < 2 && tail.length >= MIN_COMPOUND - 1) {
        const rest = await this.splitWord(base, tail, budget, depth + 1);
        if (rest) return [head, ...rest];
      }
      if (budget.shards <= 0) break;
    }
    return undefined;
  }

  /** A query word's words to search: itself, or its parts when it is an unknown compound. */
  private async expand(base: IndexBase, word: QueryWord): Promise<QueryWord[]> {
    if (word.word.length < MIN_COMPOUND || !/^\p{L}+$/u.test(word.word)) return [word];
    if (await this.hasKey(base, word.key, {shards: 1})) return [word];
    const parts = await this.splitWord(base, word.word, {shards: MAX_SPLIT_SHARDS});
    if (!parts) return [word];
    return parts.map((part, index) => ({
      word: part,
      key: canonical(part),
      // The last part of a word being typed is still being typed.
      prefix: word.prefix && index === parts.length - 1,
    }));
  }

  private chunk(base: IndexBase, index: number): Promise<ChunkSection[]> {
    return this.once(this.chunks, index, `${base.dir}/c/${index}.json`);
  }

  private async section(base: IndexBase, id: number): Promise<ChunkSection> {
    const chunk = await this.chunk(base, Math.floor(id / CHUNK_SIZE));
    return chunk[id % CHUNK_SIZE]!;
  }

  /** Scores of one query word over sections. */
  private async wordScores(base: IndexBase, word: QueryWord): Promise<Scores> {
    const scores: Scores = new Map();
    const shard = await this.shard(base, word.key);
    if (shard) {
      for (const [term, list] of Object.entries(shard)) {
        if (term.includes('=')) continue;
        if (term === word.key) decodePostings(list, 1, scores);
        else if (isNearKey(word.key, term)) decodePostings(list, 0.8, scores);
      }
    }
    // The exact form typed ranks above a form derived from it.
    const exactKey = exactTerm(word.key, word.word);
    const exact = (await this.shard(base, exactKey))?.[exactKey];
    if (word.prefix && word.word.length >= MIN_PREFIX) {
      // Terms that begin with the word as typed or with its key: only the
      // shards those beginnings can fall in, and of those only as many as
      // the first MAX_EXPANSIONS such terms need, one after another.
      const starts = [...new Set([word.word, word.key])].filter(
        (start) => start.length >= MIN_PREFIX,
      );
      let shards = [
        ...new Set(
          (await Promise.all(starts.map((start) => this.prefixShards(base, start)))).flat(),
        ),
      ];
      // A word the index holds as typed is a whole word already, and where
      // Voikko gave the index every compound's parts, the compounds that
      // begin with it are found through them: it is completed only from
      // the shards its key and form are in, which the query has fetched. A
      // common beginning spans several shards of long postings: on the
      // scale benchmark's site of 10,000 case notes, the query "energia"
      // fetched 75 KB (gzip) in all when completed from every shard its
      // beginning spans, 32 KB from its own.
      if (exact && base.parts) {
        const own = [await this.shardOf(base, word.key), await this.shardOf(base, exactKey)];
        shards = shards.filter((n) => own.includes(n));
      }
      let expansions = 0;
      for (const n of shards) {
        if (expansions >= MAX_EXPANSIONS) break;
        const prefixShard = await this.shardNumber(base, n);
        for (const [term, list] of Object.entries(prefixShard)) {
          if (expansions >= MAX_EXPANSIONS) break;
          if (term.includes('=') || term === word.key) continue;
          if (starts.some((start) => term.startsWith(start))) {
            decodePostings(list, 0.6, scores);
            expansions += 1;
          }
        }
      }
    }
    if (exact) {
      for (const id of decodeIds(exact)) {
        const score = scores.get(id);
        if (score !== undefined) scores.set(id, score * 1.25);
      }
    }
    return scores;
  }

  /** A close word from the index for a word that found nothing. */
  private async suggest(base: IndexBase, word: string): Promise<string | undefined> {
    // Forms sharing the typed word's beginning sit beside its key: in the
    // shard it would be in, or in one beside it.
    const n = await this.shardOf(base, canonical(word));
    if (n === undefined) return undefined;
    const near = [n - 1, n, n + 1].filter((m) => m >= 0 && m < base.shardCount);
    const shards = await Promise.all(near.map((m) => this.shardNumber(base, m)));
    let best: string | undefined;
    let bestDistance = word.length > 6 ? 3 : 2;
    for (const term of shards.flatMap((shard) => Object.keys(shard))) {
      const candidate = exactWord(term);
      if (candidate === undefined) continue;
      if (Math.abs(candidate.length - word.length) > 2) continue;
      const distance = leven(word, candidate);
      if (distance > 0 && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }

  async search(request: SearchRequest): Promise<SearchResponse> {
    const raw = request.query ?? '';
    const truncated = raw.length > MAX_QUERY;
    const query = truncated ? raw.slice(0, MAX_QUERY) : raw;
    const response: SearchResponse = {
      status: 'ok',
      query,
      truncated,
      total: 0,
      results: [],
      facets: countFacets([], noFilters()),
    };
    if (query.trim() === '') return {...response, status: 'empty'};
    let words = tokenize(query);
    if (words.length === 0) return {...response, status: 'nothing'};
    const meaningful = words.filter((word) => !isStopWord(word));
    if (meaningful.length > 0) words = meaningful;
    words = [...new Set(words)].slice(0, MAX_WORDS);

    const base = await this.loadBase();
    const endsInWord = /[\p{L}\p{N}]$/u.test(query);
    const typed: QueryWord[] = words.map((word, index) => ({
      word,
      key: canonical(word),
      prefix: Boolean(request.partial) && endsInWord && index === words.length - 1,
    }));
    // A compound the index does not know as a whole counts as its parts.
    const expanded = (await Promise.all(typed.map((word) => this.expand(base, word)))).flat();
    const queryWords = expanded.filter(
      (word, index) => expanded.findIndex((other) => other.key === word.key) === index,
    );
    const perWord = await Promise.all(queryWords.map((word) => this.wordScores(base, word)));

    // How many of the query words each section holds, and its summed score.
    const sectionScores = new Map<number, number>();
    const sectionWords = new Map<number, number>();
    const pages = this.sectionPages!;
    // A page matches all words when its sections together hold them all.
    const pageWords = new Map<number, Set<number>>();
    perWord.forEach((scores, wordIndex) => {
      for (const [section, score] of scores) {
        sectionScores.set(section, (sectionScores.get(section) ?? 0) + score);
        sectionWords.set(section, (sectionWords.get(section) ?? 0) + 1);
        const page = pages[section]!;
        let set = pageWords.get(page);
        if (!set) pageWords.set(page, (set = new Set()));
        set.add(wordIndex);
      }
    });
    const complete = [...pageWords]
      .filter(([, set]) => set.size === queryWords.length)
      .map(([page]) => page);
    const matchingPages = new Set(complete.length > 0 ? complete : pageWords.keys());

    // Best section per page: the one holding most of the words, then the
    // best scored. A page whose best section holds every word ranks above
    // pages whose words are spread over sections.
    const best = new Map<number, {section: number; score: number; words: number}>();
    for (const [section, score] of sectionScores) {
      const page = pages[section]!;
      if (!matchingPages.has(page)) continue;
      const words = sectionWords.get(section)!;
      const current = best.get(page);
      if (!current || words > current.words || (words === current.words && score > current.score))
        best.set(page, {section, score, words});
    }

    const filters: SearchFilters = {...noFilters(), ...request.filters};
    // The navbar box asks without facets: it neither counts nor filters them.
    const filtered = facetNames.some((name) => filters[name].length > 0);
    const values = request.facets !== false || filtered ? await this.facetValues(base) : undefined;
    if (values) {
      response.facets = countFacets(
        [...best.keys()].map((page) => values[page]!),
        filters,
      );
    }
    const ranked = [...best]
      .filter(([page]) => !values || passes(values[page]!, filters))
      .sort(
        (a, b) =>
          Number(b[1].words === queryWords.length) - Number(a[1].words === queryWords.length) ||
          b[1].score - a[1].score ||
          a[1].section - b[1].section,
      );
    response.total = ranked.length;

    const limit = request.limit ?? 10;
    response.results = await Promise.all(
      ranked.slice(0, limit).map(async ([page, {section, score}]) => {
        const [title, path, anchor, heading, text] = await this.section(base, section);
        const {snippet, marks} = makeSnippet(text, queryWords);
        return {
          path,
          anchor,
          title,
          heading,
          type: SEARCH_TYPES[Number(base.types[page])] ?? 'sivu',
          snippet,
          marks,
          score: Math.round(score),
        };
      }),
    );
    if (response.total === 0 && queryWords.length === typed.length) {
      const corrected = await Promise.all(
        queryWords.map(async (word) =>
          perWord[queryWords.indexOf(word)]!.size === 0
            ? ((await this.suggest(base, word.word)) ?? word.word)
            : word.word,
        ),
      );
      const suggestion = corrected.join(' ');
      if (suggestion !== words.join(' ')) response.suggestion = suggestion;
    }
    return response;
  }
}

/** Whether a word of the text matches a query word, in any inflected form. */
function matchesWord(textWord: string, query: readonly QueryWord[]): boolean {
  const key = canonical(textWord);
  return query.some(
    (word) =>
      isNearKey(word.key, key) ||
      (word.key.length >= 4 && key.includes(word.key)) ||
      (word.prefix && (textWord.startsWith(word.word) || key.startsWith(word.key))),
  );
}

const SNIPPET_BEFORE = 60;
const SNIPPET_LENGTH = 220;

/** A window of text around the first match, with the matching words marked. */
export function makeSnippet(
  text: string,
  query: readonly QueryWord[],
): {snippet: Fragment[]; marks: string[]} {
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
  const matched = words.filter((match) => matchesWord(match[0].toLowerCase(), query));
  const first = matched[0]?.index ?? 0;
  let start = Math.max(0, first - SNIPPET_BEFORE);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length)
    end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;

  const snippet: Fragment[] = [];
  if (start > 0) snippet.push({text: '… ', mark: false});
  let position = start;
  for (const match of matched) {
    const index = match.index!;
    if (index < start || index + match[0].length > end) continue;
    if (index > position) snippet.push({text: text.slice(position, index), mark: false});
    snippet.push({text: match[0], mark: true});
    position = index + match[0].length;
  }
  if (position < end) snippet.push({text: text.slice(position, end), mark: false});
  if (end < text.length) snippet.push({text: ' …', mark: false});
  const marks = [...new Set(matched.map((match) => match[0]))].slice(0, 12);
  return {snippet, marks};
}
