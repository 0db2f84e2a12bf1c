/**
 * The search index's file format, shared by the builder and the worker.
 *
 * Why not lunr's own serialised index, as the lunr-based Docusaurus plugins
 * use: it is one file holding every term and every document vector, so the
 * first keystroke downloads the whole site's index (megabytes at a thousand
 * pages). This format splits the index so that a query fetches only what it
 * needs:
 *
 * - `index.json`: small and fetched once: where each group of term shards
 *   begins, each page's section count and content type;
 * - `d/<g>.json`: where each shard of group g begins, fetched when a query
 *   word falls in the group. Two levels, so that what the first query
 *   fetches does not grow with the number of shards: at 10,000 pages the
 *   shards' starts were 6 KB of a 11 KB `index.json` (gzip);
 * - `f.json`: the facets by name, as Pagefind keeps its named filters:
 *   facet → value → the pages that have it (numbers only, no text), fetched
 *   only by a search that counts or filters facets (the search page, not
 *   the navbar box);
 * - `t/<n>.json`: the postings of a range of terms in sorted order (ranges,
 *   not prefixes: a prefix shard per letter pair made thousands of tiny
 *   files); a key's exact forms (`key=form`) are in the key's shard, so a
 *   query fetches one shard per word, and a prefix's terms lie in one run
 *   of consecutive shards;
 * - `c/<n>.json`: titles, addresses and text of `CHUNK_SIZE` sections,
 *   fetched only for the results shown.
 */

import type {FacetName} from '../../../data/facets';

/** Bump when the format changes; the worker refuses other versions. */
export const FORMAT_VERSION = 6;

/** Sections per text chunk. */
export const CHUNK_SIZE = 12;

export {
  pageTypeKeys as SEARCH_TYPES,
  type PageType as SearchType,
} from '../../../data/contentNames';

/**
 * Facets by name (`src/data/facets.ts`): for each value, the numbers of the
 * pages that have it, ascending. Values no page has are left out.
 */
export type IndexFilters = Record<FacetName, Record<string, number[]>>;

/** `index.json`. */
export interface IndexBase {
  v: number;
  /** Folder of this build's shards and chunks, e.g. `/search/3f9a1c`. */
  dir: string;
  /**
   * Where each group of term shards begins (its first shard's start),
   * sorted; group g holds shards g × `group` to g × `group` + `group` − 1,
   * and `d/<g>.json` says where each of them begins.
   */
  groups: string[];
  /** Shards per group (the last group may have fewer). */
  group: number;
  /** How many term shards there are; shard n is `t/<n>.json`. */
  shardCount: number;
  /**
   * How many sections each page has. Sections are numbered page after page,
   * so a section's page follows from the counts.
   */
  pages: number[];
  /**
   * Each page's content type, one character per page: its index in
   * SEARCH_TYPES (the navbar groups results by type without the filters).
   */
  types: string;
  /**
   * Whether the index holds compounds' parts from Voikko's analysis, so that
   * a whole word finds the compounds that begin with it without completing
   * it (engine.ts). Without Voikko only parts that also occur as words of
   * their own are known.
   */
  parts: boolean;
}

/**
 * `d/<g>.json`: where each shard of a group begins, sorted. A start is the
 * shortest beginning of the shard's first term that sorts after every term
 * of the shard before it.
 */
export type ShardStarts = string[];

/** A group's file of shard starts below the index folder. */
export function directoryFile(group: number): string {
  return `d/${group}.json`;
}

/** The named filters, `<dir>/f.json`: fetched only by a search that counts or filters facets. */
export const FILTERS_FILE = 'f.json';

/**
 * A term shard: term → postings. Word keys map to `[section, score, …]` with
 * sections as gaps from the previous one; exact surface forms, stored as
 * `key=word` (so that they sort beside their key and come in the same
 * shard), map to `[section, …]` gaps only.
 */
export type Shard = Record<string, number[]>;

/** The term of a surface form, beside its key. */
export function exactTerm(key: string, word: string): string {
  return `${key}=${word}`;
}

/** The key of an exact-form term, or undefined for a key. */
export function exactKeyOf(term: string): string | undefined {
  const at = term.indexOf('=');
  return at < 0 ? undefined : term.slice(0, at);
}

/** The surface form of an exact-form term, or undefined for a key. */
export function exactWord(term: string): string | undefined {
  const at = term.indexOf('=');
  return at < 0 ? undefined : term.slice(at + 1);
}

/** A section in a text chunk: page title, page path, anchor, heading, text. */
export type ChunkSection = [
  title: string,
  path: string,
  anchor: string,
  heading: string,
  text: string,
];

/**
 * The number of the range that holds a term (its last start ≤ term), in a
 * sorted list of starts: of the group in `groups`, of the shard in a group's
 * starts.
 */
export function shardFor(term: string, shards: readonly string[]): number | undefined {
  let low = 0;
  let high = shards.length - 1;
  let found: number | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (shards[middle]! <= term) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/**
 * Numbers of the ranges that may hold terms starting with a prefix, in a
 * sorted list of starts (groups, or a group's shards).
 */
export function shardsWithPrefix(prefix: string, shards: readonly string[]): number[] {
  const first = shardFor(prefix, shards) ?? 0;
  // Past every term that starts with the prefix.
  const end = `${prefix}\uffff`;
  const found: number[] = [];
  for (let n = first; n < shards.length; n += 1) {
    if (n > first && shards[n]! > end) break;
    found.push(n);
  }
  return found;
}

/** A shard's file below the index folder. */
export function shardFile(shard: number): string {
  return `t/${shard}.json`;
}

/** What the search plugin hands to the browser (`usePluginData('finnish-search')`). */
export interface SearchGlobalData {
  /** The search page, with the site's base, e.g. `/haku`. */
  searchPage: string;
  /** The index's `index.json`, with the site's base. */
  indexUrl: string;
}
