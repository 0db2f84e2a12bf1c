/** Writes the open data files (`/data/*.json`, `*.csv`, `*.schema.json`) into the build. */

import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';

import {ROUTES} from '../../data/routes';
import {
  datasetCsv,
  datasetJson,
  datasets,
  datasetSchema,
  exportItem,
  type ExportItem,
} from '../../model/opendata';
import type {Item} from '../../model/types';

export async function writeOpenData({
  outDir,
  siteUrl,
  baseUrl,
  items,
}: {
  outDir: string;
  siteUrl: string;
  baseUrl: string;
  /** Practices and case notes with their checked front matter. */
  items: readonly {item: Item; frontMatter: Record<string, unknown>}[];
}): Promise<void> {
  const dataDir = path.join(outDir, ROUTES.data);
  await mkdir(dataDir, {recursive: true});
  for (const dataset of datasets) {
    const rows: ExportItem[] = items
      .filter(({item}) => item.type === dataset.type)
      .map(({item, frontMatter}) =>
        exportItem(dataset.fields, frontMatter, item.permalink, siteUrl, baseUrl),
      );
    await writeFile(path.join(dataDir, `${dataset.name}.json`), datasetJson(dataset, rows));
    // A byte-order mark, so that spreadsheet programs read ä and ö right.
    await writeFile(
      path.join(dataDir, `${dataset.name}.csv`),
      `\uFEFF${datasetCsv(dataset, rows)}`,
    );
    await writeFile(
      path.join(dataDir, `${dataset.name}.schema.json`),
      `${JSON.stringify(datasetSchema(dataset, siteUrl, baseUrl), null, 2)}\n`,
    );
  }
}
