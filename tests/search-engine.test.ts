import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {buildIndex, extractSections, type PageInput} from '../src/plugins/search/indexer';
import {SearchEngine} from '../src/plugins/search/shared/engine';
import type {FacetValues} from '../src/data/facets';
import {noFilters} from '../src/model/facets';

/** A page as Docusaurus renders a guide page, reduced to what the indexer reads. */
function html(
  title: string,
  sections: [heading: string, id: string, text: string][],
  intro = '',
): string {
  return `<html><head><title>${title}</title></head><body><nav>Valikko kaavoitus</nav><article><div class="markdown"><header><h1>${title}</h1></header><p>${intro}</p>${sections
    .map(
      ([heading, id, text]) =>
        `<h2 id="${id}">${heading}<a class="hash-link" href="#${id}">​</a></h2><p>${text}</p>`,
    )
    .join('')}</div></article></body></html>`;
}

/** A page's facet values: a guide chapter unless said otherwise. */
function facets(values: Partial<FacetValues> = {}): FacetValues {
  return {...noFilters(), tyyppi: ['luku'], ...values};
}

const pages: PageInput[] = [
  {
    path: '/opas/kaavoitus',
    facets: facets({teema: ['liikkuminen']}),
    html: html('Ilmastokestävä kaavoitus', [
      ['Miksi', 'miksi', 'Kaavoituksessa ratkaistaan, miten kunnassa liikutaan.'],
      ['Pyörätiet', 'pyoratiet', 'Pyöräteiden verkko suunnitellaan yhdessä asukkaiden kanssa.'],
    ]),
  },
  {
    path: '/kunnat/akaa/energia',
    facets: facets({tyyppi: ['tapaus'], kunta: ['akaa'], teema: ['energia'], vaihe: ['toteutus']}),
    html: html(
      'Energiansäästö',
      [
        [
          'Mitä tehtiin',
          'mita',
          'Maalämmön käyttöönotto ja aurinkopaneeleista saatu sähkö vähensivät päästöjä.',
        ],
      ],
      'Akaa säästi energiaa. Kaavoitus mainitaan tässä vain ohimennen.',
    ),
  },
  {
    path: '/opas/johtaminen',
    facets: facets({teema: ['johtaminen']}),
    html: html('Toimintamalli', [
      [
        'Roolit',
        'roolit',
        'Ilmastojohtamisen roolit sovitaan johtoryhmässä. Päästövähennystavoitteen seuranta kuuluu johdolle.',
      ],
      ['Hiilinielut', 'nielut', 'Metsät ovat hiilinieluja. Pyöräilyyn kannustetaan.'],
    ]),
  },
  {
    path: '/kunnat/urjala/liikkuminen',
    facets: facets({
      tyyppi: ['tapaus'],
      kunta: ['urjala'],
      teema: ['liikkuminen'],
      vaihe: ['idea'],
      toimija: ['asukkaat'],
    }),
    html: html('Kävely ja pyöräily', [
      ['Idea', 'idea', 'Kunta selvittää pyöräilyn ja kävelyn reittejä.'],
    ]),
  },
];

function engineFor(input = pages) {
  const {files} = buildIndex(input);
  const fetched: string[] = [];
  const engine = new SearchEngine(async (url) => {
    fetched.push(url);
    const file = files.get(url);
    if (file === undefined) throw new Error(`no file ${url}`);
    return JSON.parse(file);
  });
  return {engine, fetched, files};
}

const paths = (response: {results: {path: string}[]}) =>
  response.results.map((result) => result.path);

describe('cutting pages into sections', () => {
  it('keeps headings, anchors and text; drops navigation and heading links', () => {
    const sections = extractSections('/opas/kaavoitus', pages[0]!.html);
    assert.deepEqual(
      sections.map((s) => [s.anchor, s.heading, s.text]),
      [
        ['', '', ''],
        ['miksi', 'Miksi', 'Kaavoituksessa ratkaistaan, miten kunnassa liikutaan.'],
        ['pyoratiet', 'Pyörätiet', 'Pyöräteiden verkko suunnitellaan yhdessä asukkaiden kanssa.'],
      ],
    );
    assert.equal(sections[0]!.title, 'Ilmastokestävä kaavoitus');
  });
});

