/**
 * Finnish text analysis for the site's search, shared by the index builder
 * (Node) and the search worker (browser), so that a word is analysed the
 * same way when it is indexed and when it is searched for.
 *
 * Stemming is lunr-languages' Finnish Snowball stemmer, unchanged. Why more
 * than the stemmer: Snowball leaves inflected forms of one word apart in
 * common Finnish classes (kaavoitus/kaavoituksessa, johtaminen/johtamisen,
 * maalämpö/maalämmön, pyörätie/pyöräteiden) and knows nothing of compounds
 * (johtaminen in ilmastojohtamisen). `canonical` bridges the inflection
 * classes after stemming, and `Splitter` splits compounds into parts that
 * occur as words of their own in the corpus.
 *
 * Where Voikko is installed, the index builder adds each word's base forms
 * and compound parts from it (../morphology.ts); the Splitter then serves
 * only the words Voikko does not know. The browser has no Voikko: a query
 * word is its own key, and a compound query word is split against the
 * index's keys (`splitCandidates`, used by the engine).
 */

import lunrFinnish from 'lunr-languages/lunr.fi';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support';

/**
 * What lunr-languages' modules take from lunr: a place to register their
 * pipeline functions and lunr 2's stop-word filter. Why not lunr itself:
 * only the Finnish stemmer and stop words are used, and lunr's core was the
 * largest part of the search worker's code that the first query downloads.
 * Given a plain string, the stemmer returns a string (lunr-languages' own
 * path for lunr 1), so no lunr Token is made per word either.
 */
interface FinnishHost {
  Pipeline: {registerFunction(fn: unknown, label: string): void};
  generateStopWordFilter(words: string[]): (word: string) => string | undefined;
  fi?: {
    stemmer: (word: string) => string;
    stopWordFilter: (word: string) => string | undefined;
  };
}
const host: FinnishHost = {
  Pipeline: {registerFunction() {}},
  generateStopWordFilter(words) {
    const stopWords = new Set(words);
    return (word) => (stopWords.has(word) ? undefined : word);
  },
};
stemmerSupport(host);
lunrFinnish(host);
const finnish = host.fi!;

/** Longest word that is analysed; longer "words" are noise (URLs, hashes). */
const MAX_WORD = 40;

/**
 * Splits text into lowercase words. Anything that is not a letter or a digit
 * separates words, so query syntax characters (`: ~ ^ * + -`), quotes and
 * markup never reach the index as syntax.
 */
export function tokenize(text: string): string[] {
  const words =
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.filter((word) => word.length <= MAX_WORD);
}

/**
 * Whether two keys are forms of one word that the bridges above do not
 * join: one is the other plus at most two letters (energ / energia), and the
 * shorter has at least five. Used at query time, on keys of one shard.
 */
export function isNearKey(queryKey: string, indexKey: string): boolean {
  if (queryKey === indexKey) return true;
  const [short, long] =
    queryKey.length < indexKey.length ? [queryKey, indexKey] : [indexKey, queryKey];
  // Five letters at least: four-letter stems join unrelated words
  // (tavo, from tapa, is not tavoit from tavoite).
  return short.length >= 5 && long.length - short.length <= 2 && long.startsWith(short);
}

/** The Snowball stem of a lowercase word (lunr-languages' Finnish stemmer). */
export function stem(word: string): string {
  return finnish.stemmer(word);
}

/** Whether a word is a Finnish stop word (ja, on, että, …). */
export function isStopWord(word: string): boolean {
  return finnish.stopWordFilter(word) === undefined;
}

/**
 * Monosyllabic words with a diphthong (tie, työ, suo) change it in the
 * plural (teiden, töiden, soiden), and the stemmer then cuts them to
 * nothing useful. A word that is such a plural form is read as its base.
 */
const DIPHTHONG_PLURAL =
  /^([bcdfghjklmnprstvwxz])([eoö])i(den|tten|ta|tä|lla|llä|lle|lta|ltä|ssa|ssä|sta|stä|hin|na|nä|ksi|t|)$/;
const DIPHTHONG_BASE: Record<string, string> = {e: 'ie', o: 'uo', ö: 'yö'};

/**
 * Rules applied to a Snowball stem, in order, so that the forms of one word
 * meet: each is (pattern, replacement, letters the pattern needs), with an
 * example of what it joins. The letters are a cheap test before the
 * pattern: the index builder makes tens of thousands of keys.
 */
