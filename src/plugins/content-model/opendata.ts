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
  indicatorDataset,
  type ExportItem,
} from '../../model/opendata';
import {toCsv} from '../../model/aggregate';
import {indicatorCsvColumns, indicatorRows, type Indicator} from '../../model/indicators';
import type {Item} from '../../model/types';

export async function writeOpenData({
  outDir,
  siteUrl,
  baseUrl,
  items,
  indicators,
}: {
  outDir: string;
  siteUrl: string;
  baseUrl: string;
  /** Practices and case notes with their checked front matter. */
  items: readonly {item: Item; frontMatter: Record<string, unknown>}[];
  /** Indicators with their checked front matter. */
  indicators: readonly {indicator: Indicator; frontMatter: Record<string, unknown>}[];
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
  // The indicators: JSON like the others, CSV one figure or target a row.
  const indicatorItems = indicators.map(({indicator, frontMatter}) =>
    exportItem(indicatorDataset.fields, frontMatter, indicator.permalink, siteUrl, baseUrl),
  );
  await writeFile(
    path.join(dataDir, `${indicatorDataset.name}.json`),
    datasetJson(indicatorDataset, indicatorItems),
  );
  await writeFile(
    path.join(dataDir, `${indicatorDataset.name}.csv`),
    `\uFEFF${toCsv(
      indicatorCsvColumns,
      indicators.flatMap(({indicator}, index) =>
        indicatorRows(indicator, String(indicatorItems[index]!.url)),
      ),
    )}`,
  );
  await writeFile(
    path.join(dataDir, `${indicatorDataset.name}.schema.json`),
    `${JSON.stringify(datasetSchema(indicatorDataset, siteUrl, baseUrl), null, 2)}\n`,
  );
}
