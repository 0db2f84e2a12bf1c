/**
 * Builds the search index from the built HTML pages: what readers see,
 * with the heading anchors the pages really have. Node-only.
 */

import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import path from 'node:path';

import {load} from 'cheerio';

import {facetNames, type FacetValues} from '../../data/facets';
import {canonical, isStopWord, Splitter, tokenize, wordTerms} from './shared/analysis';
import {
  CHUNK_SIZE,
  FORMAT_VERSION,
  type ChunkSection,
  type IndexBase,
  type IndexFilters,
  type Shard,
  shardFile,
} from './shared/format';

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
/** BM25 parameters. */
const K1 = 1.2;
const B = 0.75;
/** Largest shard (JSON bytes) before it is split by a longer prefix. */
const SHARD_LIMIT = 24_000;

/**
 * Words that compounds are made of, shipped with the plugin: the corpus
 * alone may use a word only inside compounds (ilmastojohtamisen), never on
 * its own, and then its parts would go unrecognised.
 */
export function shippedWords(): string[] {
  return readFileSync(path.join(__dirname, 'data', 'sanat.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim().toLowerCase())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** Cuts a built page into its heading sections (h2 and h3). */
export function extractSections(path: string, html: string): Section[] {
  const $ = load(html);
  const title = ($('article h1').first().text() || $('h1').first().text() || $('title').text())
    .replace(/\u200b/g, '')
    .trim();
  const root = $('article .markdown').first().length
    ? $('article .markdown').first()
    : $('article').first().length
      ? $('article').first()
      : $('main').first();
  root.find('.hash-link, [data-search-ignore], nav, button, svg, script, style, h1').remove();

  const sections: Section[] = [{title, path, anchor: '', heading: '', text: ''}];
  const walk = (nodes: ReturnType<typeof root.contents>) => {
    nodes.each((_, node) => {
      if (node.type === 'text') {
        sections[sections.length - 1]!.text += node.data;
        return;
      }
      if (node.type !== 'tag') return;
      const element = $(node);
      if ((node.name === 'h2' || node.name === 'h3') && element.attr('id')) {
        sections.push({
          title,
          path,
          anchor: element.attr('id')!,
          heading: element
            .text()
            .replace(/\u200b/g, '')
            .trim(),
          text: '',
        });
        return;
      }
      walk(element.contents());
      // Block elements end with a space, so words do not run together.
      sections[sections.length - 1]!.text += ' ';
    });
  };
  walk(root.contents());
  for (const section of sections) section.text = section.text.replace(/\s+/g, ' ').trim();
  // The part before the first heading always stays: it carries the title.
  return sections.filter((section, index) => index === 0 || section.text || section.heading);
}

interface Posting {
  /** Weighted term frequency per section. */
  tf: Map<number, number>;
}

/** The files of a built index: path below the index folder → content. */
export interface BuiltIndex {
  base: IndexBase;
  files: Map<string, string>;
  stats: {pages: number; sections: number; terms: number; shards: number; chunks: number};
}

/** Builds the index of some pages. */
export function buildIndex(pages: readonly PageInput[], urlBase = '/search'): BuiltIndex {
  const sections: Section[] = [];
  const sectionCounts: number[] = [];
  const filters = Object.fromEntries(facetNames.map((name) => [name, {}])) as IndexFilters;
  pages.forEach((page, index) => {
    const cut = extractSections(page.path, page.html);
    sectionCounts.push(cut.length);
    sections.push(...cut);
    for (const name of facetNames) {
      for (const value of page.facets[name]) (filters[name][value] ??= []).push(index);
    }
  });

  // The vocabulary for splitting compounds: words seen on their own in the
  // corpus, and the shipped word list.
  const surfaces = new Set<string>(shippedWords());
  for (const section of sections) {
    for (const word of tokenize(`${section.title} ${section.heading} ${section.text}`))
      surfaces.add(word);
  }
  const keys = new Set<string>();
  for (const word of surfaces) if (word.length >= 3 && !isStopWord(word)) keys.add(canonical(word));
  const splitter = new Splitter(surfaces, keys);
  const termCache = new Map<string, ReturnType<typeof wordTerms>>();

  const postings = new Map<string, Posting>();
  const exact = new Map<string, Set<number>>();
  const lengths: number[] = [];
  const add = (term: string, section: number, weight: number) => {
    let posting = postings.get(term);
    if (!posting) postings.set(term, (posting = {tf: new Map()}));
    posting.tf.set(section, (posting.tf.get(section) ?? 0) + weight);
  };

  sections.forEach((section, id) => {
    const fields: [string, number][] = [
      [id === 0 || section.anchor === '' ? section.title : '', TITLE_WEIGHT],
      [section.heading, HEADING_WEIGHT],
      [section.text, 1],
    ];
    let length = 0;
    for (const [text, weight] of fields) {
      for (const word of tokenize(text)) {
        length += 1;
        if (isStopWord(word)) continue;
        let terms = termCache.get(word);
        if (!terms) termCache.set(word, (terms = wordTerms(word, splitter)));
        add(terms.key, id, weight);
        if (terms.compoundKey) add(terms.compoundKey, id, weight);
        for (const part of terms.parts) if (part !== terms.key) add(part, id, weight * PART_WEIGHT);
        let forms = exact.get(word);
        if (!forms) exact.set(word, (forms = new Set()));
        forms.add(id);
      }
    }
    lengths.push(length);
  });

  // BM25, computed once here: the index is static, so the worker only adds.
  const count = sections.length;
  const average = lengths.reduce((a, b) => a + b, 0) / Math.max(1, count);
  const terms = new Map<string, number[]>();
  for (const [term, {tf}] of postings) {
    const idf = Math.log(1 + (count - tf.size + 0.5) / (tf.size + 0.5));
    const list: number[] = [];
    let previous = 0;
    for (const section of [...tf.keys()].sort((a, b) => a - b)) {
      const f = tf.get(section)!;
      const norm = f + K1 * (1 - B + (B * lengths[section]!) / average);
      const score = Math.max(1, Math.round((10 * idf * (f * (K1 + 1))) / norm));
      list.push(section - previous, score);
      previous = section;
    }
    terms.set(term, list);
  }
  for (const [word, ids] of exact) {
    let previous = 0;
    terms.set(
      `=${word}`,
      [...ids]
        .sort((a, b) => a - b)
        .map((id) => {
          const gap = id - previous;
          previous = id;
          return gap;
        }),
    );
  }

  // Shards by prefix, split further where a prefix holds too much.
  const shardMap = new Map<string, Shard>();
  const partition = (prefix: string, shardTerms: string[]) => {
    const size = shardTerms.reduce(
      (sum, term) => sum + term.length + 8 + terms.get(term)!.length * 3,
      0,
    );
    if (size <= SHARD_LIMIT || prefix.length >= 5) {
      shardMap.set(
        prefix,
        Object.fromEntries(shardTerms.sort().map((term) => [term, terms.get(term)!])),
      );
      return;
    }
    const groups = new Map<string, string[]>();
    const rest: string[] = [];
    for (const term of shardTerms) {
      if (term.length <= prefix.length) rest.push(term);
      else {
        const next = term.slice(0, prefix.length + 1);
        const group = groups.get(next);
        if (group) group.push(term);
        else groups.set(next, [term]);
      }
    }
    if (rest.length > 0)
      shardMap.set(prefix, Object.fromEntries(rest.sort().map((term) => [term, terms.get(term)!])));
    for (const [next, group] of groups) partition(next, group);
  };
  const byFirst = new Map<string, string[]>();
  for (const term of terms.keys()) {
    const first = [...term].slice(0, term.startsWith('=') ? 3 : 2).join('');
    const group = byFirst.get(first);
    if (group) group.push(term);
    else byFirst.set(first, [term]);
  }
  for (const [prefix, group] of byFirst) partition(prefix, group);

  const files = new Map<string, string>();
  const shardNames = [...shardMap.keys()].sort();
  const chunkFiles: string[] = [];
  for (let start = 0; start < count; start += CHUNK_SIZE) {
    const chunk: ChunkSection[] = sections
      .slice(start, start + CHUNK_SIZE)
      .map((section) => [
        section.title,
        section.path,
        section.anchor,
        section.heading,
        section.text.slice(0, TEXT_LIMIT),
      ]);
    chunkFiles.push(JSON.stringify(chunk));
  }
  const shardFiles = shardNames.map(
    (prefix) => [prefix, JSON.stringify(shardMap.get(prefix))] as const,
  );

  // The folder name changes with the content, so browsers never mix builds.
  const hash = createHash('sha256');
  for (const [, json] of shardFiles) hash.update(json);
  for (const json of chunkFiles) hash.update(json);
  hash.update(JSON.stringify([sectionCounts, filters]));
  const dir = `${urlBase}/${hash.digest('hex').slice(0, 10)}`;

  for (const [prefix, json] of shardFiles) files.set(`${dir}/t/${shardFile(prefix)}`, json);
  chunkFiles.forEach((json, index) => files.set(`${dir}/c/${index}.json`, json));
  const base: IndexBase = {
    v: FORMAT_VERSION,
    dir,
    shards: shardNames,
    pages: sectionCounts,
    filters,
  };
  files.set(`${urlBase}/index.json`, JSON.stringify(base));
  return {
    base,
    files,
    stats: {
      pages: pages.length,
      sections: count,
      terms: terms.size,
      shards: shardNames.length,
      chunks: chunkFiles.length,
    },
  };
}