const BRIDGES: readonly (readonly [RegExp, string, string])[] = [
  [/uks$/, 'us', 'uks'], // kaavoitus / kaavoituks(essa)
  [/yks$/, 'ys', 'yks'], // vähennys / vähennyks(en)
  [/uud$/, 'uus', 'uud'], // osallisuus / osallisuud(en)
  [/yyd$/, 'yys', 'yyd'], // ympäristöystävällisyys / -yyd(en)
  [/is$/, 'in', 'is'], // johtamin(en) / johtamis(en)
  [/ent$/, 'e', 'ent'], // liike(nne) / liikent(een)
  [/([aeiouyäö])\1$/, '$1', ''], // pyöräily / pyöräilyy(n)
  [/mp/g, 'm', 'mp'], // maalämpö / maalämmö(n) (the stemmer already undoubles mm)
  [/nt/g, 'n', 'nt'], // lintu / linnu(n)
  [/lt/g, 'l', 'lt'], // kulta / kulla(n)
  [/rt/g, 'r', 'rt'], // parta / parra(n)
  [/nk/g, 'ng', 'nk'], // kenkä / kengä(n)
];

/** A word's key: its stem with the inflection bridges applied. */
export function canonical(word: string): string {
  const base = diphthongBase(word);
  let key = stem(base);
  // The stemmer reads a final -ko/-kö as the question clitic (onko) and cuts
  // nouns such as "aurinko" to "aur"; their partitive stems right.
  if (/k[oö]$/.test(base) && base.length >= 6 && key.length < base.length - 3) {
    key = stem(`${base}${base.endsWith('ko') ? 'a' : 'ä'}`);
  }
  for (const [pattern, replacement, needs] of BRIDGES) {
    if (key.includes(needs)) key = key.replace(pattern, replacement);
  }
  return key;
}

/** Shortest compound part. */
const MIN_PART = 3;
/** Shortest word that is tried as a compound. */
const MIN_COMPOUND = 7;

/**
 * Splits compounds into parts that occur in the corpus as words of their own.
 * A part before the last must be a word seen standalone (ilmasto, päästö) or
 * have the key of one (kunnan → kunta); the last part must have the key of a
 * standalone word, in whatever inflection (johtamisen → johtaminen).
 */
export class Splitter {
  private readonly cache = new Map<string, string[] | null>();
  /** Keys of candidate parts: the same substrings recur across many words. */
  private readonly keyCache = new Map<string, string>();

  /**
   * @param surfaces words seen standalone in the corpus
   * @param keys keys (`canonical`) of words seen standalone in the corpus
   */
  constructor(
    private readonly surfaces: ReadonlySet<string>,
    private readonly keys: ReadonlySet<string>,
  ) {}

  /** The parts of a compound, or undefined when the word is not one. */
  split(word: string): string[] | undefined {
    if (word.length < MIN_COMPOUND) return undefined;
    return this.splitFrom(word, 0) ?? undefined;
  }

  private splitFrom(word: string, depth: number): string[] | null {
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    let best: string[] | null = null;
    // Longest first part first: "ilmastojohtamisen" is ilmasto + johtamisen.
    for (let cut = word.length - MIN_PART; cut >= MIN_PART; cut -= 1) {
      const head = word.slice(0, cut);
      if (!this.isPart(head)) continue;
      const tail = word.slice(cut);
      if (this.isLastPart(tail)) {
        best = [head, tail];
        break;
      }
      if (depth < 3 && tail.length >= MIN_COMPOUND) {
        const rest = this.splitFrom(tail, depth + 1);
        if (rest) {
          best = [head, ...rest];
          break;
        }
      }
    }
    this.cache.set(word, best);
    return best;
  }

  private key(part: string): string {
    let key = this.keyCache.get(part);
    if (key === undefined) this.keyCache.set(part, (key = canonical(part)));
    return key;
  }

  private isPart(part: string): boolean {
    return this.surfaces.has(part) || this.keys.has(this.key(part));
  }

  private isLastPart(part: string): boolean {
    return part.length >= MIN_PART && this.keys.has(this.key(part));
  }
}

/** A plural diphthong form's base (teiden → tie); other words as they are. */
export function diphthongBase(word: string): string {
  const plural = DIPHTHONG_PLURAL.exec(word);
  return plural ? `${plural[1]}${DIPHTHONG_BASE[plural[2]!]}` : word;
}
