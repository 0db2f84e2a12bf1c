/**
 * Indicators: their figures as tables, chart series, text and export rows.
 * Pure functions over the checked front matter, shared by the build (open
 * data) and the pages (chart and table), so that a figure on screen and in
 * the files is always the same figure. Nothing here computes a missing
 * value: a year or municipality without a public figure stays empty and is
 * said to be so.
 */

import type {IndicatorFrontMatter} from '../data/contentTypes';
import {municipalities, municipalityKeys, type MunicipalityKey} from '../data/municipalities';

/** An indicator as pages read it: its page address and its checked front matter. */
export interface Indicator {
  /** Page path below the site, e.g. `opas/mittarit/paastot`. */
  id: string;
  /** Page URL. */
  permalink: string;
  title: string;
  description: string;
  unit: string;
  definition: string;
  dataSource: string;
  dataSourceUrl: string;
  maintainer: string;
  frequency: string;
  values: NonNullable<IndicatorFrontMatter['values']>;
  targets: NonNullable<IndicatorFrontMatter['targets']>;
  sources: IndicatorFrontMatter['sources'];
  example: boolean;
}

export type IndicatorValue = Indicator['values'][number];
export type IndicatorTarget = Indicator['targets'][number];

/** A series key: a municipality, or `alue` for figures of the whole area. */
export type SeriesKey = MunicipalityKey | 'alue';

/** What a row of the table is about, in Finnish. */
export function seriesLabel(key: SeriesKey): string {
  return key === 'alue' ? 'Koko alue' : municipalities[key].label;
}

const seriesOf = (item: {municipality?: MunicipalityKey}): SeriesKey => item.municipality ?? 'alue';

/** An indicator from a page's checked front matter. */
export function indicatorFromFrontMatter(
  frontMatter: IndicatorFrontMatter,
  permalink: string,
  baseUrl = '/',
): Indicator {
  return {
    // As the open data's ids: the page's path below the site's base.
    id: (permalink.startsWith(baseUrl) ? permalink.slice(baseUrl.length) : permalink).replace(
      /^\//,
      '',
    ),
    permalink,
    title: frontMatter.title,
    description: frontMatter.description,
    unit: frontMatter.unit,
    definition: frontMatter.definition,
    dataSource: frontMatter.dataSource,
    dataSourceUrl: frontMatter.dataSourceUrl,
    maintainer: frontMatter.maintainer,
    frequency: frontMatter.frequency,
    values: frontMatter.values ?? [],
    targets: frontMatter.targets ?? [],
    sources: frontMatter.sources,
    example: frontMatter.example === true,
  };
}

/** A number the Finnish way: decimal comma, real minus sign, no thousands guess. */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat('fi-FI', {maximumFractionDigits: 3, useGrouping: true}).format(
    value,
  );
}

/** A value as a reader sees it: "noin −9". */
export function formatValue(value: {value: number; approximate?: boolean}): string {
  return `${value.approximate ? 'noin ' : ''}${formatNumber(value.value)}`;
}

/** The table of an indicator: its years and, per series, the figure of each year or nothing. */
export interface IndicatorTable {
  /** Years with at least one public figure, oldest first. */
  years: number[];
  rows: {
    series: SeriesKey;
    /** The figure of each year in `years`, or null where none is public. */
    cells: (IndicatorValue | null)[];
    /** The targets of this series (a target without a municipality belongs to every row). */
    targets: IndicatorTarget[];
  }[];
  /** Municipalities with no public figure at all for this indicator. */
  missing: MunicipalityKey[];
}

/**
 * The table of an indicator, optionally for some series only. Rows are the
 * municipalities with figures, in the content model's order, then the area.
 */
