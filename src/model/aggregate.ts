/**
 * Counting, grouping, filtering and export rows over the content. Pure
 * functions over plain data: the plugin runs them at build time and the
 * pages in the browser, so a figure on screen and in the exports is always
 * computed the same way from the same content.
 */

import {actorKeys, type ActorKey} from '../data/actors';
import {municipalityKeys, type MunicipalityKey} from '../data/municipalities';
import {phaseKeys, type PhaseKey} from '../data/phases';
import {themeKeys, type ThemeKey} from '../data/themes';
import type {CaseNote, Item} from './types';

/** Case notes per phase, every phase present (0 where none). */
export function countByPhase(notes: readonly CaseNote[]): Record<PhaseKey, number> {
  const counts = Object.fromEntries(phaseKeys.map((key) => [key, 0])) as Record<PhaseKey, number>;
  for (const note of notes) counts[note.phase] += 1;
  return counts;
}

/** Case notes per municipality and phase. */
export function phaseTable(
  notes: readonly CaseNote[],
): Record<MunicipalityKey, Record<PhaseKey, number>> {
  return Object.fromEntries(
    municipalityKeys.map((key) => [
      key,
      countByPhase(notes.filter((note) => note.municipalities.includes(key))),
    ]),
  ) as Record<MunicipalityKey, Record<PhaseKey, number>>;
}

/**
 * Notes grouped by theme, in the themes' own order; a note with two themes
 * is in both groups. Themes without notes are left out.
 */
export function groupByTheme<T extends Pick<Item, 'themes'>>(
  notes: readonly T[],
): {theme: ThemeKey; notes: T[]}[] {
  return themeKeys
    .map((theme) => ({theme, notes: notes.filter((note) => note.themes.includes(theme))}))
    .filter((group) => group.notes.length > 0);
}

/** The distinct contacts of some notes, in first-seen order. */
export function distinctContacts(notes: readonly CaseNote[]): CaseNote['contacts'] {
  const seen = new Map<string, CaseNote['contacts'][number]>();
  for (const note of notes) {
    for (const contact of note.contacts) {
      const key = [contact.role, contact.organisation, contact.name ?? ''].join('|').toLowerCase();
      if (!seen.has(key)) seen.set(key, contact);
    }
  }
  return [...seen.values()];
}

/** Latest update first; ties by title. */
export function byLatestUpdate<T extends Pick<Item, 'updated' | 'title'>>(a: T, b: T): number {
  return (b.updated ?? '').localeCompare(a.updated ?? '') || a.title.localeCompare(b.title, 'fi');
}

// ---------------------------------------------------------------------------
// The finder's filters. URL parameter names are Finnish and shared with the
// search page: kunta, teema, vaihe, tyyppi, toimija.

/** Filter values, each a list of keys (several values of one filter = OR). */
export interface Filters {
  kunta: MunicipalityKey[];
  teema: ThemeKey[];
  vaihe: PhaseKey[];
  tyyppi: Item['type'][];
  toimija: ActorKey[];
}

export type FilterName = keyof Filters;

export const filterNames: readonly FilterName[] = ['tyyppi', 'kunta', 'teema', 'vaihe', 'toimija'];

/** The allowed keys of each filter, in display order. */
export const filterOptions: {[F in FilterName]: readonly Filters[F][number][]} = {
  kunta: municipalityKeys,
  teema: themeKeys,
  vaihe: phaseKeys,
  tyyppi: ['kaytanto', 'tapaus'],
  toimija: actorKeys,
};

/**
 * Reads filters from a query string. Unknown parameters and values are
 * ignored, so an old or mistyped link still shows a list.
 */
export function parseFilters(search: string): Filters {
  const params = new URLSearchParams(search);
  const read = <F extends FilterName>(name: F): Filters[F] => {
    const allowed = filterOptions[name] as readonly string[];
    const values = params
      .getAll(name)
      .flatMap((value) => value.split(','))
      .filter((value) => allowed.includes(value));
    return [...new Set(values)] as Filters[F];
  };
  return {
    kunta: read('kunta'),
    teema: read('teema'),
    vaihe: read('vaihe'),
    tyyppi: read('tyyppi'),
    toimija: read('toimija'),
  };
}

/** Writes filters as a query string, in a stable order (`?teema=a&teema=b`). */
export function formatFilters(filters: Partial<Filters>): string {
  const params = new URLSearchParams();
  for (const name of filterNames) {
    const selected = new Set<string>(filters[name] ?? []);
    for (const value of filterOptions[name]) if (selected.has(value)) params.append(name, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The finder's address with some filters on. */
export function finderUrl(filters: Partial<Filters>): string {
  return `/kaytannot${formatFilters(filters)}`;
}

/** What the filters read of an item. */
export type Filterable = Pick<Item, 'type' | 'municipalities' | 'themes' | 'phase' | 'actors'>;

function itemValues(item: Filterable, name: FilterName): readonly string[] {
  switch (name) {
    case 'kunta':
      return item.municipalities;
    case 'teema':
      return item.themes;
    case 'vaihe':
      return item.phase ? [item.phase] : [];
    case 'tyyppi':
      return [item.type];
    case 'toimija':
      return item.actors;
  }
}

function matches(item: Filterable, filters: Filters, except?: FilterName): boolean {
  return filterNames.every((name) => {
    if (name === except || filters[name].length === 0) return true;
    const values = itemValues(item, name);
    return (filters[name] as readonly string[]).some((value) => values.includes(value));
  });
}

/** The items that pass every filter. */
export function filterItems<T extends Filterable>(items: readonly T[], filters: Filters): T[] {
  return items.filter((item) => matches(item, filters));
}

/**
 * For each filter value, how many items there would be with that value
 * chosen, given the other filters: the usual faceted-search count.
 */
export function facetCounts(
  items: readonly Filterable[],
  filters: Filters,
): {[F in FilterName]: Record<string, number>} {
  const result = {} as {[F in FilterName]: Record<string, number>};
  for (const name of filterNames) {
    const counts: Record<string, number> = Object.fromEntries(
      filterOptions[name].map((value) => [value, 0]),
    );
    for (const item of items) {
      if (!matches(item, filters, name)) continue;
      for (const value of itemValues(item, name)) counts[value] = (counts[value] ?? 0) + 1;
    }
    result[name] = counts;
  }
  return result;
}

// ---------------------------------------------------------------------------
// CSV (RFC 4180, UTF-8): lists inside a cell are joined with "; ".

function csvCell(value: unknown): string {
  const text = Array.isArray(value) ? value.join('; ') : value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of flat values as CSV with a header row and CRLF line ends. */
export function toCsv(
  columns: readonly string[],
  rows: readonly Record<string, unknown>[],
): string {
  return [columns, ...rows.map((row) => columns.map((column) => row[column]))]
    .map((cells) => cells.map(csvCell).join(','))
    .join('\r\n')
    .concat('\r\n');
}

/** The address of a theme's case-note index (all municipalities). */
export function themeNotesPath(theme: ThemeKey): string {
  return `/kunnat/teema/${theme}`;
}
