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
 * The open data rows of the filtered items, in the finder's order. An item
 * missing from the open data (a page added after the files were built) is
 * left out rather than made up.
 */
export function finderExportRows(
  filtered: readonly Item[],
  openData: Readonly<Record<Item['type'], readonly OpenDataItem[]>>,
  baseUrl = '/',
): Record<string, unknown>[] {
  const byId = new Map<string, OpenDataItem>();
  for (const type of ['kaytanto', 'tapaus'] as const) {
    for (const item of openData[type]) byId.set(item.id, item);
  }
  return filtered.flatMap((item) => {
    // The open data's id: the page's path below the site's base.
    const path = item.permalink.startsWith(baseUrl)
      ? item.permalink.slice(baseUrl.length)
      : item.permalink;
    const row = byId.get(path.replace(/^\//, ''));
    return row ? [{type: item.type, ...csvRow(row)}] : [];
  });
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
