import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';

import {municipalityKeys} from '../src/data/municipalities';
import {loadContentFiles} from '../src/plugins/content-model/load';

const siteDir = path.join(__dirname, '..');

/** Words of a file's body (front matter left out). */
function bodyWords(file: string): number {
  const text = readFileSync(path.join(siteDir, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

describe('the guide holds what a reader from another municipality needs', async () => {
  const {entries} = await loadContentFiles(siteDir);
  const ofType = (type: string) => entries.filter((entry) => entry.type === type);
  const chapters = ofType('luku').filter(
    (entry) => entry.file.startsWith('docs/menetelmat/') && !entry.file.endsWith('index.md'),
  );

  it('at least 8 method chapters', () => assert.ok(chapters.length >= 8, `${chapters.length}`));
  it('at least 12 good practices', () => assert.ok(ofType('kaytanto').length >= 12));
  it('at least 6 workshop and training pages', () => assert.ok(ofType('tyopaja').length >= 6));
  it('at least 3 news posts', () => assert.ok(ofType('uutinen').length >= 3));
  it('a glossary', () => assert.ok(entries.some((entry) => entry.file === 'docs/sanasto.md')));

  for (const key of municipalityKeys) {
    it(`at least 3 case notes from ${key}`, () => {
      const notes = ofType('tapaus').filter((entry) => entry.frontMatter.municipality === key);
      assert.ok(notes.length >= 3, `${notes.length}`);
    });
  }

  it('at least half of the case notes have a public record (not examples)', () => {
    const notes = ofType('tapaus');
    const examples = notes.filter((entry) => entry.frontMatter.example === true);
    assert.ok(examples.length * 2 <= notes.length, `${examples.length} of ${notes.length}`);
  });

  it('an example case note says so in the first paragraph of its text too', () => {
    for (const entry of ofType('tapaus').filter((e) => e.frontMatter.example === true)) {
      // The body only: the front matter's title may say "Esimerkki" as well.
      const body = readFileSync(path.join(siteDir, entry.file), 'utf8').replace(
        /^---\n[\s\S]*?\n---\n/,
        '',
      );
      const firstParagraph = body.trim().split(/\n\s*\n/)[0] ?? '';
      assert.match(firstParagraph, /esimerk/i, entry.file);
    }
  });

  it('at least 20,000 words of body text in all', () => {
    const total = entries.reduce((sum, entry) => sum + bodyWords(entry.file), 0);
    assert.ok(total >= 20_000, `${total}`);
  });

  it('every file lists at least one public source with a web address', () => {
    for (const entry of entries) {
      const sources = entry.frontMatter.sources as {url: string}[];
      assert.ok(sources.length > 0 && sources.every((s) => /^https?:\/\//.test(s.url)), entry.file);
    }
  });
});
