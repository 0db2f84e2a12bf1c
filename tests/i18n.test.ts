import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';

type Messages = Record<string, string | {message: string}>;

const read = (file: string): Messages => JSON.parse(readFileSync(file, 'utf8')) as Messages;

/** The theme's English defaults, as the theme package ships them. */
const english = Object.fromEntries(
  Object.entries(
    read(require.resolve('@docusaurus/theme-translations/locales/base/theme-common.json')),
  ).filter(([key]) => !key.endsWith('___DESCRIPTION')),
) as Record<string, string>;
const finnish = read(path.join(__dirname, '..', 'i18n', 'fi', 'code.json')) as Record<
  string,
  {message: string}
>;

const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();

describe('Finnish theme strings', () => {
  it('cover every interface string of the theme', () => {
    const missing = Object.keys(english).filter((key) => !(key in finnish));
    assert.deepEqual(missing, []);
  });

  for (const [key, message] of Object.entries(english)) {
    it(`${key} is translated and keeps its placeholders`, () => {
      const translated = finnish[key]?.message ?? '';
      assert.notEqual(translated.trim(), '');
      assert.notEqual(translated, message, 'still the English default');
      assert.deepEqual(placeholders(translated), placeholders(message));
      // Plural forms: Finnish has two (one|other), as the theme expects.
      assert.equal(translated.split('|').length, message.split('|').length);
    });
  }
});