describe('finding Finnish words in any form', () => {
  const {engine} = engineFor();
  const probes: [string, string][] = [
    ['kaavoitus', '/opas/kaavoitus'],
    ['johtaminen', '/opas/johtaminen'],
    ['ilmastojohtaminen', '/opas/johtaminen'],
    ['maalämpö', '/kunnat/akaa/energia'],
    ['hiilinielu', '/opas/johtaminen'],
    ['aurinkopaneeli', '/kunnat/akaa/energia'],
    ['pyörätie', '/opas/kaavoitus'],
    ['tavoite', '/opas/johtaminen'],
  ];
  for (const [query, target] of probes) {
    it(`${query} finds ${target}`, async () => {
      const response = await engine.search({query});
      assert.ok(paths(response).includes(target), paths(response).join(', '));
    });
  }

  it('a nonsense word finds nothing', async () => {
    const response = await engine.search({query: 'xyzzyq'});
    assert.equal(response.total, 0);
  });

  it('the matched words are marked in the snippet in the form the text has', async () => {
    const response = await engine.search({query: 'maalämpö'});
    const marked = response.results[0]!.snippet.filter((f) => f.mark).map((f) => f.text);
    assert.deepEqual(marked, ['Maalämmön']);
    assert.deepEqual(response.results[0]!.marks, ['Maalämmön']);
    assert.equal(response.results[0]!.anchor, 'mita');
  });
});

describe('ranking', () => {
  const {engine} = engineFor();

  it('a page about the word (title, heading) ranks above a passing mention', async () => {
    const response = await engine.search({query: 'kaavoitus'});
    assert.deepEqual(paths(response).slice(0, 2), ['/opas/kaavoitus', '/kunnat/akaa/energia']);
  });

  it('the exact form ranks above a derived one, all else equal', async () => {
    const twins = engineFor([
      {
        path: '/a',
        facets: facets(),
        html: html('Sivu A', [['Osio', 'o', 'Kunta kannustaa pyöräilyyn talvella.']]),
      },
      {
        path: '/b',
        facets: facets(),
        html: html('Sivu B', [['Osio', 'o', 'Kunta kannustaa pyöräilyä talvella.']]),
      },
    ]).engine;
    assert.deepEqual(paths(await twins.search({query: 'pyöräilyyn'})), ['/a', '/b']);
    assert.deepEqual(paths(await twins.search({query: 'pyöräilyä'})), ['/b', '/a']);
  });

  it('a rare word weighs more than a common one', async () => {
    const rare = engineFor([
      {
        path: '/a',
        facets: facets(),
        html: html('Sivu A', [['Osio', 'o', 'Kunta ja kunta ja kunta.']]),
      },
      {
        path: '/b',
        facets: facets(),
        html: html('Sivu B', [['Osio', 'o', 'Kunta ja geoterminen lämpö.']]),
      },
      {path: '/c', facets: facets(), html: html('Sivu C', [['Osio', 'o', 'Kunta ja kunta.']])},
    ]).engine;
    assert.equal(paths(await rare.search({query: 'kunta geoterminen'}))[0], '/b');
  });

  it('pages with every word come before pages with some', async () => {
    const response = await engine.search({query: 'kaavoitus akaa'});
    assert.equal(response.results[0]!.path, '/kunnat/akaa/energia');
  });
});

describe('search as you type', () => {
  const {engine} = engineFor();

  it('a partly typed last word matches by prefix', async () => {
    const response = await engine.search({query: 'ilmastojoh', partial: true});
    assert.deepEqual(paths(response), ['/opas/johtaminen']);
    const whole = await engine.search({query: 'ilmastojoh', partial: false});
    assert.equal(whole.total, 0);
  });

  it('a prefix after inflection: "kaavoitu" finds kaavoituksessa', async () => {
    const response = await engine.search({query: 'kaavoitu', partial: true});
    assert.ok(paths(response).includes('/opas/kaavoitus'));
  });
});

