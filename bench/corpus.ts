/**
 * The benchmark's corpus: seeded, so every run and every machine writes the
 * same pages, and the first 200 pages of the 1,000-page corpus are the
 * 200-page corpus.
 *
 * Words come from the Finnish dictionary that the site's spelling check
 * already installs (`@cspell/dict-fi-fi`: about 2.7 million lowercase word
 * forms, inflected and compound). The Snowball test vocabulary in
 * `shared/testdata/snowball-finnish/voc.txt` was the first choice, but it
 * stops at words beginning with "i": with it every filler word would fall in
 * the first third of the alphabet, which flatters a prefix-sharded index
 * (a query for "pyörätie" would fetch a shard that holds nothing else).
 *
 * Word frequencies follow a Zipf–Mandelbrot law over about 105,000 word
 * forms; the most frequent ranks are a fixed list of common Finnish words
 * and climate-work words (COMMON below).
 */

import {readFileSync} from 'node:fs';
import {mkdir, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {gunzipSync} from 'node:zlib';

import {themeKeys} from '../src/data/themes';

/** A probe of the development set (bench/probes.json). */
export interface Probe {
  /** What the reader types. */
  query: string;
  /** The only form of the word in the corpus, in one target page; null: must find nothing. */
  target: string | null;
  /** Substrings that no filler word may contain: every other form of the probe's word. */
  exclude: string[];
}

/** A page of the corpus. */
export interface CorpusPage {
  /** Path of the Markdown file below the fixture site's `docs/`. */
  file: string;
  /** The page's address in the built site. */
  route: string;
  title: string;
  /** The front matter's description (a meta tag of the page). */
  description: string;
  markdown: string;
  /** Lowercase text that readers see: title, description and body. */
  shown: string;
  /** Words on the page (title, headings and text). */
  words: number;
}

export interface Corpus {
  pages: CorpusPage[];
  /** Target form → route of the page that holds it. */
  targetRoutes: Map<string, string>;
  /** Distinct words of the corpus, most frequent first (for latency queries). */
  frequentWords: string[];
}

const SEED = 20_240_605;
/** Pages per sidebar folder. */
export const FOLDER_SIZE = 50;
/** Which pages hold the probes' target forms: spread over the first 200. */
const TARGET_PAGES = [13, 37, 58, 84, 109, 131, 158, 186];

/**
 * The most frequent words, in frequency order: function words and the
 * everyday words of a municipal climate guide, including the first parts of
 * the probes' compounds (ilmasto, pyörä, tie, aurinko, …), which such a
 * guide uses on their own. No word here contains a probe's excluded forms
 * (checked when the vocabulary is built).
 */
const COMMON = `ja on että ei se myös kun tai mutta ovat oli sekä kuin jos niin joka jotka
voi sen tämä nämä ne mukaan kanssa jälkeen aikana vuonna noin yli alle hyvin paljon vielä nyt jo
kunta kunnan kunnassa kunnat kuntien ilmasto ilmaston päästöt päästöjen päästö vähennys energia
energian sähkö sähkön lämpö lämmön aurinko auringon pyörä pyörän pyörällä tie tien tiet teitä
hiili hiilen nielu nieluna paneeli paneelit maa maan asukkaat asukkaiden työ työtä hanke hankkeen
ohjelma ohjelman toimenpide toimenpiteet seuranta seurannan suunnitelma liikenne liikenteen
rakennus rakennusten vuosi vuoden osa osana yhdessä esimerkiksi lisäksi koska vaikka ennen kautta
välillä alue alueen yritykset yritysten päätös päätöksen raportti raportin mittari mittarit
kiinteistö kiinteistöjen lämmitys lämmityksen jäte jätteet ruoka ruoan metsä metsien vesi veden
kaupunki kaupungin valtuusto valtuuston hallitus hallituksen viranhaltija viranhaltijat
asiantuntija asiantuntijat koulutus koulutuksen työpaja työpajan kysely kyselyn palaute palautteen
viestintä viestinnän sopimus sopimuksen hankinta hankinnat rahoitus rahoituksen budjetti talous
kulutus kulutuksen materiaali materiaalit kierrätys kävely joukkoliikenne auto autot bussi juna`
  .split(/\s+/)
  .filter(Boolean);

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** FNV-1a: a word's sampling hash, independent of the dictionary's order. */
function hash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i += 1) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

interface Trie {
  words(): Iterable<string>;
}
interface TrieLib {
  decodeTrie(raw: Uint8Array): Trie;
}

/** One word in this many of the dictionary's forms is kept. */
const SAMPLE_EVERY = 18;

/**
 * The filler vocabulary, most frequent first: COMMON, then a hashed sample
 * of the dictionary's lowercase forms, shorter words tending to rank higher
 * as in real text.
 */
