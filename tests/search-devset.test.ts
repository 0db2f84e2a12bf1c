import assert from 'node:assert/strict';
import {after, describe, it} from 'node:test';

import {checkQuery, CorpusFacts, KINDS, loadPages, loadQueries} from '../bench/devset/rules';
import {openMorphology} from '../src/plugins/search/morphology';

/**
 * The search development set (bench/devset): every query must meet its
 * kind's rule on the shipped corpus, for example a compound-part query word
 * never occurs as a word of its own, in any form, on any page.
 */
describe('the search development set', () => {
  const voikko = openMorphology({env: {}});
  after(() => voikko?.close());
  const queries = loadQueries();

  it('has at least 80 queries, at least 16 of each kind, none twice', () => {
    assert.ok(queries.length >= 80, `${queries.length} queries`);
    for (const kind of KINDS) {
      const count = queries.filter((query) => query.kind === kind).length;
      assert.ok(count >= 16, `${kind}: ${count}`);
    }
    assert.equal(new Set(queries.map((q) => `${q.kind} ${q.query}`)).size, queries.length);
  });

  it('every query meets its kind’s rule', () => {
    assert.ok(voikko, 'Voikko is not installed: run bash scripts/ensure-voikko.sh');
    const facts = new CorpusFacts(loadPages(), voikko);
    const broken = queries
      .map((query) => [query, checkQuery(query, facts)] as const)
      .filter(([, problem]) => problem)
      .map(([query, problem]) => `${query.kind} "${query.query}": ${problem}`);
    assert.deepEqual(broken, []);
  });

  it('the rules refuse what breaks them', () => {
    const facts = new CorpusFacts(loadPages(), voikko!);
    const page = facts.pages.find((p) => p.words.has('kaavoitus'))!;
    // kaavoitus stands as a word: not a compound part, and not "inflected".
    assert.ok(checkQuery({kind: 'compound', query: 'kaavoitus', expected: [page.name]}, facts));
    assert.ok(checkQuery({kind: 'inflected', query: 'kaavoitus', expected: [page.name]}, facts));
    assert.ok(checkQuery({kind: 'exact', query: 'vörkkelö', expected: [page.name]}, facts));
  });
});
