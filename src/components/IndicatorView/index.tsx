/**
 * One indicator: its facts, an SVG chart and a table with the same figures,
 * the targets marked, and the source of every figure. Where no public
 * figure exists for a year or a municipality the chart and the table say
 * so; nothing is filled in.
 */

import React, {type ReactNode} from 'react';

import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';

import ScrollableTable from '@site/src/components/ScrollableTable';
import {municipalities} from '@site/src/data/municipalities';
import {
  chartSummary,
  formatNumber,
  formatValue,
  indicatorTable,
  seriesLabel,
  uniqueTargets,
  type Indicator,
  type IndicatorTable,
  type SeriesKey,
} from '@site/src/model/indicators';
import {formatDate} from '@site/src/utils/date';

import styles from './styles.module.css';

const ROW = 26;
const GROUP_GAP = 10;
const LABEL = 150;
const PLOT = 260;
const VALUE = 150;

interface ChartRow {
  kind: 'year' | 'value' | 'missing' | 'target';
  label: string;
  value?: number;
  text?: string;
}

/** The chart's rows: per year, each series' figure or a gap, then the year's targets. */
function chartRows(table: IndicatorTable): ChartRow[] {
  const targets = uniqueTargets(table);
  const years = [...new Set([...table.years, ...targets.map((target) => target.year)])].sort(
    (a, b) => a - b,
  );
  return years.flatMap((year) => {
    const index = table.years.indexOf(year);
    const rows: ChartRow[] = [{kind: 'year', label: String(year)}];
    if (index >= 0) {
      for (const row of table.rows) {
        const cell = row.cells[index];
        rows.push(
          cell
            ? {
                kind: 'value',
                label: seriesLabel(row.series),
                value: cell.value,
                text: formatValue(cell),
              }
            : {kind: 'missing', label: seriesLabel(row.series), text: 'ei julkista lukua'},
        );
      }
    }
    for (const target of targets.filter((item) => item.year === year)) {
      rows.push({
        kind: 'target',
        label: `Tavoite${target.municipality ? `, ${municipalities[target.municipality].label}` : ''}`,
        value: target.value,
        text: `tavoite ${formatNumber(target.value)}`,
      });
    }
    return rows;
  });
}

/**
 * Horizontal bars, one row per municipality and year: bars need no line
 * between years, so a year without a figure is never bridged; a gap is a
 * row that says so. Targets are dashed outlines with the word "tavoite".
 */
