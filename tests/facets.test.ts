import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {facetNames, facets} from '../src/data/facets';
import {municipalityKeys} from '../src/data/municipalities';
import {finderFacets} from '../src/model/aggregate';
import {facetValues, formatFilters, noFilters, parseFilters} from '../src/model/facets';

describe('the facet registry', () => {
  it('names every facet once, each with a legend and a label for every value', () => {
    assert.deepEqual(facetNames, ['tyyppi', 'kunta', 'teema', 'vaihe', 'toimija']);
    for (const name of facetNames) {
      const facet = facets[name];
      assert.equal(facet.name, name);
      assert.ok(facet.legend.length > 0);
      assert.equal(new Set(facet.values).size, facet.values.length);
      for (const value of facet.values) assert.ok(facet.label(value as never).length > 0);
    }
    assert.deepEqual(facets.kunta.values, municipalityKeys);
  });

  it('reads a case note’s values from its front matter', () => {
    assert.deepEqual(
      facetValues({
        type: 'tapaus',
        frontMatter: {
          municipality: 'akaa',
          themes: ['energia', 'johtaminen'],
          phase: 'toteutus',
          actors: ['asukkaat'],
        },
      }),
      {
        tyyppi: ['tapaus'],
        kunta: ['akaa'],
        teema: ['energia', 'johtaminen'],
        vaihe: ['toteutus'],
        toimija: ['asukkaat'],
      },
    );
  });

  it('reads a practice’s municipalities list, and gives nothing for fields a page lacks', () => {
    assert.deepEqual(
      facetValues({type: 'kaytanto', frontMatter: {municipalities: ['urjala', 'akaa']}}),
      {...noFilters(), tyyppi: ['kaytanto'], kunta: ['urjala', 'akaa']},
    );
    assert.deepEqual(facetValues({type: 'sivu', frontMatter: {}}), {
      ...noFilters(),
      tyyppi: ['sivu'],
    });
  });

  it('drops values that are not keys of the content model', () => {
    assert.deepEqual(
      facetValues({type: 'uutinen', frontMatter: {themes: ['energia', 'ilmasto', 3], phase: {}}}),
      {...noFilters(), tyyppi: ['uutinen'], teema: ['energia']},
    );
  });

  it('gives the finder the same parameters as search, with only the types it lists', () => {
    assert.deepEqual(
      finderFacets.map((facet) => facet.name),
      facetNames,
    );
    assert.deepEqual(finderFacets[0]!.values, ['kaytanto', 'tapaus']);
  });

  it('keeps every facet, toimija too, through a URL round trip', () => {
    const query = formatFilters({toimija: ['yritykset', 'kunta'], tyyppi: ['uutinen']});
    assert.equal(query, '?tyyppi=uutinen&toimija=kunta&toimija=yritykset');
    assert.deepEqual(parseFilters(`${query}&q=kaavoitus`), {
      ...noFilters(),
      tyyppi: ['uutinen'],
      toimija: ['kunta', 'yritykset'],
    });
  });
});
