import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {facetNames, type FacetValues} from '../src/data/facets';
import {facetCounts, filterItems, parseFilters} from '../src/model/aggregate';
import {decodeFacets, encodeFacets} from '../src/model/finderData';
import {
  datasetCsv,
  datasetCsvLines,
  datasetJson,
  datasetJsonLines,
  datasets,
} from '../src/model/opendata';
import {pageCount, pageItems, pagePath, pagerPages, parsePage} from '../src/model/paging';
import type {Item} from '../src/model/types';

describe('list pages', () => {
  it('give page 1 the list address and later pages /sivu/N', () => {
    assert.equal(pagePath('/kunnat/akaa', 1), '/kunnat/akaa');
    assert.equal(pagePath('/kunnat/akaa', 3), '/kunnat/akaa/sivu/3');
  });

  it('cut a list into pages, an empty list into one empty page', () => {
    assert.equal(pageCount(0, 10), 1);
    assert.equal(pageCount(10, 10), 1);
    assert.equal(pageCount(11, 10), 2);
    assert.deepEqual(pageItems([1, 2, 3, 4, 5], 2, 2), [3, 4]);
    assert.deepEqual(pageItems([1, 2, 3, 4, 5], 3, 2), [5]);
  });

  it('show at most seven pager entries, with gaps, however long the list', () => {
    assert.deepEqual(pagerPages(1, 1), [1]);
    assert.deepEqual(pagerPages(1, 4), [1, 2, 3, 4]);
    assert.deepEqual(pagerPages(50, 200), [1, null, 49, 50, 51, null, 200]);
    assert.deepEqual(pagerPages(3, 200), [1, 2, 3, 4, null, 200]);
    for (let current = 1; current <= 300; current += 7) {
      assert.ok(pagerPages(current, 300).length <= 7);
    }
  });

  it('read ?sivu=N, and anything else as page 1', () => {
    assert.equal(parsePage('?sivu=4'), 4);
    assert.equal(parsePage('?kunta=akaa&sivu=12'), 12);
    for (const bad of ['', '?sivu=0', '?sivu=-2', '?sivu=x', '?sivu=1e3', '?sivu=99999999']) {
      assert.equal(parsePage(bad), 1, bad);
    }
  });
});

describe("the finder's compact filter data", () => {
  const facets = (values: Partial<FacetValues>): FacetValues => ({
    tyyppi: [],
    kunta: [],
    teema: [],
    vaihe: [],
    toimija: [],
    ...values,
  });
  const item = (title: string, values: Partial<FacetValues>): Item => ({
    type: values.tyyppi?.[0] === 'kaytanto' ? 'kaytanto' : 'tapaus',
    permalink: `/x/${title}`,
    file: `x/${title}.md`,
    title,
    description: '',
    facets: facets(values),
    example: false,
  });
  const items = [
    item('a', {
      tyyppi: ['tapaus'],
      kunta: ['akaa'],
      teema: ['energia', 'johtaminen'],
      vaihe: ['toteutus'],
    }),
    item('b', {
      tyyppi: ['kaytanto'],
      kunta: ['urjala', 'akaa'],
      teema: ['liikkuminen'],
      toimija: ['asukkaat'],
    }),
    item('c', {tyyppi: ['tapaus'], kunta: ['palkane'], teema: ['energia'], vaihe: ['idea']}),
  ];

  it('decode to the same facet values, in the same order', () => {
    const decoded = decodeFacets(JSON.parse(JSON.stringify(encodeFacets(items, 2))));
    assert.deepEqual(
      decoded.map((entry) => entry.index),
      [0, 1, 2],
    );
    for (const [index, entry] of decoded.entries()) {
      for (const name of facetNames)
        assert.deepEqual(entry.facets[name], items[index]!.facets[name]);
    }
  });

  it('filter and count exactly as the full items do', () => {
    const decoded = decodeFacets(encodeFacets(items, 2));
    for (const query of [
      '',
      '?kunta=akaa',
      '?teema=energia&vaihe=idea',
      '?tyyppi=kaytanto&kunta=akaa',
    ]) {
      const filters = parseFilters(query);
      assert.deepEqual(
        filterItems(decoded, filters).map((entry) => entry.index),
        filterItems(items, filters).map((entry) => items.indexOf(entry)),
        query,
      );
      assert.deepEqual(facetCounts(decoded, filters), facetCounts(items, filters), query);
    }
  });
});

describe('open data written as a stream', () => {
  const dataset = datasets[0]!;
  const rows = [
    {
      id: 'a',
      url: 'https://x/a',
      title: 'Yksi, "lainaus"',
      tasks: [{title: 'T', done: '2022-11-30'}],
      example: false,
    },
    {id: 'b', url: 'https://x/b', title: 'Kaksi', themes: ['energia', 'kulutus'], example: true},
  ];

  it('is the same JSON as the file written at once', () => {
    const whole = `${JSON.stringify({$schema: `./${dataset.name}.schema.json`, items: rows}, null, 2)}\n`;
    assert.equal([...datasetJsonLines(dataset, rows)].join(''), whole);
    assert.equal(datasetJson(dataset, rows), whole);
    const empty = `${JSON.stringify({$schema: `./${dataset.name}.schema.json`, items: []}, null, 2)}\n`;
    assert.equal([...datasetJsonLines(dataset, [])].join(''), empty);
  });

  it('is the same CSV as the file written at once, after the byte-order mark', () => {
    assert.equal(
      [...datasetCsvLines(dataset, rows)].join(''),
      `\uFEFF${datasetCsv(dataset, rows)}`,
    );
  });
});