export function indicatorTable(
  indicator: Pick<Indicator, 'values' | 'targets'>,
  only?: readonly SeriesKey[],
): IndicatorTable {
  const wanted = (key: SeriesKey) => !only || only.includes(key);
  const values = indicator.values.filter((value) => wanted(seriesOf(value)));
  const years = [...new Set(values.map((value) => value.year))].sort((a, b) => a - b);
  const order: SeriesKey[] = [...municipalityKeys, 'alue'];
  const present = order.filter((key) => values.some((value) => seriesOf(value) === key));
  const rows = present.map((series) => ({
    series,
    cells: years.map(
      (year) => values.find((value) => seriesOf(value) === series && value.year === year) ?? null,
    ),
    targets: indicator.targets.filter(
      (target) => target.municipality === undefined || target.municipality === series,
    ),
  }));
  const covered = new Set(indicator.values.map(seriesOf));
  const missing = municipalityKeys.filter(
    (key) => wanted(key) && !covered.has(key) && indicator.values.some((v) => v.municipality),
  );
  return {years, rows, missing};
}

/**
 * Every figure of a chart in words, for its accessible name: each series
 * with each year's figure or "ei julkista lukua", then the targets.
 */
export function chartSummary(indicator: Pick<Indicator, 'title' | 'unit'>, table: IndicatorTable) {
  const parts = table.rows.map((row) => {
    const figures = table.years
      .map((year, index) => {
        const cell = row.cells[index];
        return `${year} ${cell ? formatValue(cell) : 'ei julkista lukua'}`;
      })
      .join(', ');
    return `${seriesLabel(row.series)}: ${figures}`;
  });
  const targets = uniqueTargets(table).map(
    (target) =>
      `tavoite ${target.municipality ? `${municipalities[target.municipality].label} ` : ''}${target.year}: ${formatNumber(target.value)}`,
  );
  return `${indicator.title} (${indicator.unit}). ${[...parts, ...targets].join('. ')}.`;
}

/** The targets shown with a table, each once. */
export function uniqueTargets(table: IndicatorTable): IndicatorTarget[] {
  return [...new Set(table.rows.flatMap((row) => row.targets))];
}

/** The indicators that have a figure or a target of one municipality. */
export function indicatorsOf(
  indicators: readonly Indicator[],
  municipality: MunicipalityKey,
): Indicator[] {
  return indicators.filter(
    (indicator) =>
      indicator.values.some((value) => value.municipality === municipality) ||
      indicator.targets.some((target) => target.municipality === municipality),
  );
}

/** One row of `/data/mittarit.csv`: a value or a target of an indicator. */
export type IndicatorRow = {
  id: string;
  url: string;
  title: string;
  unit: string;
  /** `arvo` (a public figure) or `tavoite` (a target). */
  kind: 'arvo' | 'tavoite';
  municipality: string;
  year: number;
  value: number;
  approximate: boolean;
  note: string;
  source: string;
  sourceUrl: string;
  checked: string;
};

/** The columns of `/data/mittarit.csv`, in order. */
export const indicatorCsvColumns: readonly (keyof IndicatorRow)[] = [
  'id',
  'url',
  'title',
  'unit',
  'kind',
  'municipality',
  'year',
  'value',
  'approximate',
  'note',
  'source',
  'sourceUrl',
  'checked',
];

/** An indicator's figures and targets as CSV rows (long format: one figure a row). */
export function indicatorRows(indicator: Indicator, url: string): IndicatorRow[] {
  const common = {id: indicator.id, url, title: indicator.title, unit: indicator.unit};
  return [
    ...indicator.values.map((value) => ({
      ...common,
      kind: 'arvo' as const,
      municipality: value.municipality ?? '',
      year: value.year,
      value: value.value,
      approximate: value.approximate === true,
      note: value.note ?? '',
      source: value.source,
      sourceUrl: value.url,
      checked: value.checked,
    })),
    ...indicator.targets.map((target) => ({
      ...common,
      kind: 'tavoite' as const,
      municipality: target.municipality ?? '',
      year: target.year,
      value: target.value,
      approximate: false,
      note: target.label ?? '',
      source: target.source,
      sourceUrl: target.url,
      checked: target.checked,
    })),
  ];
}