export async function loadVocabulary(
  repoRoot: string,
  peersDir: string,
  probes: readonly Probe[],
): Promise<string[]> {
  const excluded = probes.flatMap((probe) => probe.exclude);
  const allowed = (word: string) => !excluded.some((part) => word.includes(part));
  for (const word of COMMON) {
    if (!allowed(word)) throw new Error(`COMMON word "${word}" is a form of a probe word`);
  }
  // cspell-trie-lib is ESM only; it is a bench dependency (bench/peers).
  const libPath = path.join(peersDir, 'node_modules', 'cspell-trie-lib', 'dist', 'index.js');
  const lib = (await import(libPath)) as TrieLib;
  const dictionary = path.join(
    repoRoot,
    'node_modules',
    '@cspell',
    'dict-fi-fi',
    'dict',
    'fi-fi.trie.gz',
  );
  const trie = lib.decodeTrie(gunzipSync(readFileSync(dictionary)));
  const common = new Set(COMMON);
  const sample: string[] = [];
  for (const word of trie.words()) {
    if (word.length < 3 || word.length > 20 || !/^[a-zåäö]+$/.test(word)) continue;
    if (hash(word) % SAMPLE_EVERY !== 0 || common.has(word) || !allowed(word)) continue;
    sample.push(word);
  }
  sample.sort();
  const rng = random(SEED);
  const ranked = sample
    .map((word) => ({word, order: word.length + rng() * 10}))
    .sort((a, b) => a.order - b.order || (a.word < b.word ? -1 : 1))
    .map(({word}) => word);
  return [...COMMON, ...ranked];
}

/** Draws words with Zipf–Mandelbrot frequencies over the vocabulary. */
class WordSampler {
  private readonly cdf: Float64Array;

  constructor(private readonly vocabulary: readonly string[]) {
    this.cdf = new Float64Array(vocabulary.length);
    let sum = 0;
    for (let rank = 0; rank < vocabulary.length; rank += 1) {
      sum += 1 / (rank + 2.7) ** 1.05;
      this.cdf[rank] = sum;
    }
    for (let rank = 0; rank < vocabulary.length; rank += 1) this.cdf[rank]! /= sum;
  }

  /** A word of rank at least `minRank` (titles and headings skip function words). */
  word(rng: () => number, minRank = 0): string {
    const floor = minRank > 0 ? this.cdf[minRank - 1]! : 0;
    const u = floor + rng() * (1 - floor);
    let low = 0;
    let high = this.cdf.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.cdf[mid]! < u) low = mid + 1;
      else high = mid;
    }
    return this.vocabulary[low]!;
  }
}

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Rank below which words are function words, kept out of titles and headings. */
const CONTENT_RANK = 40;

function sentence(sampler: WordSampler, rng: () => number): string[] {
  const length = 5 + Math.floor(rng() * 11);
  const words: string[] = [];
  while (words.length < length) {
    const word = sampler.word(rng);
    if (word !== words[words.length - 1]) words.push(word);
  }
  return words;
}

function phrase(sampler: WordSampler, rng: () => number, min: number, spread: number): string {
  const count = min + Math.floor(rng() * spread);
  const words = Array.from({length: count}, () => sampler.word(rng, CONTENT_RANK));
  return capitalize(words.join(' '));
}

/** Sentences as text, with an occasional comma. */
function paragraph(sentences: string[][], rng: () => number): string {
  return sentences
    .map((words) =>
      capitalize(
        words
          .map((word, i) => (i < words.length - 1 && rng() < 0.07 ? `${word},` : word))
          .join(' '),
      ),
    )
    .map((text) => `${text}.`)
    .join(' ');
}

function paragraphSentences(sampler: WordSampler, rng: () => number, words: number): string[][] {
  const sentences: string[][] = [];
  let count = 0;
  while (count < words) {
    const next = sentence(sampler, rng);
    sentences.push(next);
    count += next.length;
  }
  return sentences;
}

const yamlString = (text: string) => JSON.stringify(text);

