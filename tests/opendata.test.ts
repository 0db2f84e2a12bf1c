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
  sources: [{title: 'Akaa', url: 'https://www.akaa.fi/'}],
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
      sources: [{title: 'Akaa', url: 'https://www.akaa.fi/'}],
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
      'kunnat/akaa/testi,https://opas.example.fi/kunnat/akaa/testi,"Testi, ""lainaus""",Kuvaus.,Akaa <https://www.akaa.fi/>,false,akaa,energia; johtaminen,,valmis,2021-05-01,,Tehty (2022-11-30); Tekemättä,Akaan kaupunki,"Ilmastoasiantuntija, Akaan kaupunki",2023-01-30',
    );
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
