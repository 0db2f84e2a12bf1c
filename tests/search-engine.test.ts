import assert from 'node:assert/strict';
import {before, describe, it} from 'node:test';

import {buildIndex, extractSections, type PageInput} from '../src/plugins/search/indexer';
import {openMorphology, type Morphology} from '../src/plugins/search/morphology';
import {SearchEngine} from '../src/plugins/search/shared/engine';
import {canonical} from '../src/plugins/search/shared/analysis';
import {
  exactTerm,
  shardFor,
  shardsWithPrefix,
  type IndexBase,
} from '../src/plugins/search/shared/format';
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

/**
 * Small shards in small groups, so that the tests see queries fetch some
 * shards and groups and not others, and prefixes run across groups.
 */
const SHARD_TARGET = 120;
const SHARD_GROUP = 3;

async function engineFor(input = pages, morphology?: Morphology) {
  const {files} = await buildIndex(input, {
    shardTarget: SHARD_TARGET,
    shardGroup: SHARD_GROUP,
    morphology,
  });
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

  it('reads only the article, but takes the title from outside it when the article has no h1', () => {
    const around = '<nav><a href="/x">Valikko sivupalkissa</a></nav>';
    const page = (h1: string, inside: string) =>
      `<html><head><title>Otsikkorivi | Opas</title></head><body>${around}${h1}` +
      `<article>${inside}<p>Teksti kunnasta.</p></article>${around}</body></html>`;
    const own = extractSections('/a', page('', '<h1>Oma otsikko</h1>'));
    assert.equal(own[0]!.title, 'Oma otsikko');
    assert.equal(own[0]!.text, 'Teksti kunnasta.');
    // The h1 before the article is the title, as when the whole page is read.
    const outside = extractSections('/b', page('<h1>Ulkona</h1>', ''));
    assert.equal(outside[0]!.title, 'Ulkona');
    assert.equal(outside[0]!.text, 'Teksti kunnasta.');
    const none = extractSections('/c', page('', ''));
    assert.equal(none[0]!.title, 'Otsikkorivi | Opas');
  });
});

