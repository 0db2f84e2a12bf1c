/**
 * The spelling part of `npm run check`: cspell with its Finnish dictionary
 * (`@cspell/dict-fi-fi`) and the project's word list (`cspell-words.txt`),
 * both named in `cspell.config.yaml`, which editors with a cspell extension
 * read too. Only prose is checked: the text of the body and the values of
 * text fields in front matter, never addresses, code or field names.
 */

import {existsSync} from 'node:fs';
import path from 'node:path';

import type * as CspellLib from 'cspell-lib';

import {contentTypes, type ContentTypeKey} from '../../../src/data/contentTypes';
import type {FieldSpec} from '../../../src/data/fields';

/** An unknown word and where it is. */
export interface SpellingIssue {
  word: string;
  line: number;
}

/** The source with everything but the given ranges blanked, lines kept. */
export function maskExcept(text: string, ranges: readonly {start: number; end: number}[]): string {
  const keep = new Uint8Array(text.length);
  for (const {start, end} of ranges) keep.fill(1, start, Math.min(end, text.length));
  let masked = '';
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    masked += keep[index] || char === '\n' ? char : ' ';
  }
  return masked;
}

/** Field kinds whose values are prose. */
const PROSE_KINDS = new Set<FieldSpec['kind']>(['text', 'textlist']);

/**
 * Source ranges of the front matter values that are prose: text fields and
 * text list items, and the text parts of list items (a source's title, a
 * task, a contact's role).
 */
export function frontMatterProse(
  text: string,
  type: ContentTypeKey,
): {start: number; end: number}[] {
  const fields = contentTypes[type].fields;
  const proseKeys = new Set<string>();
  for (const [key, spec] of Object.entries(fields)) {
    if (PROSE_KINDS.has(spec.kind)) proseKeys.add(key);
    if (spec.kind === 'objectlist') {
      for (const [itemKey, itemSpec] of Object.entries(spec.fields)) {
        if (itemSpec.kind === 'text') proseKeys.add(itemKey);
      }
    }
  }
  const ranges: {start: number; end: number}[] = [];
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') return ranges;
  let offset = lines[0].length + 1;
  let listKey: string | undefined;
  for (let index = 1; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (line.trim() === '---') break;
    const field = /^(\s*(?:-\s+)?)([\w-]+):[ \t]*(.*)$/.exec(line);
    const item = /^(\s*-\s+)(.*)$/.exec(line);
    if (field) {
      const [, lead, key, value] = field;
      if (lead === '') listKey = key;
      if (proseKeys.has(key!) && value && !value.startsWith('#')) {
        // The value runs to the end of the line.
        ranges.push({start: offset + line.length - value.length, end: offset + line.length});
      }
    } else if (item && listKey && fields[listKey]?.kind === 'textlist') {
      ranges.push({start: offset + item[1]!.length, end: offset + line.length});
    }
    offset += line.length + 1;
  }
  return ranges;
}

/** The project's cspell settings: the Finnish dictionary and the word list. */
export const cspellConfig = path.join(__dirname, '..', '..', '..', 'cspell.config.yaml');

/** A spelling checker with the project's settings, loaded once. */
export async function createSpellChecker(
  siteDir: string,
): Promise<(file: string, masked: string) => Promise<SpellingIssue[]>> {
  if (!existsSync(cspellConfig)) throw new Error(`Oikoluvun asetuksia ei löydy: ${cspellConfig}`);
  // cspell-lib is an ES module only; the scripts run as CommonJS under tsx.
  const cspell: typeof CspellLib = await import('cspell-lib');
  const settings = await cspell.readSettings(cspellConfig);
  return async (file, masked) => {
    const result = await cspell.spellCheckDocument(
      {
        uri: `file://${path.join(siteDir, file)}`,
        text: masked,
        languageId: 'plaintext',
        locale: 'fi',
      },
      {noConfigSearch: true},
      settings,
    );
    const starts = [0];
    for (let index = 0; index < masked.length; index += 1) {
      if (masked[index] === '\n') starts.push(index + 1);
    }
    return result.issues.map((issue) => {
      let line = 0;
      while (line + 1 < starts.length && starts[line + 1]! <= issue.offset) line += 1;
      return {word: issue.text, line: line + 1};
    });
  };
}
