import assert from 'node:assert/strict';
import path from 'node:path';
import {before, describe, it} from 'node:test';

import {checkSite, formatFinding, type CheckResult} from '../scripts/lib/check';
import {parseMarkdown} from '../scripts/lib/check/markdown';
import {FACT_WORDS, isFact, normalise, sentencesOf} from '../scripts/lib/check/repetition';

const fixtureSite = path.join(__dirname, 'fixtures', 'repeat-site');

function sentences(text: string) {
  const parsed = parseMarkdown(text);
  assert.ok('tree' in parsed);
  return sentencesOf('docs/x.md', parsed.tree);
}

describe('repeated sentences in npm run check', () => {
  let result: CheckResult;

  before(async () => {
    result = await checkSite(fixtureSite);
  });

  it('reports a sentence of fact in another file as an error naming both files and lines', () => {
    assert.deepEqual(result.errors.map(formatFinding), [
      'docs/hanke.md, rivi 10: virke "Hanke alkoi toukokuussa 2021, ja sitä rahoitti ympäristöministeriö." on sanasta sanaan myös tiedostossa blog/2022-01-01-uutinen.md, rivi 15. Sama virke on kaikkiaan 3 tiedostossa. Kerro asia yhdessä paikassa ja linkitä siihen muualta, niin tiedot eivät ala erota toisistaan.',
      'docs/seuranta.md, rivi 10: virke "HANKE alkoi toukokuussa 2021 ja sitä rahoitti ympäristöministeriö!" on sanasta sanaan myös tiedostossa blog/2022-01-01-uutinen.md, rivi 15. Sama virke on kaikkiaan 3 tiedostossa. Kerro asia yhdessä paikassa ja linkitä siihen muualta, niin tiedot eivät ala erota toisistaan.',
      'docs/seuranta.md, rivi 16: virke "Koulutus kesti 2 h." on sanasta sanaan myös tiedostossa docs/hanke.md, rivi 11. Kerro asia yhdessä paikassa ja linkitä siihen muualta, niin tiedot eivät ala erota toisistaan.',
    ]);
  });

  it('reports a short repeated sentence as a notice, and leaves drafts, headings, tables, admonition titles and repeats within one file alone', () => {
    assert.deepEqual(result.notices.map(formatFinding), [
      'docs/luonnos.md, rivi 5: luonnos (draft: true), joka ei näy julkaistussa oppaassa. Täyttämättä: Lähteet (sources). Kun sivu on valmis, poista rivi draft: true ja aja npm run check.',
      'docs/seuranta.md, rivi 15: lyhyt virke "Aloita pienestä!" on myös tiedostossa docs/hanke.md, rivi 10. Jos se kertoo tosiasian, kerro se yhdessä paikassa ja linkitä siihen muualta.',
      'docs/seuranta.md, rivi 17: lyhyt virke "Lue ensin luku Seuranta ja raportointi kunnissa." on myös tiedostossa docs/hanke.md, rivi 15. Jos se kertoo tosiasian, kerro se yhdessä paikassa ja linkitä siihen muualta.',
    ]);
  });
});

describe('sentences and their comparison', () => {
  it('compares without case, whitespace and punctuation', () => {
    assert.equal(
      normalise('  HANKE alkoi, toukokuussa   2021 – ja päättyi!'),
      'hanke alkoi toukokuussa 2021 ja päättyi',
    );
    assert.equal(normalise('Äänestä.'), normalise('äänestä'));
  });

  it('splits at sentence ends but not at abbreviations or dates, and keeps the source line', () => {
    const found = sentences(
      [
        '---',
        'title: X',
        '---',
        '',
        'Ilmastovahti otettiin käyttöön 1.6.2022. Se näyttää esim. tehtävät',
        'ja vaiheet. Mitä tehtiin?',
      ].join('\n'),
    );
    assert.deepEqual(
      found.map(({text, line, words}) => [text, line, words]),
      [
        ['Ilmastovahti otettiin käyttöön 1.6.2022.', 5, 4],
        ['Se näyttää esim. tehtävät ja vaiheet.', 5, 6],
        ['Mitä tehtiin?', 6, 2],
      ],
    );
  });

  it('does not count the words of link texts', () => {
    const [sentence] = sentences('Katso [Roolit ja vastuut ilmastotyössä](a.md).');
    assert.equal(sentence?.words, 1);
    assert.equal(sentence?.key, 'katso roolit ja vastuut ilmastotyössä');
  });

  it(`counts as fact a sentence of ${FACT_WORDS} words or more, or of two or more with a number`, () => {
    const table: [number, boolean, boolean][] = [
      [1, true, false],
      [2, false, false],
      [2, true, true],
      [FACT_WORDS - 1, false, false],
      [FACT_WORDS, false, true],
    ];
    for (const [words, hasNumber, fact] of table) {
      assert.equal(isFact({words, hasNumber}), fact, `${words} ${hasNumber}`);
    }
  });
});
