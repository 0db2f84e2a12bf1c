/**
 * The search index's file format, shared by the builder and the worker.
 *
 * Why not lunr's own serialised index, as the lunr-based Docusaurus plugins
 * use: it is one file holding every term and every document vector, so the
 * first keystroke downloads the whole site's index (megabytes at a thousand
 * pages). This format splits the index so that a query fetches only what it
 * needs:
 *
 * - `index.json`: small and fetched once: the term shards' prefixes, each
 *   page's section count, and the facets by name, as Pagefind keeps its
 *   named filters: facet → value → the pages that have it (numbers only, no
 *   text);
 * - `t/<prefix>.json`: the postings of the terms that start with `prefix`;
 *   a query fetches the one or two shards its words fall in;
 * - `c/<n>.json`: titles, addresses and text of `CHUNK_SIZE` sections,
 *   fetched only for the results shown.
 */

import type {FacetName} from '../../../data/facets';

/** Bump when the format changes; the worker refuses other versions. */
export const FORMAT_VERSION = 2;

/** Sections per text chunk. */
export const CHUNK_SIZE = 8;

export {pageTypeKeys as SEARCH_TYPES, type PageType as SearchType} from '../../../data/facets';

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
  /** Prefixes of the term shards; a term is in the longest prefix it starts with. */
  shards: string[];
  /**
   * How many sections each page has. Sections are numbered page after page,
   * so a section's page follows from the counts.
   */
  pages: number[];
  filters: IndexFilters;
}

/**
 * A term shard: term → postings. Word keys map to `[section, score, …]` with
 * sections as gaps from the previous one; exact surface forms, stored as
 * `=word`, map to `[section, …]` gaps only.
 */
export type Shard = Record<string, number[]>;

/** A section in a text chunk: page title, page path, anchor, heading, text. */
export type ChunkSection = [
  title: string,
  path: string,
  anchor: string,
  heading: string,
  text: string,
];

/** The shard that holds a term, given the shard prefixes. */
export function shardFor(term: string, shards: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const prefix of shards) {
    if (term.startsWith(prefix) && (!best || prefix.length > best.length)) best = prefix;
  }
  return best;
}

/** A shard prefix as a file name: letters outside a–z are escaped. */
export function shardFile(prefix: string): string {
  return `${[...prefix].map((char) => (/[a-z0-9=]/.test(char) ? char : `_${char.codePointAt(0)!.toString(16)}`)).join('')}.json`;
}
