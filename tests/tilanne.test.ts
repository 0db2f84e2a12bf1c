import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {
  selectTilanne,
  tilanne,
  tilanneCheckedOn,
  tilanneKeys,
  tilanneTopicKeys,
  tilanneTopics,
} from '../src/data/tilanne';
import {isFrontPage, PAGE_ADDRESS} from '../src/model/fieldKinds';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (value: string) =>
  DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

describe('the "Tilanne nyt" data', () => {
  it('has its own check date', () => {
    assert.ok(isDay(tilanneCheckedOn), tilanneCheckedOn);
  });

  it('lists every key once, and every topic has a label', () => {
    assert.deepEqual(Object.keys(tilanne), [...tilanneKeys]);
    assert.deepEqual(Object.keys(tilanneTopics), [...tilanneTopicKeys]);
  });

  for (const key of tilanneKeys) {
    it(`${key}: a topic, a title, a text and sources with page addresses and check dates`, () => {
      const item = tilanne[key];
      assert.ok(tilanneTopicKeys.includes(item.topic));
      assert.ok(item.title.trim().length > 0);
      assert.match(item.text, /\.$/);
      assert.ok(item.sources.length > 0);
      for (const source of item.sources) {
        assert.ok(source.title.trim().length > 0);
        assert.equal(isFrontPage(source.url), false, source.url);
        assert.match(source.url, PAGE_ADDRESS);
        assert.ok(isDay(source.checked), source.checked);
        // A source read after the list was checked would make the list's date a lie.
        assert.ok(source.checked <= tilanneCheckedOn, `${source.url} ${source.checked}`);
      }
    });
  }

  it('covers law, agencies, funding, statistics and programmes', () => {
    const topics = new Set(tilanneKeys.map((key) => tilanne[key].topic));
    assert.deepEqual([...topics].sort(), [...tilanneTopicKeys].sort());
  });

  it('never names a ceased agency as the current accessibility supervisor', () => {
    assert.doesNotMatch(
      tilanne.saavutettavuusvalvonta.text,
      /valvoo Etelä-Suomen aluehallintovirasto/,
    );
    assert.match(tilanne.saavutettavuusvalvonta.text, /saavutettavuusvaatimukset\.fi/);
  });
});

describe('choosing facts for a page', () => {
  it('keeps the order asked for and each fact once', () => {
    const {items, unknown} = selectTilanne(['kets', 'ilmastosuunnitelma', 'kets']);
    assert.deepEqual(
      items.map((item) => item.key),
      ['kets', 'ilmastosuunnitelma'],
    );
    assert.deepEqual(unknown, []);
  });

  it('shows every fact when none is named', () => {
    assert.deepEqual(
      selectTilanne().items.map((item) => item.key),
      [...tilanneKeys],
    );
  });

  it('reports unknown keys, also a single text instead of a list', () => {
    assert.deepEqual(selectTilanne(['kets', 'avi']).unknown, ['avi']);
    const single = selectTilanne('aluehallinto');
    assert.deepEqual(single.unknown, []);
    assert.deepEqual(
      single.items.map((item) => item.key),
      ['aluehallinto'],
    );
    assert.deepEqual(selectTilanne('xyz').unknown, ['xyz']);
  });
});
