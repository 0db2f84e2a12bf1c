import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

import {validateFrontMatter} from '../src/model/validate';
import {
  csvColumns,
  datasetCsv,
  datasetJson,
  datasets,
  datasetSchema,
  exportItem,
} from '../src/model/opendata';

const siteUrl = 'https://opas.example.fi';
const [caseNotes, practices] = datasets as [(typeof datasets)[number], (typeof datasets)[number]];

/** A small fixture: one case note, checked the way the build checks it. */
const {value: frontMatter, problems} = validateFrontMatter('kunnat/akaa/testi.md', 'tapaus', {
  title: 'Testi, "lainaus"',
  description: 'Kuvaus.',
  municipality: 'akaa',
  themes: ['energia', 'johtaminen'],
  phase: 'valmis',
  start: new Date('2021-05-01T00:00:00Z'),
  tasks: [{title: 'Tehty', done: '2022-11-30'}, {title: 'Tekemättä'}],
  responsible: ['Akaan kaupunki'],
  contacts: [{role: 'Ilmastoasiantuntija', organisation: 'Akaan kaupunki'}],
  updated: '2023-01-30',
  sources: [
    {
      title: 'Akaa',
      url: 'https://ilmastovahti.akaa.fi/actions/27',
      checked: new Date('2026-12-01'),
    },
  ],
  sidebar_position: 2,
});
const item = exportItem(caseNotes.fields, frontMatter, '/kunnat/akaa/testi', siteUrl);

function validator(dataset: (typeof datasets)[number]) {
  const ajv = new Ajv2020({allErrors: true, strict: true});
  addFormats(ajv);
  return ajv.compile(datasetSchema(dataset, siteUrl));
}

describe('open data', () => {
  it('the fixture is valid content', () => {
    assert.deepEqual(problems, []);
  });

  it('an exported item has id, url and the checked fields, not Docusaurus’ own', () => {
    assert.deepEqual(item, {
      id: 'kunnat/akaa/testi',
      url: 'https://opas.example.fi/kunnat/akaa/testi',
      title: 'Testi, "lainaus"',
      description: 'Kuvaus.',
      sources: [
        {title: 'Akaa', url: 'https://ilmastovahti.akaa.fi/actions/27', checked: '2026-12-01'},
      ],
      municipality: 'akaa',
      themes: ['energia', 'johtaminen'],
      phase: 'valmis',
      start: '2021-05-01',
      tasks: [{title: 'Tehty', done: '2022-11-30'}, {title: 'Tekemättä'}],
      responsible: ['Akaan kaupunki'],
      contacts: [{role: 'Ilmastoasiantuntija', organisation: 'Akaan kaupunki'}],
      updated: '2023-01-30',
      example: false,
    });
  });

  it('the JSON file validates against its schema', () => {
    const validate = validator(caseNotes);
    const json = JSON.parse(datasetJson(caseNotes, [item]));
    assert.ok(validate(json), JSON.stringify(validate.errors));
  });

  it('the schema rejects what the content model rejects', () => {
    const validate = validator(caseNotes);
    for (const bad of [
      {...item, municipality: 'Akka'},
      {...item, updated: '30.1.2023'},
      {...item, themes: []},
      {...item, tasks: [{done: '2022-01-01'}]},
      {...item, unknown: 1},
      {...item, sources: [{title: 'Akaa', url: 'https://ilmastovahti.akaa.fi/actions/27'}]},
      {...item, sources: [{title: 'Akaa', url: 'https://www.akaa.fi/', checked: '2026-12-01'}]},
      {
        ...item,
        sources: [
          {title: 'Akaa', url: 'https://ilmastovahti.akaa.fi/actions/27', checked: '1.12.2026'},
        ],
      },
    ]) {
      assert.equal(validate({items: [bad]}), false, JSON.stringify(bad));
    }
  });

  it('the CSV has one row per item with lists joined', () => {
    const csv = datasetCsv(caseNotes, [item]);
    const [header, row, end] = csv.split('\r\n');
    assert.equal(header, csvColumns(caseNotes).join(','));
    assert.equal(end, '');
    assert.equal(
      row,
      'kunnat/akaa/testi,https://opas.example.fi/kunnat/akaa/testi,"Testi, ""lainaus""",Kuvaus.,Akaa <https://ilmastovahti.akaa.fi/actions/27> (tarkistettu 2026-12-01),false,akaa,energia; johtaminen,,valmis,2021-05-01,,Tehty (2022-11-30); Tekemättä,Akaan kaupunki,"Ilmastoasiantuntija, Akaan kaupunki",2023-01-30,,,,,',
    );
  });

  it('marks example items: the example field and column are always there, true for examples', () => {
    const example = exportItem(
      caseNotes.fields,
      {...frontMatter, example: true},
      '/kunnat/akaa/esimerkki',
      siteUrl,
    );
    assert.equal(example.example, true);
    assert.equal(item.example, false);
    const validate = validator(caseNotes);
    assert.ok(validate(JSON.parse(datasetJson(caseNotes, [item, example]))));
    const withoutFlag: Record<string, unknown> = {...item};
    delete withoutFlag.example;
    assert.equal(validate({items: [withoutFlag]}), false, 'the schema requires the example field');
    // CSV cells, with quoted cells (commas inside) kept whole.
    const cells = (row: string) =>
      [...row.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((match) => match[1]!);
    const [header, real, made] = datasetCsv(caseNotes, [item, example]).split('\r\n');
    const column = cells(header!).indexOf('example');
    assert.ok(column > 0);
    assert.equal(cells(real!)[column], 'false');
    assert.equal(cells(made!)[column], 'true');
    for (const dataset of [caseNotes, practices]) {
      assert.ok(csvColumns(dataset).includes('example'), dataset.name);
    }
  });

  it('every dataset schema is valid JSON Schema and names every field', () => {
    for (const dataset of [caseNotes, practices]) {
      const schema = datasetSchema(dataset, siteUrl) as {
        properties: {items: {items: {properties: Record<string, unknown>}}};
      };
      assert.deepEqual(Object.keys(schema.properties.items.items.properties), csvColumns(dataset));
      validator(dataset);
    }
  });
});