describe('term shards', () => {
  it('each term is found in its shard through its group in index.json, and prefixes in theirs', async () => {
    const {files} = await buildIndex(pages, {shardTarget: SHARD_TARGET, shardGroup: SHARD_GROUP});
    const base = JSON.parse(files.get('/search/index.json')!) as IndexBase;
    const json = (file: string) => JSON.parse(files.get(`${base.dir}/${file}`)!) as unknown;
    const directories = base.groups.map((_, g) => json(`d/${g}.json`) as string[]);
    assert.ok(base.groups.length > 2, `${base.groups.length} groups`);
    // Each group's file lists its shards' starts; the first is the group's.
    directories.forEach((starts, g) => {
      assert.equal(starts[0], base.groups[g]);
      assert.ok(starts.length <= base.group);
    });
    const allStarts = directories.flat();
    assert.equal(allStarts.length, base.shardCount);
    assert.equal(files.has(`${base.dir}/t/${base.shardCount}.json`), false);
    const shards = allStarts.map((_, n) => json(`t/${n}.json`) as Record<string, number[]>);
    /** A term's shard as the engine finds it: its group, then the group's starts. */
    const shardOf = (term: string) => {
      const g = shardFor(term, base.groups)!;
      return g * base.group + shardFor(term, directories[g]!)!;
    };
    /** The shards of a prefix as the engine finds them: groups, then their shards. */
    const prefixShards = (prefix: string) =>
      shardsWithPrefix(prefix, base.groups).flatMap((g) =>
        shardsWithPrefix(prefix, directories[g]!).map((n) => g * base.group + n),
      );
    shards.forEach((shard, n) => {
      for (const term of Object.keys(shard)) {
        assert.equal(shardOf(term), n, term);
        // Every shard that holds a term with the term's first three letters is named.
        const prefix = term.slice(0, 3);
        const named = prefixShards(prefix);
        shards.forEach((other, m) => {
          if (Object.keys(other).some((t) => t.startsWith(prefix)))
            assert.ok(named.includes(m), `${prefix}: shard ${m} of ${named.join(', ')}`);
        });
      }
    });
    // A start is the shortest beginning that tells its shard from the one before.
    allStarts.forEach((start, n) => {
      if (n === 0) return;
      const previous = Object.keys(shards[n - 1]!)
        .sort()
        .at(-1)!;
      assert.ok(start > previous && !(start.slice(0, -1) > previous), `${previous} < ${start}`);
    });
  });

  it('terms are in order across shards; postings are gaps between the sections a word is in', async () => {
    // One section per page, so that a page's number is its section's.
    const where = [0, 12, 135];
    const many: PageInput[] = Array.from({length: 150}, (_, n) => ({
      path: `/opas/sivu-${n}`,
      facets: facets(),
      html: html(`Sivu ${n}`, [], where.includes(n) ? 'Ympäristöön kävelyä' : `Teksti ${n}`),
    }));
    const {files, base} = await buildIndex(many, {shardTarget: 300});
    const terms: [string, number[]][] = [];
    // Read as written: JSON.parse would put number-like terms (2026) first.
    for (let n = 0; n < base.shardCount; n += 1) {
      const shard = files.get(`${base.dir}/t/${n}.json`)!;
      JSON.parse(shard);
      for (const [, term, list] of shard.matchAll(/"([^"]+)":\[([^\]]*)\]/g))
        terms.push([term!, list!.split(',').map(Number)]);
    }
    const names = terms.map(([term]) => term);
    assert.deepEqual(names, [...names].sort());
    assert.equal(new Set(names).size, names.length);
    const gaps = [0, 12, 123];
    const exact = terms.filter(([term]) => term.endsWith('=kävelyä'));
    assert.equal(exact.length, 1);
    assert.deepEqual(exact[0]![1], gaps);
    // The word's key: the same sections, each with a score.
    const key = terms.find(([term]) => term === exact[0]![0].split('=')[0])!;
    assert.deepEqual(
      key[1].filter((_, k) => k % 2 === 0),
      gaps,
    );
    assert.ok(key[1].every((value, k) => k % 2 === 0 || (Number.isInteger(value) && value >= 1)));
  });

  it("a shard ends at the first term that takes its JSON past the target, after its keys' forms", async () => {
    const target = 400;
    const {files, base} = await buildIndex(pages, {shardTarget: target});
    const shards = Array.from({length: base.shardCount}, (_, n) =>
      Object.entries(JSON.parse(files.get(`${base.dir}/t/${n}.json`)!) as Record<string, number[]>),
    );
    const json = (terms: [string, number[]][]) =>
      `{${terms.map(([term, list]) => `${JSON.stringify(term)}:${JSON.stringify(list)}`).join(',')}}`;
    let closedEarly = 0;
    shards.forEach((terms, n) => {
      if (n === shards.length - 1) return;
      assert.ok(json(terms).length >= target, `shard ${n}: ${json(terms).length}`);
      // The forms (`key=form`) of the shard's own keys that end it came
      // after the target was passed; before the term ahead of them, it was not.
      const keys = new Set(terms.map(([term]) => term).filter((term) => !term.includes('=')));
      let end = terms.length;
      while (end > 1 && keys.has(terms[end - 1]![0].split('=')[0]!)) {
        if (!terms[end - 1]![0].includes('=')) break;
        end -= 1;
      }
      if (end < terms.length) closedEarly += 1;
      assert.ok(json(terms.slice(0, end - 1)).length <= target, `shard ${n}`);
      // The next shard does not begin with a form of a key of this one.
      const next = shards[n + 1]![0]![0];
      assert.ok(!(next.includes('=') && keys.has(next.split('=')[0]!)), `shard ${n + 1}: ${next}`);
    });
    assert.ok(closedEarly > 0, 'some shard went on past the target for its forms');
  });

  it("keeps every exact form in its key's shard, however small the shards", async () => {
    const {files, base} = await buildIndex(pages, {shardTarget: 1});
    const shardOf = new Map<string, number>();
    for (let n = 0; n < base.shardCount; n += 1) {
      for (const term of Object.keys(JSON.parse(files.get(`${base.dir}/t/${n}.json`)!) as object))
        shardOf.set(term, n);
    }
    let forms = 0;
    for (const [term, n] of shardOf) {
      const key = term.split('=')[0]!;
      if (key === term || !shardOf.has(key)) continue;
      forms += 1;
      assert.equal(n, shardOf.get(key), term);
    }
    assert.ok(forms > 10, `${forms} forms`);
    // Without forms to keep, each key is a shard of its own.
    const keysAlone = [...shardOf.keys()].filter((term) => !term.includes('='));
    assert.ok(base.shardCount >= keysAlone.length, `${base.shardCount} shards`);
  });
});

