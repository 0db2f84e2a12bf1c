import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {typeOfPath} from '../src/data/contentTypes';
import {noFilters} from '../src/model/facets';
import {finderExportColumns, finderExportRows} from '../src/model/finderExport';
import {
  chartSummary,
  formatValue,
  indicatorRows,
  indicatorTable,
  indicatorsOf,
  type Indicator,
} from '../src/model/indicators';
import {csvColumns, datasets} from '../src/model/opendata';
import {relatedPages} from '../src/model/related';
import {validateFrontMatter} from '../src/model/validate';

const source = {source: 'Lähde', url: 'https://www.example.fi/sivu', checked: '2026-12-01'};

const indicator: Indicator = {
  id: 'opas/mittarit/testi',
  permalink: '/opas/mittarit/testi',
  title: 'Päästöt',
  description: 'Kuvaus.',
  unit: 'kt CO₂e',
  definition: 'Määritelmä.',
  dataSource: 'Syke',
  dataSourceUrl: 'https://www.example.fi/syke',
  maintainer: 'Syke',
  frequency: 'Kerran vuodessa',
  values: [
    {municipality: 'akaa', year: 2018, value: 124.4, ...source},
    {municipality: 'palkane', year: 2018, value: 65.7, ...source},
    {municipality: 'palkane', year: 2021, value: 57.5, approximate: true, ...source},
  ],
  targets: [{municipality: 'palkane', year: 2030, value: 16.1, ...source}],
  sources: [{title: 'Lähde', url: 'https://www.example.fi/sivu', checked: '2026-12-01'}],
  example: false,
};

describe('indicator tables', () => {
  it('leave a year without a public figure empty, never filled in', () => {
    const table = indicatorTable(indicator);
    assert.deepEqual(table.years, [2018, 2021]);
    assert.deepEqual(
      table.rows.map((row) => [row.series, row.cells.map((cell) => cell?.value ?? null)]),
      [
        ['palkane', [65.7, 57.5]],
        ['akaa', [124.4, null]],
      ],
    );
    assert.deepEqual(table.missing, ['valkeakoski', 'urjala']);
  });

  it('give a target to its own municipality, and one without a municipality to every row', () => {
    const own = indicatorTable(indicator);
    assert.deepEqual(
      own.rows.map((row) => row.targets.length),
      [1, 0],
    );
    const shared = indicatorTable({...indicator, targets: [{year: 2030, value: -80, ...source}]});
    assert.deepEqual(
      shared.rows.map((row) => row.targets.length),
      [1, 1],
    );
  });

  it('name every figure and every gap in the chart summary, the Finnish way', () => {
    assert.equal(
      chartSummary(indicator, indicatorTable(indicator)),
      'Päästöt (kt CO₂e). Pälkäne: 2018 65,7, 2021 noin 57,5. Akaa: 2018 124,4, 2021 ei julkista lukua. tavoite Pälkäne 2030: 16,1.',
    );
    assert.equal(formatValue({value: -9, approximate: true}), 'noin −9');
  });

  it('show one municipality only, and find the indicators that concern it', () => {
    const table = indicatorTable(indicator, ['akaa']);
    assert.deepEqual(table.years, [2018]);
    assert.deepEqual(table.missing, []);
    assert.deepEqual(
      indicatorsOf([indicator], 'akaa').map((item) => item.id),
      ['opas/mittarit/testi'],
    );
    assert.deepEqual(indicatorsOf([indicator], 'urjala'), []);
  });

  it('export one CSV row per figure and per target, with its own source', () => {
    const rows = indicatorRows(indicator, 'https://opas.example.fi/opas/mittarit/testi');
    assert.deepEqual(
      rows.map((row) => `${row.kind} ${row.municipality} ${row.year} ${row.value}`),
      [
        'arvo akaa 2018 124.4',
        'arvo palkane 2018 65.7',
        'arvo palkane 2021 57.5',
        'tavoite palkane 2030 16.1',
      ],
    );
    assert.ok(rows.every((row) => row.sourceUrl === source.url && row.checked === source.checked));
  });
});