function IndicatorChart({
  id,
  indicator,
  table,
}: {
  id: string;
  indicator: Indicator;
  table: IndicatorTable;
}): ReactNode {
  const rows = chartRows(table);
  const numbers = rows.flatMap((row) => (row.value === undefined ? [] : [row.value]));
  const min = Math.min(0, ...numbers);
  const max = Math.max(0, ...numbers);
  const span = max - min || 1;
  const x = (value: number) => LABEL + ((value - min) / span) * PLOT;
  let y = 0;
  const placed = rows.map((row) => {
    if (row.kind === 'year' && y > 0) y += GROUP_GAP;
    const top = y;
    y += ROW;
    return {row, top};
  });
  const height = y;
  return (
    <svg
      className={styles.chart}
      viewBox={`0 0 ${LABEL + PLOT + VALUE} ${height}`}
      role="img"
      aria-labelledby={id}
      data-indicator-chart={indicator.id}>
      <title id={id}>{chartSummary(indicator, table)}</title>
      <line x1={x(0)} x2={x(0)} y1={0} y2={height} className={styles.axis} />
      {placed.map(({row, top}, index) => {
        const middle = top + ROW / 2;
        if (row.kind === 'year') {
          return (
            <text key={index} x={0} y={middle} className={styles.year}>
              {row.label}
            </text>
          );
        }
        const start = row.value === undefined ? x(0) : Math.min(x(0), x(row.value));
        const width = row.value === undefined ? 0 : Math.abs(x(row.value) - x(0));
        const textX = row.value === undefined ? x(0) + 6 : Math.max(x(0), x(row.value)) + 6;
        return (
          <g key={index}>
            <text x={LABEL - 8} y={middle} className={styles.label}>
              {row.label}
            </text>
            {row.kind !== 'missing' && (
              <rect
                x={start}
                y={top + 5}
                width={Math.max(width, 1)}
                height={ROW - 10}
                className={row.kind === 'target' ? styles.target : styles.bar}
              />
            )}
            <text
              x={textX}
              y={middle}
              className={row.kind === 'missing' ? styles.missing : styles.value}>
              {row.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function FigureTable({indicator, table}: {indicator: Indicator; table: IndicatorTable}): ReactNode {
  const targets = uniqueTargets(table);
  return (
    <ScrollableTable>
      <caption>
        {indicator.title} ({indicator.unit})
      </caption>
      <thead>
        <tr>
          <th scope="col">Kunta</th>
          {table.years.map((year) => (
            <th key={year} scope="col">
              {year}
            </th>
          ))}
          {targets.length > 0 && <th scope="col">Tavoite</th>}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.series} data-series={row.series}>
            <th scope="row">{seriesLabel(row.series)}</th>
            {row.cells.map((cell, index) => (
              <td key={table.years[index]} data-year={table.years[index]}>
                {cell ? (
                  <span data-value={cell.value}>{formatValue(cell)}</span>
                ) : (
                  <span className={styles.missingCell}>ei julkista lukua</span>
                )}
              </td>
            ))}
            {targets.length > 0 && (
              <td data-target>
                {row.targets.length > 0
                  ? row.targets
                      .map((target) => `${formatNumber(target.value)} (${target.year})`)
                      .join(', ')
                  : 'ei julkista tavoitetta'}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}

function FigureSources({table}: {table: IndicatorTable}) {
  const figures = table.rows.flatMap((row) =>
    row.cells.flatMap((cell) => (cell ? [{series: row.series, item: cell, target: false}] : [])),
  );
  const targets = uniqueTargets(table).map((target) => ({
    series: (target.municipality ?? 'alue') as SeriesKey,
    item: target,
    target: true,
  }));
  return (
    <ul className={styles.sources}>
      {[...figures, ...targets].map(({series, item, target}) => {
        const note = 'note' in item && item.note ? ` (${item.note})` : '';
        const who = target && !item.municipality ? 'Kaikki kunnat' : seriesLabel(series);
        return (
          <li key={`${series}-${item.year}-${target}`}>
            {target ? 'Tavoite, ' : ''}
            {who} {item.year}
            {note}: <Link href={item.url}>{item.source}</Link>, tarkistettu{' '}
            <time dateTime={item.checked}>{formatDate(item.checked)}</time>
          </li>
        );
      })}
    </ul>
  );
}

/** The indicator's facts as a definition list. */
export function IndicatorFacts({indicator}: {indicator: Indicator}): ReactNode {
  return (
    <dl className={styles.facts}>
      <dt>Yksikkö</dt>
      <dd>{indicator.unit}</dd>
      <dt>Määritelmä</dt>
      <dd>{indicator.definition}</dd>
      <dt>Tietolähde</dt>
      <dd>
        <Link href={indicator.dataSourceUrl}>{indicator.dataSource}</Link>
      </dd>
      <dt>Kuka päivittää</dt>
      <dd>{indicator.maintainer}</dd>
      <dt>Päivitystiheys</dt>
      <dd>{indicator.frequency}</dd>
    </dl>
  );
}

/**
 * An indicator's chart, table and sources; with `only`, the figures of
 * those series (a municipality page shows its own).
 */
export default function IndicatorView({
  indicator,
  only,
  headingLevel,
  title = true,
}: {
  indicator: Indicator;
  only?: readonly SeriesKey[];
  /** Level of the indicator's heading, when it has one. */
  headingLevel?: 'h2' | 'h3';
  /** Whether to show the indicator's name as a heading linking to its page. */
  title?: boolean;
}): ReactNode {
  const table = indicatorTable(indicator, only);
  const id = `mittari-${indicator.id.replace(/[^a-z0-9]+/g, '-')}${only ? `-${only.join('-')}` : ''}`;
  return (
    <section className={styles.indicator} aria-labelledby={`${id}-otsikko`}>
      {title ? (
        <Heading as={headingLevel ?? 'h2'} id={`${id}-otsikko`}>
          <Link to={indicator.permalink}>{indicator.title}</Link>
        </Heading>
      ) : (
        <Heading as={headingLevel ?? 'h2'} id={`${id}-otsikko`}>
          Luvut
        </Heading>
      )}
      {table.rows.length > 0 ? (
        <>
          <IndicatorChart id={`${id}-kaavio`} indicator={indicator} table={table} />
          <FigureTable indicator={indicator} table={table} />
        </>
      ) : (
        <p>Tästä mittarista ei ole julkista lukua.</p>
      )}
      {table.missing.length > 0 && (
        <p data-missing>
          Ei julkista lukua: {table.missing.map((key) => municipalities[key].label).join(', ')}.
        </p>
      )}
      {table.years.length > 0 && (
        <p className={styles.note}>
          Taulukossa ovat vain vuodet, joilta jollakin kunnalla on julkinen luku. Puuttuvia lukuja
          ei ole laskettu eikä arvioitu.
        </p>
      )}
      <details className={styles.details}>
        <summary>Lukujen lähteet</summary>
        <FigureSources table={table} />
      </details>
    </section>
  );
}