describe('finding Finnish words in any form (without Voikko)', () => {
  let engine: SearchEngine;
  before(async () => {
    ({engine} = await engineFor());
  });
  const probes: [string, string][] = [
    ['kaavoitus', '/opas/kaavoitus'],
    ['ilmastojohtaminen', '/opas/johtaminen'],
    ['maalämpö', '/kunnat/akaa/energia'],
    ['hiilinielu', '/opas/johtaminen'],
    ['aurinkopaneeli', '/kunnat/akaa/energia'],
    ['pyörätie', '/opas/kaavoitus'],
    // johtaminen and tavoite occur here only inside compounds: without
    // Voikko that needs the part as a word of the corpus (see "with Voikko").
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
  let engine: SearchEngine;
  before(async () => {
    ({engine} = await engineFor());
  });

  it('a page about the word (title, heading) ranks above a passing mention', async () => {
    const response = await engine.search({query: 'kaavoitus'});
    assert.deepEqual(paths(response).slice(0, 2), ['/opas/kaavoitus', '/kunnat/akaa/energia']);
  });

  it('the exact form ranks above a derived one, all else equal', async () => {
    const twins = (
      await engineFor([
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
      ])
    ).engine;
    assert.deepEqual(paths(await twins.search({query: 'pyöräilyyn'})), ['/a', '/b']);
    assert.deepEqual(paths(await twins.search({query: 'pyöräilyä'})), ['/b', '/a']);
  });

  it('a rare word weighs more than a common one', async () => {
    const rare = (
      await engineFor([
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
        {
          path: '/c',
          facets: facets(),
          html: html('Sivu C', [['Osio', 'o', 'Kunta ja kunta.']]),
        },
      ])
    ).engine;
    assert.equal(paths(await rare.search({query: 'kunta geoterminen'}))[0], '/b');
  });

  it('pages with every word come before pages with some', async () => {
    const response = await engine.search({query: 'kaavoitus akaa'});
    assert.equal(response.results[0]!.path, '/kunnat/akaa/energia');
  });
});

describe('search as you type', () => {
  let engine: SearchEngine;
  before(async () => {
    ({engine} = await engineFor());
  });

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
  let engine: SearchEngine;
  before(async () => {
    ({engine} = await engineFor());
  });

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

  it('keeps facets by name in the index, as Pagefind keeps named filters', async () => {
    const {base, files} = await buildIndex(pages);
    const filters = JSON.parse(files.get(`${base.dir}/f.json`)!) as Record<
      string,
      Record<string, number[]>
    >;
    assert.deepEqual(base.types, '0303');
    assert.deepEqual(filters.kunta, {akaa: [1], urjala: [3]});
    assert.deepEqual(filters.toimija, {asukkaat: [3]});
    assert.deepEqual(filters.tyyppi, {luku: [0, 2], tapaus: [1, 3]});
  });
});

describe('anything typed gives results or a clear status', () => {
  let engine: SearchEngine;
  before(async () => {
    ({engine} = await engineFor());
  });
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
    const {engine, fetched, files} = await engineFor();
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

  it('the navbar box (no facets) fetches no filters; the search page does', async () => {
    const {engine, fetched} = await engineFor();
    const navbar = await engine.search({query: 'kaavoitus', partial: true, facets: false});
    assert.ok(navbar.total > 0);
    assert.equal(navbar.results[0]!.type, 'luku');
    assert.ok(!fetched.some((url) => url.endsWith('/f.json')), fetched.join(', '));
    const page = await engine.search({query: 'kaavoitus'});
    assert.ok(fetched.some((url) => url.endsWith('/f.json')));
    assert.equal(page.facets.tyyppi.luku, 1);
  });

  it('a word being typed fetches only the shards its beginning can be in', async () => {
    const {engine, fetched, files} = await engineFor();
    await engine.search({query: 'kaavoitu', partial: true, limit: 1});
    const shards = fetched.filter((url) => url.includes('/t/'));
    const all = [...files.keys()].filter((url) => url.includes('/t/'));
    // The word's shard, its exact-form shard, and the run of shards its
    // beginning spans: a few of many.
    assert.ok(shards.length <= 4, shards.join(', '));
    assert.ok(all.length > 10, `${all.length} shards`);
  });
});

describe('compound query words split against the index', () => {
  const heat: PageInput[] = [
    {
      path: '/lampo',
      facets: facets(),
      html: html('Lämmitys', [['Osio', 'o', 'Maalämmön ja ilmalämmön pumppu vaihdettiin.']]),
    },
    {
      path: '/muu',
      facets: facets(),
      html: html('Muu', [['Osio', 'o', 'Pumppu hajosi, ja maata kaivettiin.']]),
    },
  ];

  it('maalämpöpumppu finds the page with maalämmön and pumppu, without Voikko', async () => {
    const {engine} = await engineFor(heat);
    const response = await engine.search({query: 'maalämpöpumppu'});
    assert.equal(paths(response)[0], '/lampo');
    assert.ok(response.results[0]!.marks.includes('Maalämmön'));
  });

  it('a word the index knows as a whole is not split', async () => {
    const {engine} = await engineFor(heat);
    // "pumppu" is a key of its own; it must not become pu + mppu.
    const response = await engine.search({query: 'pumppu'});
    assert.deepEqual(paths(response).sort(), ['/lampo', '/muu']);
  });

  it('a nonsense compound of no index keys finds nothing', async () => {
    const {engine} = await engineFor(heat);
    assert.equal((await engine.search({query: 'vörkkelöhässäkkä'})).total, 0);
  });
});

describe('multiword queries', () => {
  const spread: PageInput[] = [
    {
      path: '/hajalla',
      facets: facets(),
      html: html('Hajalla', [
        ['Yksi', 'yksi', 'Kunnanhallitus käsitteli talousarviota monta kertaa kevään aikana.'],
        ['Kaksi', 'kaksi', 'Ilmastotavoitteet mainittiin, ja ilmastotavoitteista puhuttiin.'],
      ]),
    },
    {
      path: '/yhdessa',
      facets: facets(),
      html: html('Yhdessä', [
        ['Osio', 'o', 'Talousarvioon kirjattiin ilmastotavoitteen mittarit ja niiden seuranta.'],
      ]),
    },
    {
      path: '/osa',
      facets: facets(),
      html: html('Osa', [['Osio', 'o', 'Talousarvio talousarvio talousarvio, ei muuta.']]),
    },
  ];

  it('a section holding every word ranks above words spread over a page, and above some', async () => {
    const {engine} = await engineFor(spread);
    const response = await engine.search({query: 'talousarvio ja ilmastotavoite'});
    assert.deepEqual(paths(response).slice(0, 2), ['/yhdessa', '/hajalla']);
  });
});

describe('with Voikko', () => {
  let voikko: Morphology | undefined;
  before(() => {
    voikko = openMorphology({env: {}});
    assert.ok(voikko, 'Voikko is not installed: run bash scripts/ensure-voikko.sh');
  });
  // Compounds beginning with "energia", enough to run over several shards,
  // and the word alone on one page.
  const tails = ['tehokkuus', 'remontti', 'neuvonta', 'katselmus', 'kulutus', 'lähde', 'muoto'];
  const energy: PageInput[] = [
    ...tails.map((tail, n) => ({
      path: `/kunnat/akaa/energia-${n}`,
      facets: facets({tyyppi: ['tapaus']}),
      html: html(`Sivu ${n}`, [], `Kunnan energia${tail} parani.`),
    })),
    {path: '/opas/energia', facets: facets(), html: html('Luku', [], 'Energia on tärkeä.')},
  ];
  const word = 'energia';
  /** The shard files holding the word's key or form, and those holding terms that begin with it. */
  const shardsOf = (files: Map<string, string>) => {
    const key = canonical(word);
    const shardFiles = [...files.keys()].filter((url) => url.includes('/t/'));
    const holding = (test: (term: string) => boolean) =>
      shardFiles.filter((url) => Object.keys(JSON.parse(files.get(url)!) as object).some(test));
    return {
      own: holding((term) => term === key || term === exactTerm(key, word)),
      beginning: holding((term) => !term.includes('=') && term.startsWith(word)),
    };
  };

  it('a whole word is completed only from its own shards: its compounds are found through their parts', async () => {
    const {engine, fetched, files} = await engineFor(energy, voikko);
    const {own, beginning} = shardsOf(files);
    // Terms beginning with the word lie in more shards than its own.
    assert.ok(
      beginning.some((url) => !own.includes(url)),
      beginning.join(', '),
    );
    const response = await engine.search({query: word, partial: true});
    assert.equal(response.total, energy.length);
    const shards = fetched.filter((url) => url.includes('/t/'));
    assert.deepEqual([...new Set(shards)].sort(), [...own].sort());
    // Half typed, the word is completed from the shards its beginning spans.
    const {engine: fresh, fetched: typing} = await engineFor(energy, voikko);
    await fresh.search({query: 'energ', partial: true, limit: 1});
    const typed = new Set(typing.filter((url) => url.includes('/t/')));
    assert.ok(
      beginning.every((url) => typed.has(url)),
      [...typed].join(', '),
    );
  });

  it("without Voikko's parts in the index, a whole word is completed from every shard its beginning spans", async () => {
    const {engine, fetched, files} = await engineFor(energy);
    const {beginning} = shardsOf(files);
    const response = await engine.search({query: word, partial: true});
    assert.equal(response.total, energy.length);
    const shards = new Set(fetched.filter((url) => url.includes('/t/')));
    assert.ok(
      beginning.every((url) => shards.has(url)),
      [...shards].join(', '),
    );
  });

  const report: PageInput[] = [
    {
      path: '/vuosi',
      facets: facets(),
      html: html('Raportit', [
        ['Osio', 'o', 'Kunnan ilmastovuosikertomuksen laatii ympäristönsuojelu.'],
        ['Toinen', 't', 'Saavutettavuuskantelun voi tehdä valvontaviranomaiselle.'],
      ]),
    },
    {
      path: '/muu',
      facets: facets(),
      html: html('Muu', [['Osio', 'o', 'Kunta kertoo asukkaille, mitä tehdään.']]),
    },
  ];

  it('finds a word that occurs only inside compounds, as head or tail, in any form', async () => {
    const {engine} = await engineFor(report, voikko);
    for (const query of ['kertomus', 'kertomuksia', 'vuosikertomus', 'kantelu', 'saavutettavuus']) {
      const response = await engine.search({query});
      assert.equal(paths(response)[0], '/vuosi', `${query}: ${paths(response).join(', ')}`);
    }
  });

  it('without Voikko the same index cannot find them (the difference is Voikko’s)', async () => {
    const {engine} = await engineFor(report);
    assert.equal((await engine.search({query: 'kertomus'})).total, 0);
    assert.equal((await engine.search({query: 'kantelu'})).total, 0);
  });

  it('every probe is still found, and nonsense still finds nothing', async () => {
    const {engine} = await engineFor(pages, voikko);
    for (const [query, target] of [
      ['kaavoitus', '/opas/kaavoitus'],
      ['johtaminen', '/opas/johtaminen'],
      ['ilmastojohtaminen', '/opas/johtaminen'],
      ['maalämpö', '/kunnat/akaa/energia'],
      ['hiilinielu', '/opas/johtaminen'],
      ['aurinkopaneeli', '/kunnat/akaa/energia'],
      ['pyörätie', '/opas/kaavoitus'],
      ['tavoite', '/opas/johtaminen'],
    ]) {
      const response = await engine.search({query: query!});
      assert.ok(paths(response).includes(target!), `${query}: ${paths(response).join(', ')}`);
    }
    assert.equal((await engine.search({query: 'xyzzyq'})).total, 0);
  });
});
