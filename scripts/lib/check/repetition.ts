/**
 * The repetition rule of `npm run check`: a sentence written, word for word,
 * in more than one content file. A fact stated in two places drifts apart
 * when one of them is updated (the guide once gave the same training as 2 h,
 * 1–2 h and 45 min), so each fact is stated once and linked to elsewhere.
 *
 * Sentences are compared normalised: letter case, whitespace and
 * punctuation do not count ("Hanke alkoi 2021." and "hanke alkoi, 2021"
 * are the same sentence). Only prose paragraphs are compared (also in lists,
 * quotes and admonitions); headings, tables, code and front matter are not.
 * Drafts are left out: they are not published, and `npm run new` writes the
 * same placeholder lines into each of them.
 *
 * Which repeats are errors (the rule, not tuned to any content):
 * - a sentence of at least `FACT_WORDS` (4) words: subject, predicate and
 *   two complements are the fewest words that say who did what and when,
 *   where or how much; a shorter sentence is a stock phrase or a
 *   cross-reference ("Katso sanasto.") far more often than a fact;
 * - a sentence of at least two words with a number in it, whatever its
 *   length: dates, figures and durations are the facts that go stale.
 * Other repeated sentences of two words or more are notices; single words
 * are not reported. Words of link texts are not counted: a link names
 * another page, and naming it again is a reference, which is what the rule
 * asks for ("Katso [Roolit ja vastuut](…)." is not a repeated fact).
 *
 * Sentence boundaries come from the JavaScript runtime's own Unicode
 * segmenter for Finnish (`Intl.Segmenter`, ICU), which knows abbreviations
 * such as "esim." and dates such as 1.6.2022; no library is needed.
 */

import type {Nodes, Paragraph, Root} from 'mdast';

import {walk} from './markdown';

/** The fewest words that make a repeated sentence an error (see above). */
export const FACT_WORDS = 4;

/** One sentence of one file. */
export interface Sentence {
  file: string;
  /** 1-based line where the sentence starts. */
  line: number;
  /** The sentence as written (whitespace collapsed). */
  text: string;
  /** The comparison key: lower case, punctuation and extra whitespace removed. */
  key: string;
  /**
   * Words outside link texts, counting "1.6.2022" and "Etelä-Pirkanmaa" as
   * one each.
   */
  words: number;
  /** Whether the sentence has a digit in it (outside link texts). */
  hasNumber: boolean;
}

/** A repeat to report, at a later occurrence, naming the first one. */
export interface Repeat {
  file: string;
  line: number;
  text: string;
  /** Where the sentence first appears (file order, then line). */
  first: {file: string; line: number};
  /** In how many files the sentence appears. */
  files: number;
  /** Whether it is an error (a sentence of fact) or a notice. */
  error: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:[.,:/\u2010-\u2015-][\p{L}\p{N}]+)*/gu;
const segmenter = new Intl.Segmenter('fi', {granularity: 'sentence'});

