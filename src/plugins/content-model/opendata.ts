/**
 * Writes the open data files (`/data/*.json`, `*.csv`, `*.schema.json`) into
 * the build. The practices' and case notes' files are written item by item
 * as a stream, so neither file is ever held whole in memory.
 */

import {once} from 'node:events';
import {createWriteStream} from 'node:fs';
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';

import {ROUTES} from '../../data/routes';
import {
  datasetCsvLines,
  datasetJson,
  datasetJsonLines,
  datasets,
  datasetSchema,
  exportItem,
  indicatorDataset,
  type ExportItem,
} from '../../model/opendata';
import {toCsv} from '../../model/aggregate';
import {indicatorCsvColumns, indicatorRows, type Indicator} from '../../model/indicators';
import type {Item} from '../../model/types';

/** Writes text to a file as it comes, waiting whenever the stream is full. */
async function writeLines(file: string, lines: Iterable<string>): Promise<void> {
  const stream = createWriteStream(file);
  const done = new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
  });
  for (const line of lines) {
    if (!stream.write(line)) await once(stream, 'drain');
  }
  stream.end();
  await done;
}

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
    const rows = function* (): Generator<ExportItem> {
      for (const {item, frontMatter} of items) {
        if (item.type !== dataset.type) continue;
        yield exportItem(dataset.fields, frontMatter, item.permalink, siteUrl, baseUrl);
      }
    };
    await writeLines(path.join(dataDir, `${dataset.name}.json`), datasetJsonLines(dataset, rows()));
    await writeLines(path.join(dataDir, `${dataset.name}.csv`), datasetCsvLines(dataset, rows()));
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