/** Generates the corpus of `size` pages. */
export function generateCorpus(
  size: number,
  vocabulary: readonly string[],
  probes: readonly Probe[],
): Corpus {
  const sampler = new WordSampler(vocabulary);
  const targets = [...new Set(probes.flatMap((probe) => (probe.target ? [probe.target] : [])))];
  if (targets.length > TARGET_PAGES.length) throw new Error('more target forms than target pages');
  if (size <= Math.max(...TARGET_PAGES)) {
    throw new Error(`a corpus needs more than ${Math.max(...TARGET_PAGES)} pages for the probes`);
  }
  const targetAt = new Map(targets.map((target, i) => [TARGET_PAGES[i]!, target]));
  const pages: CorpusPage[] = [];
  const targetRoutes = new Map<string, string>();
  const counts = new Map<string, number>();

  for (let index = 0; index < size; index += 1) {
    // One stream per page: page n is the same in every corpus size.
    const rng = random(SEED ^ Math.imul(index + 1, 0x9e3779b1));
    const folder = `aihe-${String(Math.floor(index / FOLDER_SIZE) + 1).padStart(2, '0')}`;
    const slug = `sivu-${String(index + 1).padStart(4, '0')}`;
    const route = `/opas/${folder}/${slug}`;
    const title = phrase(sampler, rng, 2, 4);
    const description = paragraph([sentence(sampler, rng)], rng);
    const themes = themeKeys.filter(() => rng() < 0.3);

    const intro = paragraphSentences(sampler, rng, 55);
    const sections = Array.from({length: 5}, () => ({
      heading: phrase(sampler, rng, 2, 3),
      paragraphs: [paragraphSentences(sampler, rng, 49), paragraphSentences(sampler, rng, 49)],
      subheading: rng() < 0.3 ? phrase(sampler, rng, 2, 3) : undefined,
    }));

    const target = targetAt.get(index);
    if (target) {
      // In a section's text, never in a title or heading: found by its section.
      const section = sections[Math.floor(rng() * sections.length)]!;
      const chosen = section.paragraphs[Math.floor(rng() * section.paragraphs.length)]!;
      const words = chosen[Math.floor(rng() * chosen.length)]!;
      words.splice(1 + Math.floor(rng() * (words.length - 1)), 0, target);
      targetRoutes.set(target, route);
    }

    const body: string[] = [paragraph(intro, rng)];
    for (const section of sections) {
      body.push(`## ${section.heading}`, paragraph(section.paragraphs[0]!, rng));
      if (section.subheading) body.push(`### ${section.subheading}`);
      body.push(paragraph(section.paragraphs[1]!, rng));
    }
    const markdown = [
      '---',
      `title: ${yamlString(title)}`,
      `description: ${yamlString(description)}`,
      `sidebar_position: ${(index % FOLDER_SIZE) + 1}`,
      ...(themes.length > 0 ? [`themes: [${themes.join(', ')}]`] : []),
      'sources:',
      `  - title: ${yamlString(`Lähde ${index + 1}`)}`,
      `    url: https://example.org/lahde/${index + 1}`,
      '---',
      '',
      body.join('\n\n'),
      '',
    ].join('\n');
    // What readers and indexers see: the title, the description (a meta tag)
    // and the body; the front matter's keys and theme keys are never shown.
    const shown = `${title} ${description} ${body.join(' ')}`;
    const pageWords = shown.match(/[\p{L}\p{N}]+/gu) ?? [];
    for (const word of pageWords) {
      const lower = word.toLowerCase();
      counts.set(lower, (counts.get(lower) ?? 0) + 1);
    }
    pages.push({
      file: `${folder}/${slug}.md`,
      route,
      title,
      description,
      markdown,
      shown: shown.toLowerCase(),
      words: (`${title} ${body.join(' ')}`.match(/[\p{L}\p{N}]+/gu) ?? []).length,
    });
  }

  // The rules of the development set, checked on what was written: each
  // excluded form occurs only inside its probe's target form, on one page.
  for (const probe of probes) {
    for (const part of probe.exclude) {
      const holders = pages.filter((page) => page.shown.includes(part));
      const expected = probe.target?.includes(part) ? 1 : 0;
      if (holders.length !== expected) {
        throw new Error(
          `"${part}" (probe ${probe.query}) is on ${holders.length} pages, expected ${expected}`,
        );
      }
    }
  }
  const frequentWords = [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([word]) => word);
  return {pages, targetRoutes, frequentWords};
}

/** The sidebar label of a folder of the corpus (`aihe-07` → `Aihe 7`). */
export function categoryLabel(folder: string): string {
  return `Aihe ${Number(folder.slice('aihe-'.length))}`;
}

/** Writes the corpus as the docs of a fixture site. */
export async function writeCorpus(corpus: Corpus, docsDir: string): Promise<void> {
  await rm(docsDir, {recursive: true, force: true});
  const folders = new Set(corpus.pages.map((page) => path.dirname(page.file)));
  for (const folder of folders) {
    await mkdir(path.join(docsDir, folder), {recursive: true});
    const number = Number(folder.slice('aihe-'.length));
    await writeFile(
      path.join(docsDir, folder, '_category_.json'),
      `${JSON.stringify({label: categoryLabel(folder), position: number})}\n`,
    );
  }
  for (const page of corpus.pages) {
    await writeFile(path.join(docsDir, page.file), page.markdown);
  }
}