/** The comparison key of a sentence. */
export function normalise(sentence: string): string {
  return sentence
    .normalize('NFC')
    .toLocaleLowerCase('fi')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Text of a paragraph's inline content, with the source line of each
 * character, and the same text with link texts blanked out (`own`).
 */
function inlineText(paragraph: Paragraph): {text: string; own: string; lines: number[]} {
  let text = '';
  let own = '';
  const lines: number[] = [];
  const add = (value: string, line: number, linked: boolean) => {
    let current = line;
    for (const char of value) {
      // A soft line break inside a paragraph is a space to the reader.
      const shown = char === '\n' ? ' ' : char;
      text += shown;
      own += linked ? ' '.repeat(shown.length) : shown;
      for (let i = 0; i < char.length; i += 1) lines.push(current);
      if (char === '\n') current += 1;
    }
  };
  const visit = (node: Nodes, linked: boolean) => {
    const line = node.position?.start.line ?? paragraph.position?.start.line ?? 1;
    if (node.type === 'text' || node.type === 'inlineCode') add(node.value, line, linked);
    else if (node.type === 'break') add(' ', line, linked);
    else if ('children' in node) {
      const inLink = linked || node.type === 'link' || node.type === 'linkReference';
      (node.children as Nodes[]).forEach((child) => visit(child, inLink));
    }
  };
  paragraph.children.forEach((child) => visit(child as Nodes, false));
  return {text, own, lines};
}

/** The sentences of a file's prose paragraphs, in order. */
export function sentencesOf(file: string, tree: Root): Sentence[] {
  const sentences: Sentence[] = [];
  for (const node of walk(tree)) {
    if (node.type !== 'paragraph') continue;
    // The label of an admonition (`:::note[Otsikko]`) is a title, not prose.
    if ((node.data as {directiveLabel?: boolean} | undefined)?.directiveLabel) continue;
    const {text, own, lines} = inlineText(node);
    for (const {segment, index} of segmenter.segment(text)) {
      const written = segment.replace(/\s+/g, ' ').trim();
      const key = normalise(written);
      if (key === '') continue;
      const lead = segment.length - segment.trimStart().length;
      // A link's text names another page: repeating a name is referring to
      // the page, not restating its facts, so link texts are not counted.
      const ownWords = own.slice(index, index + segment.length);
      sentences.push({
        file,
        line: lines[index + lead] ?? node.position?.start.line ?? 1,
        text: written,
        key,
        words: ownWords.match(WORD)?.length ?? 0,
        hasNumber: /\p{N}/u.test(ownWords),
      });
    }
  }
  return sentences;
}

/** Whether a repeated sentence is a sentence of fact, and so an error. */
export function isFact(sentence: Pick<Sentence, 'words' | 'hasNumber'>): boolean {
  return sentence.words >= FACT_WORDS || (sentence.words >= 2 && sentence.hasNumber);
}

/**
 * Sentences that appear in more than one file: one repeat for each file
 * after the first that has the sentence, pointing at the first. `files`
 * must be in the order in which "first" is meant.
 */
export function findRepeats(sentences: readonly Sentence[]): Repeat[] {
  const byKey = new Map<string, Sentence[]>();
  for (const sentence of sentences) {
    if (sentence.words < 2) continue;
    const list = byKey.get(sentence.key) ?? [];
    // The first occurrence in each file stands for the file.
    if (!list.some((other) => other.file === sentence.file)) list.push(sentence);
    byKey.set(sentence.key, list);
  }
  const repeats: Repeat[] = [];
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    const [first, ...rest] = list as [Sentence, ...Sentence[]];
    for (const sentence of rest) {
      repeats.push({
        file: sentence.file,
        line: sentence.line,
        text: sentence.text,
        first: {file: first.file, line: first.line},
        files: list.length,
        error: isFact(sentence),
      });
    }
  }
  return repeats;
}

/** A sentence for a message: quoted, long ones cut. */
function quote(text: string): string {
  return `"${text.length > 80 ? `${text.slice(0, 79).trimEnd()}…` : text}"`;
}

/** What a repeat says to the writer, in Finnish. */
export function repeatMessage(repeat: Repeat): string {
  const where = `tiedostossa ${repeat.first.file}, rivi ${repeat.first.line}`;
  const count = repeat.files > 2 ? ` Sama virke on kaikkiaan ${repeat.files} tiedostossa.` : '';
  return repeat.error
    ? `virke ${quote(repeat.text)} on sanasta sanaan myös ${where}.${count} Kerro asia yhdessä paikassa ja linkitä siihen muualta, niin tiedot eivät ala erota toisistaan.`
    : `lyhyt virke ${quote(repeat.text)} on myös ${where}.${count} Jos se kertoo tosiasian, kerro se yhdessä paikassa ja linkitä siihen muualta.`;
}
