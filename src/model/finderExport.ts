/**
 * The finder's "Vie tiedostoon": the filtered list as CSV or XLSX rows with
 * the open data's columns. The rows are the open data's own items (read
 * from `/data/kaytannot.json` and `/data/tapaukset.json` when a reader asks
 * for a file), so an exported row is exactly the published row, written by
 * the same CSV writer. Browser code: it imports data and row helpers only.
 */

import {caseNoteFields, practiceFields} from '../data/contentTypes';
import {toCsv} from './aggregate';
import {columnsOf, csvRow} from './csvRows';
import {facetValues, passes, type Filters} from './facets';
import type {Item} from './types';

/** An open data item as the JSON files hold it. */
export type OpenDataItem = {id: string; url: string} & Record<string, unknown>;

/** The export's columns: the content type, then every open data column once. */
export function finderExportColumns(): string[] {
  const columns = ['type'];
  for (const fields of [practiceFields, caseNoteFields]) {
    for (const column of columnsOf(fields)) if (!columns.includes(column)) columns.push(column);
  }
  return columns;
}

/**
 * The open data rows that pass the finder's filters, in the finder's order
 * (by title). Each row's facet values are read from its own fields by the
 * facet registry, as the build reads them from front matter, so the export
 * needs no list of the filtered items: the finder holds only a page of them.
 */
export function finderExportRows(
  filters: Filters,
  openData: Readonly<Record<Item['type'], readonly OpenDataItem[]>>,
): Record<string, unknown>[] {
  const rows: {type: Item['type']; item: OpenDataItem}[] = [];
  for (const type of ['kaytanto', 'tapaus'] as const) {
    for (const item of openData[type]) {
      if (passes(facetValues({type, frontMatter: item}), filters)) rows.push({type, item});
    }
  }
  rows.sort((a, b) => String(a.item.title).localeCompare(String(b.item.title), 'fi'));
  return rows.map(({type, item}) => ({type, ...csvRow(item)}));
}

/** The rows as CSV, with the byte-order mark the open data files have. */
export function finderCsv(rows: readonly Record<string, unknown>[]): string {
  return `\uFEFF${toCsv(finderExportColumns(), rows)}`;
}

/** A cell's value in a spreadsheet: lists joined as in the CSV. */
export function sheetCell(value: unknown): string | number | boolean {
  if (Array.isArray(value)) return value.join('; ');
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return value === undefined || value === null ? '' : String(value);
}
