/**
 * How an exported item becomes one CSV row: lists of records as text,
 * joined with "; " by the CSV writer. Shared by the open data files (build)
 * and the finder's export (browser), so both write the same cells. No
 * imports beyond data: the finder's bundle must not carry the validator.
 */

import type {FieldSpecs} from '../data/fields';

const formatTask = (task: {title: string; done?: string}) =>
  task.done ? `${task.title} (${task.done})` : task.title;
const formatContact = (contact: {role: string; organisation: string; name?: string}) =>
  [contact.name, contact.role, contact.organisation].filter(Boolean).join(', ');
const formatSource = (source: {title: string; url: string; checked?: string}) =>
  `${source.title} <${source.url}>${source.checked ? ` (tarkistettu ${source.checked})` : ''}`;

/** A key figure in one cell: "Energiansäästö: 234 MWh (2022) <https://…>". */
export const formatFigure = (figure: {
  label: string;
  value: number;
  unit: string;
  year?: number;
  approximate?: boolean;
  url: string;
}) =>
  `${figure.label}: ${figure.approximate ? 'noin ' : ''}${figure.value} ${figure.unit}${
    figure.year ? ` (${figure.year})` : ''
  } <${figure.url}>`;

/** CSV columns of a dataset's fields: id, url and every field. */
export function columnsOf(fields: FieldSpecs): string[] {
  return ['id', 'url', ...Object.keys(fields)];
}

/** An exported item as one CSV row's values. */
export function csvRow(item: Record<string, unknown>): Record<string, unknown> {
  const row: Record<string, unknown> = {...item};
  if (Array.isArray(item.tasks)) row.tasks = item.tasks.map(formatTask);
  if (Array.isArray(item.contacts)) row.contacts = item.contacts.map(formatContact);
  if (Array.isArray(item.sources)) row.sources = item.sources.map(formatSource);
  for (const name of ['outcomes', 'costFigures']) {
    if (Array.isArray(item[name])) {
      row[name] = (item[name] as Parameters<typeof formatFigure>[0][]).map(formatFigure);
    }
  }
  return row;
}
