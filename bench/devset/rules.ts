/**
 * The search development set: its corpus (bench/devset/pages/, a frozen
 * copy of the guide's Markdown), its queries (queries.json) and the rule of
 * each kind of query, checked on the corpus. The relations between forms
 * (which words are forms of one lemma, which are parts of a compound) come
 * from Voikko; the set therefore measures how the engines use such
 * relations, not whether Voikko is right.
 */

import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';

import yaml from 'js-yaml';

import {isStopWord} from '../../src/plugins/search/shared/analysis';
import type {Morphology} from '../../src/plugins/search/morphology';

export const devsetDir = __dirname;
export const pagesDir = path.join(devsetDir, 'pages');
export const queriesFile = path.join(devsetDir, 'queries.json');

export const KINDS = ['inflected', 'exact', 'multiword', 'derivation', 'compound'] as const;
export type Kind = (typeof KINDS)[number];

/** The rule of each kind, in words (BENCHMARKS.md and the README quote them). */
export const RULES: Record<Kind, string> = {
  inflected:
    'one noun or adjective in its base form that no page has in that form; the expected pages are all pages with another form of it (1–3)',
  exact: 'one word as it stands in 1–3 pages, which are all expected',
  multiword:
    '2–3 nouns or adjectives in their base forms, none in the form typed on the expected pages; the expected pages are all pages holding every word in some form (1–2), and each word alone is on more pages',
  derivation:
    'like inflected, for a derived word (-minen, -us/-uus/-yys, -inen) against its other forms',
  compound:
    'one noun or adjective in its base form that occurs on no page as a word of its own in any form, only inside compounds (as head or tail); the expected pages are all pages with such a compound (1–3)',
};

export interface DevQuery {
  kind: Kind;
  query: string;
  /** Page names (file names in pages/ without .md). */
  expected: string[];
}

export interface DevPage {
  name: string;
  title: string;
  /** The page's words as readers see them: title, headings and text, lowercase. */
  words: Set<string>;
}

/** Voikko's classes of nouns and adjectives. */
const NOMINAL = new Set(['nimisana', 'laatusana', 'nimisana_laatusana']);

export const DERIVATION = /(minen|[^aeiouyäö][uy]s|uus|yys|inen)$/;

/** The words of a Markdown text (syntax characters are not letters). */
export function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word.length <= 40);
}

export function loadPages(): DevPage[] {
  return readdirSync(pagesDir)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => {
      const source = readFileSync(path.join(pagesDir, file), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source)!;
      const front = yaml.load(match[1]!) as {title: string};
      // Admonition markers (:::note) are syntax, not text.
      const body = match[2]!.replace(/^:::\w*/gm, '');
      return {
        name: file.replace(/\.md$/, ''),
        title: front.title,
        words: new Set(words(`${front.title} ${body}`)),
      };
    });
}

export function loadQueries(): DevQuery[] {
  return (JSON.parse(readFileSync(queriesFile, 'utf8')) as {queries: DevQuery[]}).queries;
}

/** What the rules need of each page: forms, lemmas of its words, compound runs. */
export class CorpusFacts {
  /** lemma → pages where a word has it as its lemma (free, in some form). */
  readonly lemmaPages = new Map<string, Set<string>>();
  /** form → pages. */
  readonly formPages = new Map<string, Set<string>>();
  /** lemma → pages where it is a run of a compound's parts. */
  readonly partPages = new Map<string, Set<string>>();
  /** Per page: lemma → the forms of it on that page. */
  readonly pageForms = new Map<string, Map<string, Set<string>>>();

  constructor(
    readonly pages: readonly DevPage[],
    readonly voikko: Morphology,
  ) {
    const add = (map: Map<string, Set<string>>, key: string, page: string) => {
      let set = map.get(key);
      if (!set) map.set(key, (set = new Set()));
      set.add(page);
    };
    for (const page of pages) {
      const forms = new Map<string, Set<string>>();
      this.pageForms.set(page.name, forms);
      for (const word of page.words) {
        add(this.formPages, word, page.name);
        // Only words with one reading: where Voikko is unsure which word a
        // form is (osaamisen: osaaminen or osaama), the set does not guess.
        const analysis = voikko.analyse(word);
        if (!analysis || analysis.lemmas.length !== 1) continue;
        for (const lemma of analysis.lemmas) {
          add(this.lemmaPages, lemma, page.name);
          let set = forms.get(lemma);
          if (!set) forms.set(lemma, (set = new Set()));
          set.add(word);
        }
        for (const run of analysis.runs) add(this.partPages, run, page.name);
      }
    }
  }

