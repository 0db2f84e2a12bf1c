/**
 * Open data: the case notes and good practices as JSON and CSV rows, and a
 * JSON Schema for each file, all generated from the content model's field
 * specs, so that the exports cannot drift from what the build validates.
 */

import {
  caseNoteFields,
  indicatorFields,
  practiceFields,
  type ContentTypeKey,
} from '../data/contentTypes';
import type {FieldSpecs} from '../data/fields';
import {csvLines, toCsv} from './aggregate';
import {columnsOf, csvRow} from './csvRows';
import {objectSchema} from './fieldKinds';

/** One exported file's definition. */
export interface Dataset {
  /** File name without extension under `/data/`. */
  name: 'tapaukset' | 'kaytannot' | 'mittarit';
  /** The content type whose pages the dataset holds. */
  type: ContentTypeKey;
  /** Finnish title of the dataset. */
  title: string;
  /** What one item is. */
  description: string;
  /** The front matter fields exported for each item. */
  fields: FieldSpecs;
}

export const datasets: readonly Dataset[] = [
  {
    name: 'tapaukset',
    type: 'tapaus',
    title: 'Kuntien esimerkit',
    description:
      'Jokainen oppaan kuntaesimerkki (ilmastotoimenpide): vaihe, tehtävät, vastuut ja lähteet.',
    fields: caseNoteFields,
  },
  {
    name: 'kaytannot',
    type: 'kaytanto',
    title: 'Hyvät käytännöt',
    description:
      'Jokainen oppaan hyvä käytäntö: teemat, toimijat, työmäärä, kustannusluokka ja lähteet.',
    fields: practiceFields,
  },
];

/**
 * The indicators. Its JSON has the same shape as the other datasets (one
 * item per indicator page); its CSV is long, one figure or target a row
 * (`indicatorCsvColumns` in `indicators.ts`), since an indicator's figures
 * do not fit one row.
 */
export const indicatorDataset: Dataset = {
  name: 'mittarit',
  type: 'mittari',
  title: 'Mittarit',
  description:
    'Jokainen oppaan mittari: määritelmä, yksikkö, tietolähde, tavoitteet ja julkiset luvut vuosittain ja kunnittain, kukin lähteineen.',
  fields: indicatorFields,
};

/** An exported item: id and address, then the checked front matter. */
export type ExportItem = {id: string; url: string} & Record<string, unknown>;

/**
 * An item for export: `id` is the page's path below the site's base (stable
 * as long as the page keeps its address), `url` the page's full address.
 */
export function exportItem(
  fields: FieldSpecs,
  frontMatter: Record<string, unknown>,
  permalink: string,
  siteUrl: string,
  baseUrl = '/',
): ExportItem {
  const item: ExportItem = {
    id: (permalink.startsWith(baseUrl) ? permalink.slice(baseUrl.length) : permalink).replace(
      /^\//,
      '',
    ),
    url: new URL(permalink, siteUrl).toString(),
  };
  for (const name of Object.keys(fields)) {
    if (frontMatter[name] !== undefined) item[name] = frontMatter[name];
  }
  if (item.example === undefined) item.example = false;
  return item;
}

/** CSV columns of a dataset: id, url and every field. */
export function csvColumns(dataset: Dataset): string[] {
  return columnsOf(dataset.fields);
}

/** A dataset as CSV: one row per item, lists joined with "; ". */
export function datasetCsv(dataset: Dataset, items: readonly ExportItem[]): string {
  return toCsv(csvColumns(dataset), items.map(csvRow));
}

/**
 * A dataset's CSV file piece by piece, for writing as a stream (see
 * `csvLines`): the same text as `datasetCsv`, after a byte-order mark.
 */
export function* datasetCsvLines(dataset: Dataset, items: Iterable<ExportItem>): Generator<string> {
  function* rows() {
    for (const item of items) yield csvRow(item);
  }
  yield* csvLines(csvColumns(dataset), rows());
}

/** The JSON Schema (draft 2020-12) of a dataset's JSON file. */
export function datasetSchema(
  dataset: Dataset,
  siteUrl: string,
  baseUrl = '/',
): Record<string, unknown> {
  const item = objectSchema(dataset.fields);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: new URL(`${baseUrl}data/${dataset.name}.schema.json`, siteUrl).toString(),
    title: dataset.title,
    description: dataset.description,
    type: 'object',
    additionalProperties: false,
    required: ['items'],
    properties: {
      $schema: {type: 'string'},
      items: {
        type: 'array',
        items: {
          ...item,
          required: ['id', 'url', ...item.required, 'example'],
          properties: {
            id: {title: 'Tunniste', description: 'Sivun polku sivuston sisällä.', type: 'string'},
            url: {title: 'Osoite', description: 'Sivun osoite.', type: 'string', format: 'uri'},
            ...item.properties,
          },
        },
      },
    },
  };
}

/** A dataset's JSON file. */
export function datasetJson(dataset: Dataset, items: readonly ExportItem[]): string {
  return [...datasetJsonLines(dataset, items)].join('');
}

/**
 * The JSON file piece by piece, for writing as a stream: the same text as
 * `JSON.stringify({$schema, items}, null, 2)`, one item at a time.
 */
export function* datasetJsonLines(
  dataset: Dataset,
  items: Iterable<ExportItem>,
): Generator<string> {
  const head = `{\n  "$schema": ${JSON.stringify(`./${dataset.name}.schema.json`)},\n  "items": [`;
  let first = true;
  for (const item of items) {
    const text = JSON.stringify(item, null, 2).replace(/\n/g, '\n    ');
    yield first ? `${head}\n    ${text}` : `,\n    ${text}`;
    first = false;
  }
  yield first ? `${head}]\n}\n` : '\n  ]\n}\n';
}