describe('facets and filters', () => {
  const {engine} = engineFor();

  it('counts facet values over matching pages, and filters narrow', async () => {
    const all = await engine.search({query: 'pyöräily'});
    assert.deepEqual(paths(all).sort(), ['/kunnat/urjala/liikkuminen', '/opas/johtaminen']);
    assert.equal(all.facets.tyyppi.tapaus, 1);
    assert.equal(all.facets.tyyppi.luku, 1);
    assert.equal(all.facets.kunta.urjala, 1);
    assert.equal(all.facets.vaihe.idea, 1);
    const filtered = await engine.search({query: 'pyöräily', filters: {kunta: ['urjala']}});
    assert.deepEqual(paths(filtered), ['/kunnat/urjala/liikkuminen']);
    // The type counts are given the municipality filter; the municipality
    // counts are not narrowed by it.
    assert.equal(filtered.facets.tyyppi.luku, 0);
    assert.equal(filtered.facets.kunta.urjala, 1);
  });

  it('filters by actor group, as the finder does', async () => {
    const all = await engine.search({query: 'pyöräily'});
    assert.equal(all.facets.toimija.asukkaat, 1);
    assert.equal(all.facets.toimija.yritykset, 0);
    const byActor = await engine.search({query: 'pyöräily', filters: {toimija: ['asukkaat']}});
    assert.deepEqual(paths(byActor), ['/kunnat/urjala/liikkuminen']);
    const none = await engine.search({query: 'pyöräily', filters: {toimija: ['yritykset']}});
    assert.equal(none.total, 0);
  });

  it('keeps facets by name in the index, as Pagefind keeps named filters', () => {
    const {base} = buildIndex(pages);
    assert.deepEqual(base.filters.kunta, {akaa: [1], urjala: [3]});
    assert.deepEqual(base.filters.toimija, {asukkaat: [3]});
    assert.deepEqual(base.filters.tyyppi, {luku: [0, 2], tapaus: [1, 3]});
  });
});

describe('anything typed gives results or a clear status', () => {
  const {engine} = engineFor();
  const cases: [string, string, (r: Awaited<ReturnType<typeof engine.search>>) => void][] = [
    ['empty', '   ', (r) => assert.equal(r.status, 'empty')],
    ['only syntax characters', ': ~ ^ * + -', (r) => assert.equal(r.status, 'nothing')],
    ['emoji', '😀🌍', (r) => assert.equal(r.status, 'nothing')],
    [
      'lunr syntax around a word',
      'kaavoitus~2 +kaavoitus^3 -akaa title:kaavoitus*',
      (r) => assert.ok(r.total > 0),
    ],
    ['quotes', '"kaavoitus"', (r) => assert.ok(r.total > 0)],
    ['markup', '<script>alert("kaavoitus")</script>', (r) => assert.equal(r.status, 'ok')],
    [
      'a 10,000-character paste',
      'kaavoitus '.repeat(1000),
      (r) => {
        assert.equal(r.truncated, true);
        assert.equal(r.query.length, 200);
        assert.ok(r.total > 0);
      },
    ],
    ['only stop words', 'ja on että', (r) => assert.equal(r.status, 'ok')],
  ];
  for (const [name, query, check] of cases) {
    it(name, async () => {
      check(await engine.search({query, partial: true}));
    });
  }

  it('a typo gets a suggestion', async () => {
    const response = await engine.search({query: 'kaavoituksesa'});
    assert.equal(response.total, 0);
    assert.equal(response.suggestion, 'kaavoituksessa');
  });
});

describe('what a query downloads', () => {
  it('only the shards its words need and the chunks of the results shown', async () => {
    const {engine, fetched, files} = engineFor();
    await engine.search({query: 'kaavoitus', limit: 1});
    const shards = fetched.filter((url) => url.includes('/t/'));
    const chunks = fetched.filter((url) => url.includes('/c/'));
    assert.ok(fetched[0]!.endsWith('/search/index.json'));
    assert.ok(shards.length >= 1 && shards.length <= 3, shards.join(', '));
    assert.equal(chunks.length, 1);
    const allShards = [...files.keys()].filter((url) => url.includes('/t/')).length;
    assert.ok(allShards > shards.length);
    const before = fetched.length;
    await engine.search({query: 'kaavoitus', limit: 1});
    assert.equal(fetched.length, before, 'a repeated query fetches nothing new');
  });

  it('a word being typed fetches only the shards its beginning can be in', async () => {
    const {engine, fetched, files} = engineFor();
    await engine.search({query: 'kaavoitu', partial: true, limit: 1});
    const shards = fetched.filter((url) => url.includes('/t/'));
    const all = [...files.keys()].filter((url) => url.includes('/t/'));
    // The word's shard, its exact-form shard, and at most its own prefixes'.
    assert.ok(shards.length <= 4, shards.join(', '));
    assert.ok(
      shards.every((url) => /\/t\/(=?ka)/.test(url)),
      shards.join(', '),
    );
    assert.ok(all.length > 10);
  });
});
