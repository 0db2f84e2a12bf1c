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
  FORMAT_VERSION,
  shardFile,
  shardFor,
  type ChunkSection,
  type IndexBase,
  type SearchType,
  type Shard,
} from './format';

/** Longest query that is searched as typed. */
export const MAX_QUERY = 200;
/** Most words of a query that count. */
const MAX_WORDS = 10;
/** Shortest last word that is completed as a prefix. */
const MIN_PREFIX = 3;
/** Most index terms one prefix expands to. */
const MAX_EXPANSIONS = 30;

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
function pageFacetValues(base: IndexBase): FacetValues[] {
  const pages = base.pages.map(() => noFilters());
  for (const name of facetNames) {
    for (const [value, ids] of Object.entries(base.filters[name] ?? {})) {
      for (const id of ids) (pages[id]![name] as string[]).push(value);
    }
  }
  return pages;
}

export class SearchEngine {
  private base?: Promise<IndexBase>;
  private readonly shards = new Map<string, Promise<Shard>>();
  private readonly chunks = new Map<number, Promise<ChunkSection[]>>();
  private sectionPages?: Int32Array;
  private pageValues: FacetValues[] = [];

  /**
   * @param fetchJson fetches and parses a JSON file of the index
   * @param indexUrl address of `index.json`
   */
  constructor(
    private readonly fetchJson: Fetch,
    private readonly indexUrl = '/search/index.json',
  ) {}

  private async loadBase(): Promise<IndexBase> {
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
      this.pageValues = pageFacetValues(base);
      return base;
    });
    return this.base;
  }

  private shard(base: IndexBase, term: string): Promise<Shard> | undefined {
    const prefix = shardFor(term, base.shards);
    if (prefix === undefined) return undefined;
    let shard = this.shards.get(prefix);
    if (!shard) {
      shard = this.fetchJson(`${base.dir}/t/${shardFile(prefix)}`) as Promise<Shard>;
      this.shards.set(prefix, shard);
    }
    return shard;
  }

  /** Shards that may hold terms starting with a prefix. */
  private prefixShards(base: IndexBase, prefix: string): Promise<Shard>[] {
    const own = this.shard(base, prefix);
    const longer = base.shards
      .filter((name) => name.startsWith(prefix) && name !== shardFor(prefix, base.shards))
      .slice(0, 8)
      .map((name) => this.shard(base, name)!);
    return own ? [own, ...longer] : longer;
  }

  private chunk(base: IndexBase, index: number): Promise<ChunkSection[]> {
    let chunk = this.chunks.get(index);
    if (!chunk) {
      chunk = this.fetchJson(`${base.dir}/c/${index}.json`) as Promise<ChunkSection[]>;
      this.chunks.set(index, chunk);
    }
    return chunk;
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
        if (term.startsWith('=')) continue;
        if (term === word.key) decodePostings(list, 1, scores);
        else if (isNearKey(word.key, term)) decodePostings(list, 0.8, scores);
      }
    }
    if (word.prefix && word.word.length >= MIN_PREFIX) {
      // Terms that begin with the word as typed or with its key: only the
      // shards those beginnings can fall in are fetched.
      const starts = [...new Set([word.word, word.key])].filter(
        (start) => start.length >= MIN_PREFIX,
      );
      const shards = [...new Set(starts.flatMap((start) => this.prefixShards(base, start)))];
      let expansions = 0;
      for (const prefixShard of await Promise.all(shards)) {
        for (const [term, list] of Object.entries(prefixShard)) {
          if (expansions >= MAX_EXPANSIONS) break;
          if (term.startsWith('=') || term === word.key) continue;
          if (starts.some((start) => term.startsWith(start))) {
            decodePostings(list, 0.6, scores);
            expansions += 1;
          }
        }
      }
    }
    // The exact form typed ranks above a form derived from it.
    const exactShard = await this.shard(base, `=${word.word}`);
    const exact = exactShard?.[`=${word.word}`];
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
    // Words sharing the typed word's beginning are in the shard it would be in.
    const shard = await this.shard(base, `=${word}`);
    let best: string | undefined;
    let bestDistance = word.length > 6 ? 3 : 2;
    for (const term of Object.keys(shard ?? {})) {
      if (!term.startsWith('=')) continue;
      const candidate = term.slice(1);
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
    const queryWords: QueryWord[] = words.map((word, index) => ({
      word,
      key: canonical(word),
      prefix: Boolean(request.partial) && endsInWord && index === words.length - 1,
    }));
    const perWord = await Promise.all(queryWords.map((word) => this.wordScores(base, word)));

    // Sections with every word first; when none has all, any word counts.
    const sectionScores = new Map<number, number>();
    const all = perWord.reduce<Set<number> | undefined>((acc, scores) => {
      const ids = new Set(scores.keys());
      return acc ? new Set([...acc].filter((id) => ids.has(id))) : ids;
    }, undefined);
    const pages = this.sectionPages!;
    // A page matches all words when its sections together hold them all.
    const pageWords = new Map<number, Set<number>>();
    perWord.forEach((scores, wordIndex) => {
      for (const [section, score] of scores) {
        sectionScores.set(section, (sectionScores.get(section) ?? 0) + score);
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

    // Best section per page; sections holding every word are preferred.
    const best = new Map<number, {section: number; score: number}>();
    for (const [section, score] of sectionScores) {
      const page = pages[section]!;
      if (!matchingPages.has(page)) continue;
      const adjusted = all?.has(section) ? score * 1.5 : score;
      const current = best.get(page);
      if (!current || adjusted > current.score) best.set(page, {section, score: adjusted});
    }

    const filters: SearchFilters = {...noFilters(), ...request.filters};
    response.facets = countFacets(
      [...best.keys()].map((page) => this.pageValues[page]!),
      filters,
    );
    const ranked = [...best]
      .filter(([page]) => passes(this.pageValues[page]!, filters))
      .sort((a, b) => b[1].score - a[1].score || a[1].section - b[1].section);
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
          type: this.pageValues[page]!.tyyppi[0] ?? 'sivu',
          snippet,
          marks,
          score: Math.round(score),
        };
      }),
    );
    if (response.total === 0) {
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
