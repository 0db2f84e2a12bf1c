import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';

import {contentTypeKeys} from '../../src/data/contentTypes';
import {municipalityKeys} from '../../src/data/municipalities';
import {themeKeys} from '../../src/data/themes';
import {loadContentFiles} from '../../src/plugins/content-model/load';

/**
 * Content gates: rules the guide's content must keep, stated over the
 * content model rather than as counts of today's pages, so that the guide
 * can be rewritten freely as long as it keeps them.
 */
const siteDir = path.join(__dirname, '..', '..');

/** A file's body, front matter left out. */
function body(file: string): string {
  return readFileSync(path.join(siteDir, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
}

describe('the guide holds what a reader from another municipality needs', async () => {
  const {entries, problems} = await loadContentFiles(siteDir);
  const published = entries.filter((entry) => !entry.draft);
  const ofType = (type: string) => published.filter((entry) => entry.type === type);

  it('every file passes the content model', () => assert.deepEqual(problems, []));

  it('every content type has published pages', () => {
    assert.deepEqual(
      contentTypeKeys.filter((type) => ofType(type).length === 0),
      [],
    );
  });

  it('every municipality has case notes', () => {
    assert.deepEqual(
      municipalityKeys.filter(
        (key) => !ofType('tapaus').some((entry) => entry.frontMatter.municipality === key),
      ),
      [],
    );
  });

  it('every theme has a good practice or a case note (the finder offers each one)', () => {
    const covered = new Set(
      [...ofType('kaytanto'), ...ofType('tapaus')].flatMap(
        (entry) => (entry.frontMatter.themes as string[] | undefined) ?? [],
      ),
    );
    assert.deepEqual(
      themeKeys.filter((key) => !covered.has(key)),
      [],
    );
  });

  it('a glossary', () => assert.ok(published.some((entry) => entry.file === 'docs/sanasto.md')));

  it('at least half of the case notes have a public record (not examples)', () => {
    const notes = ofType('tapaus');
    const examples = notes.filter((entry) => entry.frontMatter.example === true);
    assert.ok(examples.length * 2 <= notes.length, `${examples.length} of ${notes.length}`);
  });

  it('an example case note says so in the first paragraph of its text too', () => {
    for (const entry of ofType('tapaus').filter((e) => e.frontMatter.example === true)) {
      // The body only: the front matter's title may say "Esimerkki" as well.
      const firstParagraph =
        body(entry.file)
          .trim()
          .split(/\n\s*\n/)[0] ?? '';
      assert.match(firstParagraph, /esimerk/i, entry.file);
    }
  });

  it('every published page has body text', () => {
    assert.deepEqual(
      published
        .filter((entry) => !/[\p{L}\p{N}]+/u.test(body(entry.file)))
        .map((entry) => entry.file),
      [],
    );
  });

  it('every file lists at least one public source with a web address', () => {
    for (const entry of published) {
      const sources = (entry.frontMatter.sources as {url: string}[] | undefined) ?? [];
      assert.ok(sources.length > 0 && sources.every((s) => /^https?:\/\//.test(s.url)), entry.file);
    }
  });
});
