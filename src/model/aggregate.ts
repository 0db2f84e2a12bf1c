/**
 * Counting, grouping, filtering and export rows over the content. Pure
 * functions over plain data: the plugin runs them at build time and the
 * pages in the browser, so a figure on screen and in the exports is always
 * computed the same way from the same content.
 */

import {facetNames, facets, type Facet} from '../data/facets';
import {ROUTES} from '../data/routes';
import {municipalityKeys, type MunicipalityKey} from '../data/municipalities';
import {phaseKeys, type PhaseKey} from '../data/phases';
import {themeKeys, type ThemeKey} from '../data/themes';
import {
  countFacets,
  formatFilters,
  passes,
  restrictFacet,
  type FacetCounts,
  type Filters,
} from './facets';
import {itemTypes, type CaseNote, type Item} from './types';

export {formatFilters, parseFilters, type Filters} from './facets';

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
      countByPhase(notes.filter((note) => note.municipality === key)),
    ]),
  ) as Record<MunicipalityKey, Record<PhaseKey, number>>;
}

/**
 * Notes grouped by theme, in the themes' own order; a note with two themes
 * is in both groups. Themes without notes are left out.
 */
export function groupByTheme<T extends Pick<Item, 'facets'>>(
  notes: readonly T[],
): {theme: ThemeKey; notes: T[]}[] {
  return themeKeys
    .map((theme) => ({theme, notes: notes.filter((note) => note.facets.teema.includes(theme))}))
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
// The finder: the facets of `src/data/facets.ts` over practices and case
// notes. URL parameters are shared with the search page.

/** The finder's facets: every facet, with `tyyppi` offering only what it lists. */
export const finderFacets: readonly Facet[] = facetNames.map((name) =>
  name === 'tyyppi' ? restrictFacet(facets.tyyppi, itemTypes) : facets[name],
) as Facet[];

/** The finder's address with some filters on. */
export function finderUrl(filters: Partial<Filters>): string {
  return `${ROUTES.finder}${formatFilters(filters)}`;
}

/** The items that pass every filter. */
export function filterItems<T extends Pick<Item, 'facets'>>(
  items: readonly T[],
  filters: Filters,
): T[] {
  return items.filter((item) => passes(item.facets, filters));
}

/** Faceted counts over the items (see `countFacets`). */
export function facetCounts(items: readonly Pick<Item, 'facets'>[], filters: Filters): FacetCounts {
  return countFacets(
    items.map((item) => item.facets),
    filters,
  );
}

// ---------------------------------------------------------------------------
// CSV (RFC 4180, UTF-8): lists inside a cell are joined with "; ".

/**
 * A cell that begins with one of these is read as a formula by spreadsheet
 * programs (OWASP, "CSV Injection"): `=`, `+`, `-`, `@`, tab and carriage
 * return.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: unknown): string {
  const text = Array.isArray(value) ? value.join('; ') : value === undefined ? '' : String(value);
  // OWASP's advice: prefix such a cell with a single quote and quote the
  // whole cell, so the program shows it as text and never runs it.
  if (FORMULA_START.test(text)) return `"'${text.replace(/"/g, '""')}"`;
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

/**
 * A CSV file piece by piece, for writing as a stream: a byte-order mark (so
 * that spreadsheet programs read ä and ö right) and the header, then one
 * row at a time; after the mark, the same text as `toCsv`.
 */
export function* csvLines(
  columns: readonly string[],
  rows: Iterable<Record<string, unknown>>,
): Generator<string> {
  const header = toCsv(columns, []);
  yield `\uFEFF${header}`;
  for (const row of rows) yield toCsv(columns, [row]).slice(header.length);
}

/** The address of a theme's case-note index (all municipalities), below the site's base. */
export function themeNotesPath(theme: ThemeKey): string {
  return `${ROUTES.themeNotes}/${theme}`;
}