  /** Whether a word is its own base form. */
  isLemma(word: string): boolean {
    return this.voikko.analyse(word)?.lemmas.includes(word) ?? false;
  }

  /**
   * Whether a word is what a reader types: a noun or adjective whose only
   * reading is itself (not a rare reading of some other form).
   */
  isNominal(word: string): boolean {
    const analysis = this.voikko.analyse(word);
    const classes = this.voikko.classes(word);
    return (
      analysis !== undefined &&
      analysis.lemmas.length === 1 &&
      analysis.lemmas[0] === word &&
      classes.length > 0 &&
      classes.every((c) => NOMINAL.has(c))
    );
  }
}

const same = (a: Iterable<string>, b: Iterable<string>) => {
  const x = [...a].sort();
  const y = [...b].sort();
  return x.length === y.length && x.every((value, i) => value === y[i]);
};

/** Checks a query against its kind's rule; returns what is wrong, or undefined. */
export function checkQuery(query: DevQuery, facts: CorpusFacts): string | undefined {
  const typed = words(query.query);
  if (typed.join(' ') !== query.query) return 'the query is not lowercase words';
  if (typed.some((word) => isStopWord(word))) return 'a query word is a stop word';
  const names = new Set(facts.pages.map((page) => page.name));
  if (query.expected.length === 0 || query.expected.some((name) => !names.has(name)))
    return 'expected pages missing or unknown';
  const pagesOf = (map: Map<string, Set<string>>, key: string) => map.get(key) ?? new Set();
  const [word] = typed;
  switch (query.kind) {
    case 'exact': {
      if (typed.length !== 1 || word!.length < 5) return 'one word of five letters or more';
      const holders = pagesOf(facts.formPages, word!);
      if (holders.size < 1 || holders.size > 3) return `on ${holders.size} pages`;
      return same(holders, query.expected) ? undefined : 'expected ≠ the pages that have it';
    }
    case 'inflected':
    case 'derivation': {
      if (typed.length !== 1) return 'one word';
      if (!facts.isNominal(word!)) return 'not a noun or adjective in its base form';
      const derived = DERIVATION.test(word!);
      if (derived !== (query.kind === 'derivation'))
        return derived ? 'a derivation belongs to the derivation kind' : 'not a derivation';
      if (pagesOf(facts.formPages, word!).size > 0) return 'the typed form is on a page';
      const holders = pagesOf(facts.lemmaPages, word!);
      if (holders.size < 1 || holders.size > 3) return `its forms are on ${holders.size} pages`;
      return same(holders, query.expected) ? undefined : 'expected ≠ the pages with its forms';
    }
    case 'compound': {
      if (typed.length !== 1 || word!.length < 4) return 'one word of four letters or more';
      if (!facts.isNominal(word!)) return 'not a noun or adjective in its base form';
      const free = pagesOf(facts.lemmaPages, word!);
      if (free.size > 0) return `it is a word of its own on ${[...free].join(', ')}`;
      const holders = pagesOf(facts.partPages, word!);
      if (holders.size < 1 || holders.size > 3) return `in compounds on ${holders.size} pages`;
      return same(holders, query.expected) ? undefined : 'expected ≠ the pages with compounds';
    }
    case 'multiword': {
      if (typed.length < 2 || typed.length > 3) return '2–3 words';
      if (typed.some((w) => !facts.isNominal(w)))
        return 'a word is not a noun or adjective in its base form';
      let all: Set<string> | undefined;
      for (const w of typed) {
        const holders = pagesOf(facts.lemmaPages, w);
        all = all ? new Set([...all].filter((page) => holders.has(page))) : new Set(holders);
      }
      if (!all || all.size < 1 || all.size > 2) return `all words on ${all?.size ?? 0} pages`;
      if (!same(all, query.expected)) return 'expected ≠ the pages with every word';
      for (const w of typed) {
        if (pagesOf(facts.lemmaPages, w).size <= all.size) return `"${w}" alone finds the page`;
        for (const page of query.expected)
          if (facts.pages.find((p) => p.name === page)!.words.has(w))
            return `"${w}" is on ${page} in the form typed`;
      }
      return undefined;
    }
  }
}