describe('indicator files', () => {
  const file = 'docs/mittarit/testi.md';
  const frontMatter = {
    title: 'Päästöt',
    description: 'Kuvaus.',
    unit: 'kt CO₂e',
    definition: 'Määritelmä.',
    dataSource: 'Syke',
    dataSourceUrl: 'https://www.example.fi/syke',
    maintainer: 'Syke',
    frequency: 'Kerran vuodessa',
    sources: [{title: 'Lähde', url: 'https://www.example.fi/sivu', checked: '2026-12-01'}],
  };

  it('live in docs/mittarit/', () => {
    assert.equal(typeOfPath(file), 'mittari');
    assert.equal(typeOfPath('docs/mittarit/index.md'), 'luku');
  });

  it('pass with figures, each with its source', () => {
    const {problems, value} = validateFrontMatter(file, 'mittari', {
      ...frontMatter,
      values: [{municipality: 'akaa', year: 2018, value: 124.4, ...source}],
    });
    assert.deepEqual(problems, []);
    assert.deepEqual(value.values, [{municipality: 'akaa', year: 2018, value: 124.4, ...source}]);
  });

  it('refuse a decimal comma, a year out of range, a missing source and a second figure for the same year, in Finnish', () => {
    const {problems} = validateFrontMatter(file, 'mittari', {
      ...frontMatter,
      values: [
        {municipality: 'akaa', year: 2018, value: '124,4', ...source},
        {municipality: 'akaa', year: 1890, value: 1, ...source},
        {municipality: 'urjala', year: 2020, value: -29, source: 'Lähde', checked: '2026-12-01'},
      ],
    });
    assert.deepEqual(problems, [
      'docs/mittarit/testi.md: kenttä "values", kohta 1, "value": "124,4" ei kelpaa; odotetaan lukua, desimaalit pisteellä (esimerkiksi 124.4)',
      'docs/mittarit/testi.md: kenttä "values", kohta 2, "year": 1890 ei kelpaa; odotetaan kokonaislukua väliltä 1990–2100',
      'docs/mittarit/testi.md: kenttä "values", kohta 3, "url" puuttuu; odotetaan verkko-osoitetta, joka alkaa https:// tai http://',
    ]);
    const twice = validateFrontMatter(file, 'mittari', {
      ...frontMatter,
      values: [
        {municipality: 'akaa', year: 2018, value: 124.4, ...source},
        {municipality: 'akaa', year: 2018, value: 120, ...source},
      ],
    });
    assert.deepEqual(twice.problems, [
      'docs/mittarit/testi.md: kenttä "values", kohta 2: Akaa 2018 on jo kohdassa 1; yhdellä kunnalla on yksi luku vuotta kohden',
    ]);
  });

  it('need at least one figure', () => {
    const {problems} = validateFrontMatter(file, 'mittari', {...frontMatter, values: []});
    assert.equal(problems.length, 1);
    assert.match(problems[0]!, /kenttä "values"/);
  });
});

describe('related pages', () => {
  const page = (
    permalink: string,
    type: 'luku' | 'kaytanto' | 'tapaus',
    themes: string[],
    actors: string[] = [],
  ) => ({permalink, title: permalink, type, themes, actors});

  it('link a practice to case notes and chapters sharing a theme or actor group, best first', () => {
    const related = relatedPages([
      page('/k', 'kaytanto', ['energia', 'johtaminen'], ['kunta']),
      page('/t1', 'tapaus', ['energia']),
      page('/t2', 'tapaus', ['energia', 'johtaminen']),
      page('/t3', 'tapaus', ['liikkuminen'], ['kunta']),
      page('/t4', 'tapaus', ['osallisuus']),
      page('/l', 'luku', ['johtaminen']),
      page('/k2', 'kaytanto', ['energia']),
    ]);
    assert.deepEqual(
      related['/k']!.map((link) => link.permalink),
      ['/t2', '/t1', '/t3', '/l'],
    );
    assert.ok(!related['/k']!.some((link) => link.type === 'kaytanto'), 'other types only');
    assert.equal(related['/t4'], undefined, 'nothing shared, nothing listed');
  });
});

describe('the finder export', () => {
  it('has the type and every column of both open data files', () => {
    const columns = finderExportColumns();
    assert.equal(columns[0], 'type');
    for (const dataset of datasets) {
      for (const column of csvColumns(dataset)) assert.ok(columns.includes(column), column);
    }
  });

  it('takes the open data rows that pass the filters, in title order', () => {
    const rows = finderExportRows(
      {...noFilters(), kunta: ['akaa']},
      {
        kaytanto: [
          {
            id: 'opas/kaytannot/a',
            url: 'u',
            title: 'Ö-käytäntö',
            municipalities: ['akaa', 'urjala'],
            sources: [{title: 'L', url: 'https://l.fi'}],
          },
          {id: 'opas/kaytannot/z', url: 'u', title: 'Z', municipalities: ['urjala']},
        ],
        tapaus: [
          {id: 'kunnat/akaa/b', url: 'u', title: 'B', municipality: 'akaa'},
          {id: 'kunnat/palkane/c', url: 'u', title: 'C', municipality: 'palkane'},
        ],
      },
    );
    assert.deepEqual(
      rows.map((row) => [row.type, row.id]),
      [
        ['tapaus', 'kunnat/akaa/b'],
        ['kaytanto', 'opas/kaytannot/a'],
      ],
    );
    assert.deepEqual(rows[1]!.sources, ['L <https://l.fi>']);
  });

  it('reads the type filter from the row’s own type', () => {
    const openData = {
      kaytanto: [{id: 'opas/kaytannot/a', url: 'u', title: 'A'}],
      tapaus: [{id: 'kunnat/akaa/b', url: 'u', title: 'B', municipality: 'akaa'}],
    };
    const rows = finderExportRows({...noFilters(), tyyppi: ['kaytanto']}, openData);
    assert.deepEqual(
      rows.map((row) => row.id),
      ['opas/kaytannot/a'],
    );
  });
});
