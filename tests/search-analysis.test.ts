import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';

import {
  canonical,
  isNearKey,
  Splitter,
  stem,
  tokenize,
} from '../src/plugins/search/shared/analysis';

/** The Snowball project's reference vocabulary, kept with its licence in tests/fixtures/. */
const snowball = path.join(__dirname, 'fixtures', 'snowball-finnish');

describe('stemming agrees with the Snowball reference', () => {
  it('on at least 99.9 % of the reference vocabulary', () => {
    const words = readFileSync(path.join(snowball, 'voc.txt'), 'utf8').split('\n');
    const stems = readFileSync(path.join(snowball, 'output.txt'), 'utf8').split('\n');
    assert.equal(words.length, stems.length);
    const total = words.filter((word) => word !== '').length;
    assert.ok(total > 49_000, `only ${total} words`);
    const disagreements = words.filter((word, index) => word !== '' && stem(word) !== stems[index]);
    const agreement = (total - disagreements.length) / total;
    assert.ok(
      agreement >= 0.999,
      `agreement ${(agreement * 100).toFixed(3)} %: ${disagreements.slice(0, 20).join(', ')}`,
    );
  });
});

describe('forms of one word meet at one key', () => {
  const pairs: [string, string][] = [
    ['kaavoitus', 'kaavoituksessa'],
    ['johtaminen', 'johtamisen'],
    ['maalämpö', 'maalämmön'],
    ['hiilinielu', 'hiilinieluja'],
    ['aurinkopaneeli', 'aurinkopaneeleista'],
    ['pyöräily', 'pyöräilyyn'],
    ['tie', 'teiden'],
    ['työ', 'töiden'],
    ['tavoite', 'tavoitteen'],
    ['osallisuus', 'osallisuuden'],
    ['liikenne', 'liikenteen'],
    ['vähennys', 'vähennyksen'],
    ['aurinko', 'auringon'],
    ['kunta', 'kunnissa'],
  ];
  for (const [base, form] of pairs) {
    it(`${base} = ${form}`, () => {
      assert.equal(canonical(form), canonical(base));
    });
  }

  const apart: [string, string][] = [
    ['kunta', 'kansa'],
    ['tie', 'tee'],
    ['ilmasto', 'ilma'],
    ['energia', 'enemmistö'],
    // "tavo" is a form of tapa: four letters are too few to call it near.
    ['tavoilleni', 'tavoite'],
  ];
  for (const [a, b] of apart) {
    it(`${a} ≠ ${b}`, () => {
      assert.notEqual(canonical(a), canonical(b));
      assert.equal(isNearKey(canonical(a), canonical(b)), false);
    });
  }

  it('near keys join what the bridges leave (energia / energian) but not short stems', () => {
    assert.equal(isNearKey(canonical('energia'), canonical('energian')), true);
    assert.equal(isNearKey('kun', 'kunta'), false);
    assert.equal(isNearKey('ilmasto', 'ilmastojohtamin'), false);
  });
});

describe('compounds', () => {
  const corpus = tokenize(
    'ilmasto johtaminen päästö vähennys tavoite pyörä tie hiili nielu aurinko paneeli energia tehokkuus kunta hallitus',
  );
  const splitter = new Splitter(new Set(corpus), new Set(corpus.map(canonical)));
  const cases: [string, string[]][] = [
    ['ilmastojohtamisen', ['ilmasto', 'johtamisen']],
    ['päästövähennystavoitteen', ['päästö', 'vähennys', 'tavoitteen']],
    ['pyöräteiden', ['pyörä', 'teiden']],
    ['energiatehokkuuden', ['energia', 'tehokkuuden']],
    ['kunnanhallituksen', ['kunnan', 'hallituksen']],
  ];
  for (const [word, parts] of cases) {
    it(`${word} → ${parts.join(' + ')}`, () => {
      assert.deepEqual(splitter.split(word), parts);
    });
  }

  it('a word whose parts are not words of the corpus is not split', () => {
    assert.equal(splitter.split('xyzzyqwerty'), undefined);
    assert.equal(splitter.split('ilmastoxyz'), undefined);
    assert.equal(splitter.split('kunta'), undefined);
  });
});

describe('tokenising anything typed', () => {
  const cases: [string, string[]][] = [
    ['Ilmasto-ohjelma', ['ilmasto', 'ohjelma']],
    ['kaavoitus:~2 ^3 +a -b *', ['kaavoitus', '2', '3', 'a', 'b']],
    ['"pyörätie"', ['pyörätie']],
    ['<script>alert(1)</script>', ['script', 'alert', '1', 'script']],
    ['😀🌍', []],
    ['', []],
    ['ÄÄNI Öljy', ['ääni', 'öljy']],
    [`${'a'.repeat(41)} sana`, ['sana']],
  ];
  for (const [input, expected] of cases) {
    it(JSON.stringify(input), () => {
      assert.deepEqual(tokenize(input), expected);
    });
  }
});
